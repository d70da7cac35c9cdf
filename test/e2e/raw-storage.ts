import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/*
 * IndexedDB as another build, another program or a half-written record would leave it: read and written in the
 * page with no app code involved, for the browser tests of what Rungs does with what it finds there.
 */

/** A completed session exactly as Rungs 1 stored it, with a mentor's ratings. */
export const STORED_V1 = JSON.parse(readFileSync(new URL('../fixtures/storage/v1/session-completed-with-mentor.json', import.meta.url), 'utf8')) as {
  id: string;
  evidence: Record<string, string>;
};

/**
 * The list of question ids that sessions stored in format 4 point into (src/store/storage-keys.ts): written with the
 * first session that needs it, in that session's transaction.
 */
export const QUESTION_ID_LIST_KEY = 'session/~question-ids';

/** Keys as IndexedDB gives them back: strings, or a number where other code put one. */
export type Entry = [string | number, unknown];

/**
 * Opens `rungs` as it is (creating `stores` only if the database does not exist yet, the shape idb-keyval creates)
 * and puts the entries in `records`.
 */
export function putRaw(page: Page, entries: Entry[] | Record<string, unknown>, stores: string[] = ['records']) {
  return page.evaluate(
    ({ entries, stores }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('rungs');
        request.onupgradeneeded = () => stores.forEach((name) => request.result.createObjectStore(name));
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (entries.length === 0) {
            db.close();
            resolve();
            return;
          }
          const tx = db.transaction('records', 'readwrite');
          for (const [key, value] of entries) tx.objectStore('records').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { entries: Array.isArray(entries) ? entries : Object.entries(entries), stores },
  );
}

/** Every key (as stored: strings stay strings, numbers numbers) and value in `records`. */
export function readRaw(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Entry[]>((resolve, reject) => {
        const request = indexedDB.open('rungs');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('records', 'readonly').objectStore('records');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            db.close();
            resolve(keys.result.map((key, index) => [typeof key === 'number' ? key : String(key), values.result[index]]));
          };
          values.onerror = () => reject(values.error);
        };
      }),
  );
}
