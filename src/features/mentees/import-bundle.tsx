import { useEffect, useId, useRef, useState } from 'react';
import { MAX_BUNDLE_BYTES, type Bundle } from '@/domain/records/bundle';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import { planImport, type ImportPlan } from '@/domain/records/merge';
import type { Profile, Session } from '@/domain/records/schema';
import { sessionDate } from '@/domain/records/session';
import { formatDate, formatNumber, plural } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import type { AppState, ImportSaveStep } from '@/store/app-store';
import { buildImportPreview, type ImportPreviewView } from './import-view';
import type { ImportReading, ImportStep } from './import-plan';
import { CANCELLED, readImportFile } from './run-import';

/** One session on its own (Results' "Save answers as a file (JSON)"): whose it is here is chosen in the preview. */
interface SingleSession {
  session: Session;
  /** The person it is imported for: "Me" or one of the people in this browser. */
  profileId: string;
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'reading'; fileName: string; step: ImportStep }
  | { kind: 'preview'; fileName: string; plan: ImportPlan; view: ImportPreviewView; single: SingleSession | null }
  | { kind: 'saving'; fileName: string; step: ImportSaveStep | null }
  | { kind: 'done'; message: string };

type Records = Pick<AppState, 'profiles' | 'sessions'>;

/** A bundle's preview, from the merge plan made while reading it. */
function planPreview(fileName: string, plan: ImportPlan, exportedAt: string | null, state: Records): ImportState {
  // Names from this browser and from the file, so a conflict can say whose session it is.
  const names = new Map<string, string>();
  for (const profile of [...Object.values(state.profiles), ...plan.profiles.added, ...plan.profiles.updated.map(({ after }) => after)]) {
    names.set(profile.id, profile.name);
  }
  return { kind: 'preview', fileName, plan, view: buildImportPreview(plan, names, exportedAt), single: null };
}

