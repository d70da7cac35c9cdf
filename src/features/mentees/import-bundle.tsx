import { useEffect, useId, useRef, useState } from 'react';
import { MAX_BUNDLE_BYTES, parseBundle, type Bundle } from '@/domain/records/bundle';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import { planImport, type ImportPlan } from '@/domain/records/merge';
import type { Profile, Session } from '@/domain/records/schema';
import { sessionDate } from '@/domain/records/session';
import { formatDate } from '@/lib/format';
import { plural } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import type { AppState } from '@/store/app-store';
import { buildImportPreview, type ImportPreviewView } from './mentees-view';

/** One session on its own (Results' "Save answers as a file (JSON)"): whose it is here is chosen in the preview. */
interface SingleSession {
  session: Session;
  /** The person it is imported for: "Me" or one of the people in this browser. */
  profileId: string;
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; fileName: string; plan: ImportPlan; view: ImportPreviewView; single: SingleSession | null }
  | { kind: 'done'; message: string };

type Records = Pick<AppState, 'profiles' | 'sessions'>;

/** The merge plan and its preview for a bundle, or for one session given to the chosen person. */
function previewOf(fileName: string, bundle: Bundle, state: Records, single: SingleSession | null): ImportState {
  const records: Bundle = single ? { ...bundle, sessions: [{ ...single.session, profileId: single.profileId }] } : bundle;
  const plan = planImport({ profiles: state.profiles, sessions: state.sessions }, records);
  // Names from the file and from this browser, so a conflict can say whose session it is.
  const names = new Map<string, string>();
  for (const profile of [...Object.values(state.profiles), ...records.profiles]) names.set(profile.id, profile.name);
  const view = buildImportPreview(plan, names, records.exportedAt);
  if (!single) return { kind: 'preview', fileName, plan, view, single };
  const { session } = single;
  const answered = Object.keys(session.answers).length;
  const about = `The file holds one session on its own, of ${formatDate(sessionDate(session))}, with ${plural(answered, 'answer')}${session.completedAt ? '' : ' (not completed yet)'}: the file Results’ “Save answers as a file (JSON)” writes.`;
  return { kind: 'preview', fileName, plan, single, view: { ...view, lines: [about, ...view.lines.slice(1)] } };
}

/** Whose a lone session is by default: its own person when this browser knows them, else the person using it. */
function defaultOwner(session: Session, profiles: Readonly<Record<string, Profile>>): string {
  return session.profileId === SELF_PROFILE_ID || Object.hasOwn(profiles, session.profileId) ? session.profileId : SELF_PROFILE_ID;
}

const MB = 1024 * 1024;

