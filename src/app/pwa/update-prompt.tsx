import { useEffect, useRef, useState } from 'react';
import type { SaveState } from '@/store/app-store';
import { hasDrafts } from '@/store/drafts';
import { useAppStore } from '@/store/store-context';
import { useServiceWorker, type UpdateState } from './use-service-worker';
import './update-prompt.css';

export type UpdateStep = 'idle' | 'wait' | 'activate' | 'reload';

/** If the waiting version has not taken over this soon after "Reload", reload anyway: the old version still works. */
const ACTIVATE_TIMEOUT_MS = 4000;

/**
 * What to do now. Every answer is written as it is given, so a reload loses nothing once the last write has
 * finished: wait while one is in flight. When writing fails, only the user's own click may reload (they were told).
 */
export function nextUpdateStep(update: UpdateState, requested: boolean, save: SaveState['state'], editing = false): UpdateStep {
  if (update === 'none') return 'idle';
  if (update === 'taken-over') {
    // Someone is typing here: only their own click may reload this tab.
    if (save === 'failed' || editing) return requested ? 'reload' : 'idle';
    return save === 'saving' ? 'wait' : 'reload';
  }
  if (!requested) return 'idle';
  if (save === 'saving') return 'wait';
  return update === 'ready' ? 'activate' : 'reload';
}

const MESSAGES: Record<Exclude<UpdateState, 'none'>, string> = {
  ready: 'A new version is ready.',
  'taken-over': 'A new version is ready and was started in another tab: this tab needs to reload.',
  // Not always a new version: the network may be down on a first visit. A reload is the way out either way.
  stale: 'Part of Rungs could not be loaded: a new version may have replaced it, or the network is down.',
};

const reloadPage = () => window.location.reload();

const TYPED_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password']);

/** Text typed here and not yet saved (a note between keystrokes, an unsent form), or the caret in a text field. */
export function isEditing(): boolean {
  if (hasDrafts()) return true;
  const focused = document.activeElement;
  if (focused instanceof HTMLTextAreaElement) return true;
  if (focused instanceof HTMLInputElement) return TYPED_INPUTS.has(focused.type);
  return focused instanceof HTMLElement && focused.isContentEditable;
}

export interface UpdateBannerProps {
  update: UpdateState;
  activate: () => Promise<void>;
  reload?: () => void;
  /** Whether someone is typing in this tab (tests pass their own). */
  editing?: () => boolean;
}

/** The offer to move to a new version, and the reload that keeps every answer and the current screen (the URL). */
export function UpdateBanner({ update, activate, reload = reloadPage, editing = isEditing }: UpdateBannerProps) {
  // With no new version the save state changes nothing here: read as 'saved' then, so the banner is not drawn again
  // on every answer's save.
  const save = useAppStore((state) => (update === 'none' ? 'saved' : state.save.state));
  const [requested, setRequested] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  // Decided when another tab's take-over arrives: someone typing here then makes this tab wait for their click.
  const [held, setHeld] = useState(() => update === 'taken-over' && editing());
  const [seen, setSeen] = useState(update);
  if (update !== seen) {
    setSeen(update);
    if (update === 'taken-over') setHeld(editing());
  }
  // Each step runs once: after 'activate', the take-over turns the step into 'reload', which must still run.
  const done = useRef<UpdateStep>('idle');
  const step = nextUpdateStep(update, requested, save, held);

  useEffect(() => {
    if ((step !== 'activate' && step !== 'reload') || done.current === step) return;
    done.current = step;
    if (step === 'reload') {
      reload();
      return;
    }
    // The worker's take-over makes the step 'reload'; the timer covers a message that got lost.
    const timer = window.setTimeout(reload, ACTIVATE_TIMEOUT_MS);
    activate().catch(reload);
    return () => window.clearTimeout(timer);
  }, [step, activate, reload]);

  const visible = update !== 'none' && (!dismissed || update === 'taken-over');
  return (
    <div role="status" className="update-prompt-status">
      {visible ? (
        <div className="update-prompt">
          <p>
            <strong>{MESSAGES[update as Exclude<UpdateState, 'none'>]}</strong>{' '}
            {save === 'failed'
              ? 'Your latest answers are not saved: download them first (see the notice below), or reloading loses them.'
              : 'Reloading keeps every answer and this screen.'}
          </p>
          <p className="update-prompt-actions">
            <button type="button" onClick={() => setRequested(true)} disabled={requested && save !== 'failed'}>
              {requested && save !== 'failed' ? 'Reloading…' : 'Reload'}
            </button>
            {update !== 'taken-over' ? (
              <button type="button" className="secondary" onClick={() => setDismissed(true)}>
                Later
              </button>
            ) : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** Mounted once in the shell: registers the service worker and offers updates. */
export function UpdatePrompt() {
  const { update, activate } = useServiceWorker();
  return <UpdateBanner update={update} activate={activate} />;
}
