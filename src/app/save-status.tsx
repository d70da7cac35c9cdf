import { bundleOf, serializeBundle } from '@/domain/records/serialize';
import { useAppStore, useAppStoreApi } from '@/store/store-context';
import { downloadText, todayStamp } from '@/components/download';

/** A change cut short or refused because it could not have been read back: said once, until dismissed. */
function WriteNotice() {
  const notice = useAppStore((state) => state.notice);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className="save-status" role="alert">
      <p>{notice}</p>
      <p className="save-status-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            // The notice goes away with the button: keep keyboard focus in the page, not lost on <body>.
            document.getElementById('main')?.focus();
            dismiss();
          }}
        >
          OK
        </button>
      </p>
    </div>
  );
}

/** Says plainly when answers are not being saved, and offers a way to keep them. */
export function SaveStatus() {
  return (
    <>
      <WriteNotice />
      <NotSaved />
    </>
  );
}

function NotSaved() {
  // Only a failure shows here: every answer changes the records and the save state ('saving', 'saved'), and none
  // of that may re-render the page's chrome. The download reads the records when it is clicked.
  const save = useAppStore((state) => (state.save.state === 'failed' ? state.save : null));
  const retry = useAppStore((state) => state.retrySave);
  const store = useAppStoreApi();
  if (!save) return null;
  const download = () => {
    const { profiles, sessions } = store.getState();
    downloadText(`rungs-data-${todayStamp()}.json`, serializeBundle({ ...bundleOf({ profiles, sessions }), exportedAt: new Date() }));
  };
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