/** The merge plan and its preview for one session on its own, given to the chosen person. */
function previewOf(fileName: string, bundle: Bundle, state: Records, single: SingleSession): ImportState {
  const records: Bundle = { ...bundle, sessions: [{ ...single.session, profileId: single.profileId }] };
  const plan = planImport({ profiles: state.profiles, sessions: state.sessions }, records);
  const names = new Map<string, string>();
  for (const profile of Object.values(state.profiles)) names.set(profile.id, profile.name);
  const view = buildImportPreview(plan, names, records.exportedAt);
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

/** The preview of what a read file holds; a lone session keeps its bundle, to be given to another person. */
function previewOfReading(fileName: string, reading: ImportReading, state: Records): { state: ImportState; bundle: Bundle | null } {
  if (reading.kind === 'plan') return { bundle: null, state: planPreview(fileName, reading.plan, reading.exportedAt, state) };
  const { bundle } = reading;
  const session = bundle.sessions[0]!;
  return { bundle, state: previewOf(fileName, bundle, state, { session, profileId: defaultOwner(session, state.profiles) }) };
}

/** What the progress line says at each step: the same words on screen and to a screen reader. */
function progressText(state: Extract<ImportState, { kind: 'reading' | 'saving' }>): string {
  if (state.kind === 'saving') {
    const { step } = state;
    if (!step) return 'Saving…';
    return step.stage === 'checking'
      ? `Checking ${formatNumber(step.done)} of ${formatNumber(step.total)} records before saving…`
      : `Saving ${formatNumber(step.done)} of ${formatNumber(step.total)} records…`;
  }
  const { step } = state;
  if (step.stage === 'checking') return `Checking ${formatNumber(step.checked)} of ${formatNumber(step.total)} records…`;
  if (step.stage === 'comparing') return 'Comparing the file with the records here…';
  return `Reading “${state.fileName}”…`;
}

/** The bar's value and maximum, or none while the amount of work is not known yet. */
function progressAmount(state: Extract<ImportState, { kind: 'reading' | 'saving' }>): { value: number; max: number } | null {
  if (state.kind === 'saving') return state.step && state.step.total > 0 ? { value: state.step.done, max: state.step.total } : null;
  if (state.step.stage === 'checking') return { value: state.step.checked, max: Math.max(1, state.step.total) };
  return state.step.stage === 'comparing' ? { value: 1, max: 1 } : null;
}

/** Progress is redrawn (and announced) this often at most; a change of stage shows at once. */
const PROGRESS_EVERY_MS = 250;

/**
 * "Import" opens the file chooser; a valid file shows what will be added and what already exists, and only
 * "Import" there writes anything. While the preview is up it replaces the first button, so the screen never
 * has two buttons of the same name.
 */
export function ImportBundle() {
  const commitImport = useAppStore((state) => state.commitImport);
  const profiles = useAppStore((state) => state.profiles);
  const sessions = useAppStore((state) => state.sessions);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  // The file's records, kept while the preview is up so a lone session can be given to another person.
  const [bundle, setBundle] = useState<Bundle | null>(null);
  const ownerId = useId();
  const input = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const progressHeading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const inputId = useId();
  const progressTitleId = useId();
  const progressId = useId();
  /** Stops the reading of a file (Cancel, or leaving the screen). */
  const reading = useRef<AbortController | null>(null);

  useEffect(() => {
    if (state.kind === 'preview') previewHeading.current?.focus();
  }, [state]);

  const busy = state.kind === 'reading' || state.kind === 'saving';
  useEffect(() => {
    if (busy) progressHeading.current?.focus();
  }, [busy]);

  useEffect(() => () => reading.current?.abort(), []);

  const backToChooser = (next: ImportState) => {
    setState(next);
    requestAnimationFrame(() => chooser.current?.focus());
  };

  /** Shows progress at most every PROGRESS_EVERY_MS, and at once when the stage changes. */
  const throttled = <S extends { stage: string }>(show: (step: S) => void) => {
    let shownAt = 0;
    let stage = '';
    return (step: S) => {
      const now = performance.now();
      if (step.stage === stage && now - shownAt < PROGRESS_EVERY_MS) return;
      shownAt = now;
      stage = step.stage;
      show(step);
    };
  };

  /** Reads a chosen file off the page's thread, checks it, and plans the merge: nothing is written until confirmed. */
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BUNDLE_BYTES) {
      setState({
        kind: 'error',
        message: `“${file.name}” is ${(file.size / MB).toFixed(1)} MB, more than the ${Math.round(MAX_BUNDLE_BYTES / MB)} MB a Rungs file can be. Nothing was imported.`,
      });
      return;
    }
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setState({ kind: 'reading', fileName: file.name, step: { stage: 'reading' } });
    const result = await readImportFile(file, { profiles, sessions }, {
      signal: controller.signal,
      onStep: throttled((step: ImportStep) => {
        if (!controller.signal.aborted) setState({ kind: 'reading', fileName: file.name, step });
      }),
    });
    if (result === CANCELLED || controller.signal.aborted) return;
    reading.current = null;
    if (!result.ok) {
      backToChooser({ kind: 'error', message: `“${file.name}” cannot be imported: ${result.error.message} Nothing was changed.` });
      return;
    }
    const preview = previewOfReading(file.name, result.value, { profiles, sessions });
    setBundle(preview.bundle);
    setState(preview.state);
  };

  const cancelReading = () => {
    reading.current?.abort();
    reading.current = null;
    backToChooser({ kind: 'done', message: 'Import cancelled. Nothing was changed.' });
  };

  const owners = [
    { id: SELF_PROFILE_ID, name: 'Me (you)' },
    ...Object.values(profiles)
      .filter((profile) => profile.id !== SELF_PROFILE_ID)
      .map((profile) => ({ id: profile.id, name: profile.archivedAt ? `${profile.name} (archived)` : profile.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  ];

  const confirm = async (fileName: string, plan: ImportPlan, single: SingleSession | null) => {
    setState({ kind: 'saving', fileName, step: null });
    const problem = await commitImport(
      plan.toWrite,
      throttled((step: ImportSaveStep) => setState({ kind: 'saving', fileName, step })),
    );
    setBundle(null);
    if (problem) {
      backToChooser({ kind: 'error', message: `“${fileName}” was not imported: ${problem}. Nothing was changed.` });
      return;
    }
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

  const amount = busy ? progressAmount(state) : null;

  return (
    <div className="import-bundle">
      {state.kind !== 'preview' && !busy && (
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
        {state.kind === 'done' ? state.message : busy ? progressText(state) : ''}
      </p>
      {busy && (
        <section className="card import-progress" aria-labelledby={progressTitleId}>
          <h2 id={progressTitleId} ref={progressHeading} tabIndex={-1}>
            Importing {state.fileName}
          </h2>
          <label htmlFor={progressId}>Import progress</label>
          {/* Without a value the bar shows work going on, its amount not known yet. */}
          {amount ? <progress id={progressId} value={amount.value} max={amount.max} /> : <progress id={progressId} />}
          {state.kind === 'reading' && (
            <div className="form-buttons">
              <button type="button" className="secondary" onClick={cancelReading}>
                Cancel
              </button>
            </div>
          )}
        </section>
      )}
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
              <button type="button" onClick={() => void confirm(state.fileName, state.plan, state.single)}>
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
