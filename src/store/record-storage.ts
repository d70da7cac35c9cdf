import { promisifyRequest, type UseStore } from 'idb-keyval';
import type * as PackedAnswers from '@/domain/records/packed-answers';
import { withQuestionIdList } from '@/domain/records/question-id-list';
import { createRecordsStore } from './records-database';
import { DB_NAME, DB_STORE, QUESTION_ID_LIST_KEY } from './storage-keys';

/** Where records live. One record per key, written whole: each write is atomic (old or new, never half). */
export interface RecordStorage {
  /**
   * Every record (IndexedDB gives them in key order). `onRows` hears them as they arrive, a few hundred at a time, while the rest are still
   * read: what checks them can work while storage reads on (it must not throw).
   */
  readAll(onRows?: (rows: [string, unknown][]) => void): Promise<[string, unknown][]>;
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
  /**
   * Like write, but the transaction is begun before this returns (where the database is already open): one begun
   * while the page goes away (pagehide) still completes, one begun a moment later may never start. Ordinary writes of
   * one record still under way are ended first (they fail with WriteSuperseded): the caller writes their changes too.
   */
  writeNow?(key: string, value: unknown): Promise<void>;
  /**
   * Writes every entry in one transaction: all of them are stored or, if the page closes or storage fails first,
   * none. `onProgress` hears how many are handed over so far. Absent only in test doubles.
   */
  writeMany?(entries: readonly (readonly [string, unknown])[], onProgress?: (written: number) => void): Promise<void>;
  /**
   * Reads what is stored at `key` and writes `merge(stored)` in one transaction, so a write from another tab cannot
   * land between the two; resolves to what was written. Absent from memory storage, which no other tab shares.
   */
  writeMerged?(key: string, merge: (stored: unknown) => unknown): Promise<unknown>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Entries put into the import's transaction per turn. Each put copies its record on the page's thread, so thousands
 * at once would hold the page; the next few go in from the last one's success callback, where the transaction is
 * still open, and the page draws and answers clicks between turns.
 */
const PUTS_PER_TURN = 250;

/** Records per read at a start: a mentor's 2,600 come in 13 parts, each checked while the next is read. */
const ROWS_PER_READ = 200;

type Packers = typeof PackedAnswers;
type Indexer = ReturnType<Packers['questionIdIndexer']>;
/** What stores records as given: where the packers could not be fetched, sessions are written readable. */
const AS_GIVEN: Indexer = { storedForm: (value) => value, grownList: () => undefined };

/**
 * The browser's storage: IndexedDB, with sessions written in format 4 (packed-answers.ts): each write reads the
 * question-id list in its own transaction, and stores what it added to the list in that same transaction, so the list
 * never names an id a session was not written with, nor a session an index the list lacks. IndexedDB runs readwrite
 * transactions on one store one after another, across tabs: two tabs adding ids at once each add to what the other
 * stored, and an index given out keeps its one meaning. Readers get every session with the list it points into
 * (withQuestionIdList), and never the list itself.
 */
export function indexedDbStorage(): RecordStorage {
  let store: UseStore | undefined;
  /** Keys found that are not strings (a number, a date, an array), by the text readAll gave them as. */
  const otherKeys = new Map<string, IDBValidKey>();
  /** The connection idb-keyval opened, kept for writeNow. */
  let opened: IDBDatabase | undefined;
  /**
   * The transaction of the last ordinary write of one record (write, writeMerged; the queue makes them one at a time),
   * which writeNow ends if it is still open. A leave write queued behind it was dropped with it whenever the page went
   * before it had finished (Chromium: every time, in a check run against it); ended first, the leave write was kept.
   */
  let lastWrite: IDBTransaction | undefined;
  let endedByLeave: IDBTransaction | undefined;
  /** `settled`, for the ordinary write in `transaction`: failing with WriteSuperseded if writeNow ended it. */
  const asLastWrite = <T>(transaction: IDBTransaction, settled: Promise<T>): Promise<T> => {
    lastWrite = transaction;
    return settled.catch((error: unknown) => {
      throw transaction === endedByLeave ? new WriteSuperseded() : error;
    });
  };
  const db = (): UseStore => {
    const open = (store ??= createRecordsStore(DB_NAME, DB_STORE));
    return (mode, callback) =>
      open(mode, (objectStore) => {
        opened = objectStore.transaction.db;
        return callback(objectStore);
      });
  };
  // One readwrite transaction doing `work`, settled when it is stored. (idb-keyval's own get, set and the like would
  // bring its default database along, which Rungs never uses, into the first load.)
  const change = (work: (store: IDBObjectStore) => unknown) =>
    db()('readwrite', (store) => {
      work(store);
      return promisifyRequest<void>(store.transaction);
    });
  /**
   * The packers (packed-answers.ts): not in the first load, but fetched while a start reads the records, since nothing
   * is written before that start has read them all. Fetched again by the next write where they could not be.
   */
  let packers: Promise<Packers | null> | undefined;
  let loaded: Packers | null = null;
  const indexerFor = async () => {
    loaded ??= await (packers ??= import('@/domain/records/packed-answers').catch(() => {
      packers = undefined;
      return null;
    }));
    return (list: unknown) => (loaded ? loaded.questionIdIndexer(list) : AS_GIVEN);
  };
  /** Asked for first in a transaction: IndexedDB answers its requests in order, so every later one finds it read. */
  const readList = (store: IDBObjectStore) => store.get(QUESTION_ID_LIST_KEY);
  /** Puts what the indexer added to the list, after the sessions that need it and in their transaction. */
  const putList = (store: IDBObjectStore, indexer: Indexer) => {
    const grown = indexer.grownList();
    if (grown) store.put(grown, QUESTION_ID_LIST_KEY);
  };
  const write = async (key: string, value: unknown) => {
    const indexerOn = await indexerFor();
    return db()('readwrite', (store) => {
      const list = readList(store);
      list.onsuccess = () => {
        const indexer = indexerOn(list.result);
        store.put(indexer.storedForm(value), key);
        putList(store, indexer);
      };
      return asLastWrite(store.transaction, promisifyRequest<void>(store.transaction));
    });
  };
  return {
    // The keys first (a quick read), then the records in key ranges of ROWS_PER_READ, all asked for at once in one
    // transaction (one snapshot): IndexedDB hands each range over as it is read, instead of all at the end.
    readAll: (onRows) => {
      void indexerFor();
      return db()('readonly', (store) => {
        const { transaction } = store;
        const list = readList(store);
        const keysRead = store.getAllKeys();
        const all: [string, unknown][] = [];
        return new Promise((resolve, reject) => {
          transaction.oncomplete = () => resolve(all);
          transaction.onabort = transaction.onerror = () => reject(transaction.error ?? new Error('The records were not read'));
          keysRead.onsuccess = () => {
            const keys = keysRead.result;
            for (let start = 0; start < keys.length; start += ROWS_PER_READ) {
              const range = keys.slice(start, start + ROWS_PER_READ);
              const read = store.getAll(IDBKeyRange.bound(range[0], range.at(-1)));
              read.onsuccess = () => {
                // One snapshot: a range holds the records of its keys. Were it ever otherwise, nothing is guessed.
                if (read.result.length !== range.length) return transaction.abort();
                const rows: [string, unknown][] = [];
                range.forEach((key, index) => {
                  if (key === QUESTION_ID_LIST_KEY) return;
                  // Rungs writes string keys only; anything else was put there by other code. Remembered under its
                  // text, so that setting it aside removes the real key, not a string one that never existed.
                  if (typeof key !== 'string') otherKeys.set(String(key), key);
                  rows.push([String(key), withQuestionIdList(read.result[index], list.result)]);
                });
                all.push(...rows);
                onRows?.(rows);
              };
            }
          };
        });
      });
    },
    read: (key) =>
      db()('readonly', (store) => {
        const list = readList(store);
        return promisifyRequest(store.get(key)).then((value) => withQuestionIdList(value, list.result));
      }),
    write,
    writeNow: (key, value) => {
      let transaction: IDBTransaction;
      try {
        if (!opened) throw new Error('not open yet');
        // An ordinary write still open would hold this one behind it, and the browser drops both if the page goes
        // first. It is ended instead: what it was writing is not confirmed yet, so the leave flush writes it here too.
        try {
          endedByLeave = lastWrite;
          lastWrite?.abort();
        } catch {
          // It has finished: nothing holds this one back.
        }
        transaction = opened.transaction(DB_STORE, 'readwrite');
        // Put now, in this handler: a put waiting for the list to be read might never be made once the page is gone.
        // Without the list, a session goes in format 3 (readable where the packers never came); its next write
        // stores it in format 4.
        transaction.objectStore(DB_STORE).put(loaded ? loaded.storedFormOf(value) : value, key);
        transaction.commit?.();
      } catch {
        // Not open yet, or closed by the browser: the ordinary way, which opens it again.
        return write(key, value);
      }
      return new Promise((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onabort = transaction.onerror = () => reject(transaction.error ?? new Error('The write was aborted'));
      });
    },
    writeMany: async (entries, onProgress) => {
      const indexerOn = await indexerFor();
      return db()('readwrite', (store) => {
        const { transaction } = store;
        const list = readList(store);
        return new Promise<void>((resolve, reject) => {
          let next = 0;
          let indexer: Indexer | undefined;
          const putTurn = () => {
            try {
              indexer ??= indexerOn(list.result);
              let last: IDBRequest | undefined;
              for (const end = Math.min(next + PUTS_PER_TURN, entries.length); next < end; next += 1) {
                const [key, value] = entries[next]!;
                last = store.put(indexer.storedForm(value), key);
              }
              onProgress?.(next);
              if (last && next < entries.length) last.onsuccess = putTurn;
              else putList(store, indexer);
            } catch (error) {
              // A value IndexedDB cannot store: nothing of the import is kept.
              transaction.abort();
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          };
          transaction.oncomplete = () => resolve();
          transaction.onabort = transaction.onerror = () => reject(transaction.error ?? new Error('The import was not saved'));
          list.onsuccess = putTurn;
        });
      });
    },
    // Read and written in one transaction, so a write from another tab cannot land between the two. What the merge
    // returns is given back as it is; only the copy stored is packed.
    writeMerged: async (key, merge) => {
      const indexerOn = await indexerFor();
      return db()('readwrite', (store) => {
        const list = readList(store);
        const read = store.get(key);
        return asLastWrite(store.transaction, new Promise((resolve, reject) => {
          read.onsuccess = () => {
            try {
              const indexer = indexerOn(list.result);
              const written = merge(withQuestionIdList(read.result, list.result));
              store.put(indexer.storedForm(written), key);
              putList(store, indexer);
              promisifyRequest(store.transaction).then(() => resolve(written), reject);
            } catch (error) {
              reject(error as Error);
            }
          };
          read.onerror = () => reject(read.error ?? new Error('The record was not read'));
        }));
      });
    },
    remove: (key) => change((store) => store.delete(otherKeys.get(key) ?? key)),
    clear: () => change((store) => store.clear()),
  };
}

/** Keeps records in memory only: for tests, and as the fallback when the browser refuses storage. */
export function memoryStorage(initial: Record<string, unknown> = {}): RecordStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    readAll: async () => [...data.entries()].map(([key, value]) => [key, structuredClone(value)]),
    read: async (key) => structuredClone(data.get(key)),
    write: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    writeMany: async (entries, onProgress) => {
      // Copied first, so a value that cannot be copied leaves nothing half-written.
      const copies = entries.map(([key, value]) => [key, structuredClone(value)] as const);
      for (const [key, value] of copies) data.set(key, value);
      onProgress?.(entries.length);
    },
    remove: async (key) => {
      data.delete(key);
    },
    clear: async () => {
      data.clear();
    },
  };
}

/**
 * An ordinary write that writeNow ended so its own could go first: the leave path writes the same change again, so
 * it is not a failure to report (see writeNow).
 */
export class WriteSuperseded extends Error {}

/** Quota errors as each browser reports them: the standard name, Firefox's legacy one (1014), old WebKit's code 22. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** What one tab tells the others after it wrote or removed a record. */
export type TabMessage = { key: string } | { keys: string[] } | { cleared: true };

/** Tabs of the same browser tell each other which record changed; the others re-read it from storage. */
export interface TabChannel {
  post(message: TabMessage): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
}

export function broadcastTabChannel(name: string): TabChannel | undefined {
  // Older browsers, and some file:// contexts, have no BroadcastChannel: one tab still works alone.
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const onMessage = (event: MessageEvent) => listener(event.data as TabMessage);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
