import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { ScreenHeading } from '@/components/screen-heading';
import { serializeBundle } from '@/domain/records/serialize';
import { indexedDbStorage } from '@/store/record-storage';
import { PROFILE_PREFIX, SESSION_PREFIX } from '@/store/storage-keys';
import { useAppStore } from '@/store/store-context';
import { downloadText, todayStamp } from '@/components/download';

interface Props {
  screen: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Everything kept, as one bundle file. The writer is in the first load (it has no validators), so a lost chunk
 * offline, a common cause of crashes, cannot stop it.
 */
function downloadAll(profiles: readonly unknown[], sessions: readonly unknown[]) {
  downloadText(`rungs-data-${todayStamp()}.json`, serializeBundle({ profiles, sessions, exportedAt: new Date() }));
}

/** Straight from storage, for when there is no store to ask (or it never finished reading). Read-only. */
async function readStoredRecords() {
  const rows = await indexedDbStorage().readAll();
  return {
    profiles: rows.filter(([key]) => key.startsWith(PROFILE_PREFIX)).map(([, value]) => value),
    sessions: rows.filter(([key]) => key.startsWith(SESSION_PREFIX)).map(([, value]) => value),
  };
}

function DownloadButton({ read }: { read: () => Promise<{ profiles: readonly unknown[]; sessions: readonly unknown[] }> }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            const { profiles, sessions } = await read();
            downloadAll(profiles, sessions);
            setFailed(false);
          } catch {
            setFailed(true);
          }
        }}
      >
        Download my data
      </button>
      {failed && (
        <span role="alert" className="error-detail">
          The download failed. Reload and try again from Settings.
        </span>
      )}
    </>
  );
}

/** The store's records, including changes not yet written; storage when the store had not finished reading. */
function DownloadFromStore() {
  const state = useAppStore((value) => value);
  return (
    <DownloadButton
      read={async () =>
        state.status === 'ready' ? { profiles: Object.values(state.profiles), sessions: Object.values(state.sessions) } : readStoredRecords()
      }
    />
  );
}

/** Catches a store that cannot be reached (no provider, or broken) and falls back to storage. */
class StoreOrStorage extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <DownloadButton read={readStoredRecords} /> : this.props.children;
  }
}

/**
 * One per screen: a crash in one screen leaves the header, the other screens and stored data alone. It never
 * writes: it offers a copy of the data and a reload.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.screen} screen failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="error-panel" aria-labelledby="error-title">
        <ScreenHeading id="error-title">Something went wrong on the {this.props.screen} screen</ScreenHeading>
        <p>Your saved data is untouched: a crash never deletes it. You can download a copy of it, then reload; reloading usually helps.</p>
        <p>What happened:</p>
        <p className="error-detail">{this.state.error.message}</p>
        <p className="save-status-actions">
          <StoreOrStorage>
            <DownloadFromStore />
          </StoreOrStorage>
          <button type="button" className="secondary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </section>
    );
  }
}
