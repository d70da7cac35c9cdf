import { useState } from 'react';
import { downloadText } from '@/components/download';
import { formatBytes } from '@/lib/format';

const FILE_NAME = 'rungs.html';

/** About's "this copy" section: the version, and the whole app as one file where the build ships one. */
function offlineNote(oneFile: boolean) {
  if (oneFile) return 'This is Rungs as one file: it runs from disk, with no network and nothing to install.';
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
    return 'After your first visit Rungs works with no network at all, and your browser can install it as an app.';
  }
  // Service workers need HTTPS (or localhost): on a plain-HTTP host Rungs works online only.
  return 'Here Rungs needs the network: this browser keeps an offline copy only of sites served over HTTPS.';
}

export function SingleFileSection({ offer = __RUNGS_SINGLE_FILE__, version = __RUNGS_VERSION__, oneFile = __RUNGS_ONE_FILE_BUILD__ }) {
  const [failed, setFailed] = useState(false);

  // A plain download link bypasses the service worker, so it fails offline; fetch() is answered from the offline
  // copy (the file is precached), which lets a mentor hand Rungs over on the shop floor with no network.
  const download = async (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (!offer) return;
    event.preventDefault();
    setFailed(false);
    try {
      const response = await fetch(offer.href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      downloadText(FILE_NAME, await response.text(), 'text/html');
    } catch {
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby="this-copy-title">
      <h2 id="this-copy-title">This copy of Rungs</h2>
      <p>
        Version {version}. {offlineNote(oneFile)}
      </p>
      {oneFile ? (
        <p>
          <strong>Opened from disk, this copy shares its storage with every page this browser opens from a file.</strong>{' '}
          Browsers treat all local files as one site: another local page can read, change or delete what Rungs keeps here.
          For answers that matter, use Rungs from its web address, or download your data from Settings after each session.
        </p>
      ) : null}
      {offer ? (
        <>
          <p>
            To hand Rungs to someone, for example a mentor to a mentee, download it as one HTML file: it opens straight
            from disk in any current browser, with no network and nothing to install. Answers given in that copy are
            kept by the browser that opened it.
          </p>
          <p>
            <a href={offer.href} download={FILE_NAME} type="text/html" onClick={(event) => void download(event)}>
              Download Rungs as one file
            </a>{' '}
            ({formatBytes(offer.bytes)})
          </p>
          <p role="status">{failed ? 'The file could not be fetched. Connect to the network once and try again.' : null}</p>
        </>
      ) : null}
    </section>
  );
}
