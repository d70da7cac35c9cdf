import { useEffect, useId, useRef, useState } from 'react';
import { MAX_BUNDLE_BYTES, parseBundle } from '@/domain/records/bundle';
import { planImport, type ImportPlan } from '@/domain/records/merge';
import { plural } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import type { AppState } from '@/store/app-store';
import { buildImportPreview, type ImportPreviewView } from './mentees-view';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; fileName: string; plan: ImportPlan; view: ImportPreviewView }
  | { kind: 'done'; message: string };

const MB = 1024 * 1024;

/** Reads a chosen file, checks it, and plans the merge: nothing is written until the preview is confirmed. */
async function readBundleFile(file: File, state: Pick<AppState, 'profiles' | 'sessions'>): Promise<ImportState> {
  if (file.size > MAX_BUNDLE_BYTES) {
    return {
      kind: 'error',
      message: `“${file.name}” is ${(file.size / MB).toFixed(1)} MB, more than the ${Math.round(MAX_BUNDLE_BYTES / MB)} MB a Rungs file can be. Nothing was imported.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'error', message: `“${file.name}” could not be read. Nothing was imported.` };
  }
  const parsed = parseBundle(text);
  if (!parsed.ok) return { kind: 'error', message: `“${file.name}” cannot be imported: ${parsed.error.message} Nothing was changed.` };
  const plan = planImport({ profiles: state.profiles, sessions: state.sessions }, parsed.value);
  // Names from the file and from this browser, so a conflict can say whose session it is.
  const names = new Map<string, string>();
  for (const profile of [...Object.values(state.profiles), ...parsed.value.profiles]) names.set(profile.id, profile.name);
  return { kind: 'preview', fileName: file.name, plan, view: buildImportPreview(plan, names, parsed.value.exportedAt) };
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
    setState(await readBundleFile(file, { profiles, sessions }));
  };

  const confirm = (plan: ImportPlan) => {
    importRecords(plan.toWrite);
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
              <button type="button" onClick={() => confirm(state.plan)}>
                Import
              </button>
            )}
            <button type="button" className="secondary" onClick={() => backToChooser({ kind: 'idle' })}>
              {state.view.nothingNew ? 'Close' : 'Cancel'}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
