import { useEffect, useId, useState } from 'react';
import { formatBytes } from '@/lib/format';
import { askPersistentStorage, browserStorage, readStorageReport, type StorageReport } from '@/features/settings/persistent-storage';

type Storage = ReturnType<typeof browserStorage>;

function Status({ report, refused }: { report: StorageReport; refused: boolean }) {
  if (report.persistent === true) {
    return <p>Storage is persistent: this browser will not clear Rungs’ data to free up space. Only you can delete it.</p>;
  }
  if (report.persistent === null) {
    return (
      <p>
        This browser does not say whether it keeps Rungs’ data when space runs low. Download a copy of your data now and
        then.
      </p>
    );
  }
  return (
    <>
      <p>
        Storage is not persistent: this browser may clear Rungs’ data if the device runs low on space. Download a copy of
        your data now and then.
      </p>
      {refused ? (
        <p>
          The browser said no. Browsers usually grant this to sites that are installed, bookmarked or used often:
          installing Rungs (your browser’s “Install” or “Add to Home screen”) is the surest way.
        </p>
      ) : null}
    </>
  );
}

/** Settings' section on whether the browser keeps Rungs' data, with a way to ask again when it does not. */
export function StoragePersistence({ storage = browserStorage() }: { storage?: Storage }) {
  const titleId = useId();
  const [report, setReport] = useState<StorageReport | null>(null);
  const [asking, setAsking] = useState(false);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let current = true;
    void readStorageReport(storage).then((next) => {
      if (current) setReport(next);
    });
    return () => {
      current = false;
    };
  }, [storage]);

  const askAgain = async () => {
    setAsking(true);
    const granted = await askPersistentStorage(storage);
    setRefused(granted !== true);
    setReport(await readStorageReport(storage));
    setAsking(false);
  };

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>Storage on this device</h2>
      <div aria-live="polite">
        {report ? <Status report={report} refused={refused} /> : <p>Checking what this browser says…</p>}
      </div>
      {report?.usage != null && report.quota != null ? (
        <p>
          Rungs uses {formatBytes(report.usage)} here (your data and its offline copy of the app), of about{' '}
          {formatBytes(report.quota)} the browser allows it.
        </p>
      ) : null}
      {report?.persistent === false && storage?.persist ? (
        <p>
          <button type="button" onClick={() => void askAgain()} disabled={asking}>
            Ask the browser to keep Rungs’ data
          </button>
        </p>
      ) : null}
    </section>
  );
}
