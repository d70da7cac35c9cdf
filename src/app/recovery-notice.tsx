import { Link } from 'wouter';
import { SETTINGS_PATH } from '@/lib/routes';
import { useAppStore } from '@/store/store-context';
import { downloadQuarantined } from '@/components/download';

/**
 * Shown at start-up when stored data could not be read: says so, says the rest is kept, and offers the raw data
 * and a way to move on. In the first load, so it stays small and free of the validators.
 */
export function RecoveryNotice() {
  const count = useAppStore((state) => state.quarantined.filter((record) => !record.dismissed).length);
  const read = useAppStore((state) => state.readQuarantined);
  const dismiss = useAppStore((state) => state.dismissQuarantine);
  if (count === 0) return null;
  const records = count === 1 ? '1 saved record' : `${count} saved records`;
  return (
    <div className="save-status recovery-notice" role="alert">
      <p>
        <strong>Rungs could not read {records}.</strong> Everything else it found is kept. The unreadable data has been
        set aside as it was, not deleted or overwritten.
      </p>
      <p>
        “Start fresh” hides this notice; the set-aside data stays downloadable from <Link href={SETTINGS_PATH}>Settings</Link>.
      </p>
      <p className="save-status-actions">
        <button type="button" onClick={() => void downloadQuarantined(read)}>
          Download the damaged data
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            // The notice goes away with the button: keep keyboard focus in the page, not lost on <body>.
            document.getElementById('main')?.focus();
            void dismiss();
          }}
        >
          Start fresh
        </button>
      </p>
    </div>
  );
}
