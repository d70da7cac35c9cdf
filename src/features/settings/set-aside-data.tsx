import { useState } from 'react';
import { downloadQuarantined } from '@/components/download';
import { plural } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import { setAsideLabel } from './settings-view';

/** Records Rungs could not read at start-up: kept aside as they were, listed, and downloadable raw. */
export function SetAsideData() {
  const quarantined = useAppStore((state) => state.quarantined);
  const newer = useAppStore((state) => state.newer);
  const read = useAppStore((state) => state.readQuarantined);
  const retry = useAppStore((state) => state.retrySetAside);
  const [message, setMessage] = useState('');
  const tryAgain = async () => {
    try {
      const back = await retry();
      setMessage(
        back > 0
          ? `${plural(back, 'record')} read and put back where ${back === 1 ? 'it was' : 'they were'}.`
          : 'Rungs still cannot read the set-aside data. After updating Rungs, try again; or download it and ask for help repairing it.',
      );
    } catch {
      setMessage('Trying again failed. Reload the page and try again.');
    }
  };
  const download = async () => {
    try {
      const count = await downloadQuarantined(read);
      setMessage(`Downloaded ${plural(count, 'record')} as Rungs found them.`);
    } catch {
      setMessage('The download failed. Reload the page and try again.');
    }
  };
  return (
    <section className="settings-section" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">Data Rungs could not read</h2>
      {newer.length > 0 && (
        <>
          <p>
            {newer.length === 1
              ? 'This record was made by a newer version of Rungs. It is left exactly where it is, untouched: this version neither opens nor changes it, and the newer version opens it as before.'
              : `These ${newer.length} records were made by a newer version of Rungs. They are left exactly where they are, untouched: this version neither opens nor changes them, and the newer version opens them as before.`}
          </p>
          <ul className="set-aside-list" aria-label="Made by a newer version of Rungs">
            {newer.map((record) => (
              <li key={record.key}>
                <code>{record.key}</code>: {record.problem}
              </li>
            ))}
          </ul>
        </>
      )}
      {quarantined.length === 0 ? (
        newer.length === 0 && <p>None: Rungs could read everything stored in this browser.</p>
      ) : (
        <>
          <p>
            {quarantined.length === 1
              ? 'Rungs could not read this record when it started. It is kept aside exactly as it was, never overwritten; everything else was kept and works as usual. Download it to keep a copy or to ask for help repairing it.'
              : `Rungs could not read these ${quarantined.length} records when it started. They are kept aside exactly as they were, never overwritten; everything else was kept and works as usual. Download them to keep a copy or to ask for help repairing them.`}{' '}
            “Delete all my data” removes set-aside data too.
          </p>
          <ul className="set-aside-list">
            {quarantined.map((record) => (
              <li key={record.key}>
                <code>{setAsideLabel(record.key)}</code>: {record.problem}
              </li>
            ))}
          </ul>
          <div className="settings-actions">
            <button type="button" onClick={() => void download()}>
              Download the damaged data
            </button>
            <button type="button" className="secondary" onClick={() => void tryAgain()}>
              Try again
            </button>
          </div>
        </>
      )}
      <p role="status" className="settings-status">
        {message}
      </p>
    </section>
  );
}
