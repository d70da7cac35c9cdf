import { promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * idb-keyval's createStore, except that a database found without its object store gets the store added. Such a
 * database is made by another page of the same origin (on file:// every local page is one origin) or left
 * half-made; idb-keyval would fail every transaction on it, for good, and Rungs would run in memory only.
 */
export function createRecordsStore(dbName: string, storeName: string): UseStore {
  let connection: Promise<IDBDatabase> | null = null;

  const keep = (db: IDBDatabase) => {
    // Another page upgrading the database must not wait on this connection: close it, and open again on next use.
    db.onversionchange = () => {
      db.close();
      connection = null;
    };
    db.onclose = () => {
      connection = null;
    };
    return db;
  };

  const open = async (): Promise<IDBDatabase> => {
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const db = await promisifyRequest(request);
    if (db.objectStoreNames.contains(storeName)) return keep(db);
    const version = db.version + 1;
    db.close();
    const upgrade = indexedDB.open(dbName, version);
    upgrade.onupgradeneeded = () => {
      if (!upgrade.result.objectStoreNames.contains(storeName)) upgrade.result.createObjectStore(storeName);
    };
    return keep(await promisifyRequest(upgrade));
  };

  return (mode, callback) =>
    (connection ??= open().catch((error: unknown) => {
      // Refused now (a private window, blocked storage) is not refused for good: the next use asks again.
      connection = null;
      throw error;
    })).then((db) => callback(db.transaction(storeName, mode).objectStore(storeName)));
}
