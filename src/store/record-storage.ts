import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { DB_NAME, DB_STORE } from './storage-keys';

/** Where records live. One record per key, written whole: each write is atomic (old or new, never half). */
export interface RecordStorage {
  readAll(): Promise<[string, unknown][]>;
  write(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export function indexedDbStorage(): RecordStorage {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(DB_NAME, DB_STORE));
  return {
    readAll: async () => (await entries(db())).map(([key, value]) => [String(key), value]),
    write: (key, value) => set(key, value, db()),
    remove: (key) => del(key, db()),
  };
}

/** Keeps records in memory only: for tests, and as the fallback when the browser refuses storage. */
export function memoryStorage(initial: Record<string, unknown> = {}): RecordStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    readAll: async () => [...data.entries()].map(([key, value]) => [key, structuredClone(value)]),
    write: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

/** Quota errors as each browser reports them: the standard name, Firefox's legacy one (1014), old WebKit's code 22. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
