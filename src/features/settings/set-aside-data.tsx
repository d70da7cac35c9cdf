import { useState } from 'react';
import { downloadQuarantined } from '@/components/recovery-notice';
import { plural } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import { setAsideLabel } from './settings-view';

/** Records Rungs could not read at start-up: kept aside as they were, listed, and downloadable raw. */
export function SetAsideData() {
  const quarantined = useAppStore((state) => state.quarantined);
  const read = useAppStore((state) => state.readQuarantined);
  const [message, setMessage] = useState('');
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
      {quarantined.length === 0 ? (
        <p>None: Rungs could read everything stored in this browser.</p>
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
          </div>
        </>
      )}
      <p role="status" className="settings-status">
        {message}
      </p>
    </section>
  );
}
