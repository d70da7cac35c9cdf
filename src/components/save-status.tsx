import { useAppStore } from '@/store/store-context';
import { downloadText, todayStamp } from './download';

/** Says plainly when answers are not being saved, and offers a way to keep them. */
export function SaveStatus() {
  const save = useAppStore((state) => state.save);
  const retry = useAppStore((state) => state.retrySave);
  const profiles = useAppStore((state) => state.profiles);
  const sessions = useAppStore((state) => state.sessions);
  if (save.state !== 'failed') return null;
  const download = () =>
    downloadText(
      `rungs-data-${todayStamp()}.json`,
      JSON.stringify({ type: 'rungs/bundle', version: 1, createdBy: 'Rungs', profiles: Object.values(profiles), sessions: Object.values(sessions) }, null, 2),
    );
  return (
    <div className="save-status" role="alert">
      <p>
        <strong>Your answers are not being saved.</strong> {save.message}
      </p>
      <p className="save-status-actions">
        <button type="button" onClick={download}>
          Download my answers
        </button>
        <button type="button" className="secondary" onClick={() => void retry()}>
          Try saving again
        </button>
      </p>
    </div>
  );
}