/** Reads a chosen file, checks it, and plans the merge: nothing is written until the preview is confirmed. */
async function readBundleFile(file: File, state: Records): Promise<{ state: ImportState; bundle: Bundle | null }> {
  if (file.size > MAX_BUNDLE_BYTES) {
    return {
      bundle: null,
      state: {
        kind: 'error',
        message: `“${file.name}” is ${(file.size / MB).toFixed(1)} MB, more than the ${Math.round(MAX_BUNDLE_BYTES / MB)} MB a Rungs file can be. Nothing was imported.`,
      },
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { bundle: null, state: { kind: 'error', message: `“${file.name}” could not be read. Nothing was imported.` } };
  }
  const parsed = parseBundle(text);
  if (!parsed.ok) return { bundle: null, state: { kind: 'error', message: `“${file.name}” cannot be imported: ${parsed.error.message} Nothing was changed.` } };
  const bundle = parsed.value;
  const session = bundle.single ? bundle.sessions[0] : undefined;
  const single = session ? { session, profileId: defaultOwner(session, state.profiles) } : null;
  return { bundle, state: previewOf(file.name, bundle, state, single) };
}

/**
 * "Import" opens the file chooser; a valid file shows what will be added and what already exists, and only
 * "Import" there writes anything. While the preview is up it replaces the first button, so the screen never
 * has two buttons of the same name.
 */
export function ImportBundle() {
  const importRecords = useAppStore((state) => state.importRecords);
  const profiles = useAppStore((state) => state.profiles);
  const sessions = useAppStore((state) => state.sessions);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  // The file's records, kept while the preview is up so a lone session can be given to another person.
  const [bundle, setBundle] = useState<Bundle | null>(null);
  const ownerId = useId();
  const input = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const inputId = useId();

  useEffect(() => {
    if (state.kind === 'preview') previewHeading.current?.focus();
  }, [state]);

  const backToChooser = (next: ImportState) => {
    setState(next);
    requestAnimationFrame(() => chooser.current?.focus());
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readBundleFile(file, { profiles, sessions });
    setBundle(read.bundle);
    setState(read.state);
  };

  const owners = [
    { id: SELF_PROFILE_ID, name: 'Me (you)' },
    ...Object.values(profiles)
      .filter((profile) => profile.id !== SELF_PROFILE_ID)
      .map((profile) => ({ id: profile.id, name: profile.archivedAt ? `${profile.name} (archived)` : profile.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  ];

  const confirm = (plan: ImportPlan, single: SingleSession | null) => {
    importRecords(plan.toWrite);
    setBundle(null);
    if (single) {
      const owner = owners.find((person) => person.id === single.profileId);
      const whose = single.profileId === SELF_PROFILE_ID ? 'your' : `${owner?.name ?? 'the chosen person'}’s`;
      backToChooser({ kind: 'done', message: `Imported ${whose} session of ${formatDate(sessionDate(single.session))}.` });
      return;
    }
    const people = plan.profiles.added.length;
    const sessions = plan.sessions.added.length + plan.sessions.conflicts.length;
    const updated = plan.profiles.updated.length;
    backToChooser({
      kind: 'done',
      message: `Imported ${plural(people, 'person', 'people')} and ${plural(sessions, 'session')}${updated > 0 ? `; ${plural(updated, 'person', 'people')} updated` : ''}.`,
    });
  };

  return (
    <div className="import-bundle">
      {state.kind !== 'preview' && (
        <button type="button" ref={chooser} className="secondary" onClick={() => input.current?.click()}>
          Import
        </button>
      )}
      <input
        ref={input}
        id={inputId}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Rungs file to import"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so choosing the same file again (after a fix, or to re-import) fires a change again.
          event.currentTarget.value = '';
          void onFile(file);
        }}
      />
      <p role="status" className="import-status">
        {state.kind === 'done' ? state.message : ''}
      </p>
      <div role="alert" className="import-alert">
        {state.kind === 'error' && <p className="error-panel">{state.message}</p>}
      </div>
      {state.kind === 'preview' && (
        <section className="card import-preview" aria-labelledby={titleId}>
          <h2 id={titleId} ref={previewHeading} tabIndex={-1}>
            Import preview: {state.fileName}
          </h2>
          {state.single && bundle && (
            <div className="field">
              <label htmlFor={ownerId}>Whose session is this?</label>
              <select
                id={ownerId}
                value={state.single.profileId}
                onChange={(event) => {
                  const single = { session: state.single!.session, profileId: event.currentTarget.value };
                  setState(previewOf(state.fileName, bundle, { profiles, sessions }, single));
                }}
              >
                {owners.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ul>
            {state.view.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {state.view.conflicts.length > 0 && (
            <>
              <h3>Kept as both</h3>
              <p>Rungs never overwrites a session silently: each differing session is kept twice, the copy marked as a conflicting copy.</p>
              <ul>
                {state.view.conflicts.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <div className="form-buttons">
            {!state.view.nothingNew && (
              <button type="button" onClick={() => confirm(state.plan, state.single)}>
                Import
              </button>
            )}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setBundle(null);
                backToChooser({ kind: 'idle' });
              }}
            >
              {state.view.nothingNew ? 'Close' : 'Cancel'}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
