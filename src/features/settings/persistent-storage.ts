import { useEffect } from 'react';
import { useAppStore } from '@/store/store-context';

/** What the browser says about keeping Rungs' data. `persistent` is null where the browser cannot tell. */
export interface StorageReport {
  persistent: boolean | null;
  /** Bytes used and available to Rungs (its saved data and its offline copy), when the browser estimates them. */
  usage: number | null;
  quota: number | null;
}

type PersistenceApi = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

/** navigator.storage is missing outside secure contexts and in older browsers. */
export const browserStorage = (): PersistenceApi | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

const orNull = async <T>(read: (() => Promise<T>) | undefined): Promise<T | null> => {
  if (!read) return null;
  try {
    return await read();
  } catch {
    return null;
  }
};

export async function readStorageReport(storage: PersistenceApi | undefined = browserStorage()): Promise<StorageReport> {
  const [persistent, estimate] = await Promise.all([
    orNull(storage?.persisted?.bind(storage)),
    orNull(storage?.estimate?.bind(storage)),
  ]);
  return { persistent, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Asks the browser not to clear Rungs' data under storage pressure. Chromium decides silently (installed, bookmarked
 * or often used sites get it); Firefox asks the user. Returns null where the browser has no such request.
 */
export async function askPersistentStorage(storage: PersistenceApi | undefined = browserStorage()): Promise<boolean | null> {
  if (!storage?.persist) return null;
  if ((await orNull(storage.persisted?.bind(storage))) === true) return true;
  return orNull(storage.persist.bind(storage));
}

let askedThisVisit = false;

/** For tests: the once-per-visit guard starts over. */
export function resetPersistenceRequest() {
  askedThisVisit = false;
}

/**
 * Once the user has real data (a first session), ask for persistent storage: asking on an empty first visit would
 * show Firefox's permission prompt to someone who has nothing to lose yet. Once per visit, so a refusal is not
 * repeated while the user works; Settings can ask again.
 */
export function usePersistWhenDataExists(storage?: PersistenceApi) {
  const hasData = useAppStore((state) => Object.keys(state.sessions).length > 0);
  useEffect(() => {
    if (!hasData || askedThisVisit) return;
    askedThisVisit = true;
    void askPersistentStorage(storage ?? browserStorage());
  }, [hasData, storage]);
}
