import { useEffect, useRef, useState } from 'react';
import { downloadText } from '@/components/download';
import { bundleOf, serializeBundle } from '@/domain/records/serialize';
import { useAppStore } from '@/store/store-context';
import { allDataFileName, downloadedText, summarizeData } from './settings-view';

type DeleteStep = 'idle' | 'confirming' | 'deleting' | 'done' | 'failed';

/** What is stored, a copy of all of it, and a way to remove all of it (after a second, explicit yes). */
export function YourData() {
  const profiles = useAppStore((state) => state.profiles);
  const sessions = useAppStore((state) => state.sessions);
  const ready = useAppStore((state) => state.status === 'ready');
  const deleteAllData = useAppStore((state) => state.deleteAllData);
  const memoryOnly = useAppStore((state) => state.memoryOnly);
  const summary = summarizeData(profiles, sessions, memoryOnly);
  const [step, setStep] = useState<DeleteStep>('idle');
  const [downloadMessage, setDownloadMessage] = useState('');
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const failure = useRef<HTMLParagraphElement>(null);
  // Where focus goes after a step changes, so keyboard users never land on <body>.
  const focusNext = useRef<'confirm' | 'delete' | 'outcome' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'confirm') confirmHeading.current?.focus();
    else if (target === 'delete') deleteButton.current?.focus();
    else if (target === 'outcome') (failure.current ?? outcome.current)?.focus();
  }, [step]);

  const go = (next: DeleteStep, focus: 'confirm' | 'delete' | 'outcome' | null) => {
    focusNext.current = focus;
    setStep(next);
  };

  const download = () => {
    try {
      const now = new Date();
      downloadText(allDataFileName(now), serializeBundle({ ...bundleOf({ profiles, sessions }), exportedAt: now }));
      setDownloadMessage(downloadedText(summary));
    } catch {
      setDownloadMessage('The download failed. Try again; if it keeps failing, reload the page first.');
    }
  };

  const confirmDelete = async () => {
    go('deleting', null);
    try {
      await deleteAllData();
      go('done', 'outcome');
    } catch {
      go('failed', 'outcome');
    }
  };

  return (
    <section className="settings-section" aria-labelledby="your-data-title">
      <h2 id="your-data-title">Your data</h2>
      {memoryOnly ? (
        <p>
          {summary.text} Closing or reloading this tab loses it: download it to keep it. Rungs sends nothing anywhere.
        </p>
      ) : (
        <p>
          {summary.text} Everything stays in this browser, on this device: Rungs sends nothing anywhere, and another
          browser or device does not see it. A download is the only copy outside this browser.
        </p>
      )}
      <dl className="counts settings-counts">
        <div>
          <dt>People</dt>
          <dd>{summary.people}</dd>
        </div>
        <div>
          <dt>Sessions</dt>
          <dd>{summary.sessions}</dd>
        </div>
      </dl>
      <div className="settings-actions">
        <button type="button" onClick={download} disabled={!ready}>
          Download all my data
        </button>
        {step !== 'confirming' && step !== 'deleting' && (
          <button ref={deleteButton} type="button" className="danger" onClick={() => go('confirming', 'confirm')} disabled={!ready}>
            Delete all my data
          </button>
        )}
      </div>
      <p role="status" className="settings-status">
        {downloadMessage}
      </p>

      {(step === 'confirming' || step === 'deleting') && (
        <div
          className="confirm-delete"
          role="group"
          aria-labelledby="confirm-delete-title"
          aria-describedby="confirm-delete-warning"
          onKeyDown={(event) => {
            if (event.key === 'Escape' && step === 'confirming') {
              event.preventDefault();
              go('idle', 'delete');
            }
          }}
        >
          <h3 id="confirm-delete-title" ref={confirmHeading} tabIndex={-1}>
            Delete everything?
          </h3>
          <p id="confirm-delete-warning">
            <strong>This removes every person, session, rating, note and plan from this browser, and the set-aside data too. It cannot be undone.</strong>{' '}
            Use “Download all my data” first if you may want any of it back.
          </p>
          <div className="settings-actions">
            <button type="button" className="danger" onClick={() => void confirmDelete()} disabled={step === 'deleting'}>
              Yes, delete everything
            </button>
            <button type="button" className="secondary" onClick={() => go('idle', 'delete')} disabled={step === 'deleting'}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <p ref={outcome} tabIndex={-1} role="status" className="settings-status">
        {step === 'deleting' && 'Deleting…'}
        {step === 'done' && 'All your data has been deleted from this browser.'}
      </p>
      {step === 'failed' && (
        <p ref={failure} tabIndex={-1} role="alert" className="settings-status">
          Rungs could not delete your data: the browser refused. What you see here is still kept; reload and try again.
        </p>
      )}
    </section>
  );
}
