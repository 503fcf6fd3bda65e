import { LocalError, localText as lt, type LocalText } from '../i18n/local-text';

/** Keeps a user's data across reloads in IndexedDB, only with their consent. */
const DB_NAME = 'atlas-user-data';
const STORE = 'files';

export interface StoredUserData {
  observations: string;
  sources: string | null;
  label: string;
}

/** Storage that failed: the message says what the user keeps and what they lose. */
export class UserStoreError extends LocalError {}

/** The browser's own words for a failure, or ours when it gave none. */
const reason = (error: unknown): LocalText | string =>
  error instanceof LocalError
    ? error.text
    : error instanceof Error && error.message
      ? error.message
      : lt('store_no_reason');

/** Whether the browser gives this page IndexedDB at all (not in some private windows). */
const storageExists = (): boolean =>
  typeof indexedDB !== 'undefined' && indexedDB !== null && typeof indexedDB.open === 'function';

/**
 * Opens the database. Reading never creates it: without the user's consent (a stored copy),
 * nothing is written to the browser's storage.
 */
function open(create: boolean): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    if (!storageExists()) {
      reject(new LocalError(lt('store_unavailable')));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let aborted = false;
    request.onupgradeneeded = () => {
      if (create) request.result.createObjectStore(STORE);
      else {
        aborted = true;
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (aborted ? resolve(null) : reject(request.error));
    request.onblocked = () => reject(new LocalError(lt('store_blocked')));
  });
}

export async function storeUserData(data: StoredUserData): Promise<void> {
  try {
    const db = await open(true);
    if (!db) throw new LocalError(lt('store_not_created'));
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(data, 'current');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new LocalError(lt('store_refused')));
    });
    db.close();
  } catch (error) {
    throw new UserStoreError(lt('store_failed', { reason: reason(error) }));
  }
}

export async function readStoredUserData(): Promise<StoredUserData | null> {
  if (!storageExists()) return null;
  const db = await open(false);
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains(STORE)) return null;
    return await new Promise<StoredUserData | null>((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get('current');
      request.onsuccess = () => resolve((request.result as StoredUserData | undefined) ?? null);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Deletes the stored copy. Another open connection (a tab of the atlas storing at that moment,
 * or another page of this origin) blocks the deletion until it closes: that is said, not
 * waited for; the browser deletes the copy once the connection closes.
 */
export async function forgetStoredUserData(): Promise<void> {
  if (!storageExists()) return;
  await new Promise<void>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.deleteDatabase(DB_NAME);
    } catch (error) {
      reject(new UserStoreError(lt('store_clear_failed', { reason: reason(error) })));
      return;
    }
    request.onsuccess = () => resolve();
    request.onerror = () =>
      reject(new UserStoreError(lt('store_clear_failed', { reason: reason(request.error) })));
    request.onblocked = () => reject(new UserStoreError(lt('store_forget_blocked')));
  });
}

/** Tells the atlas's other tabs that the user asked to forget their data. */
export function forgetChannel(onForget: () => void): { announce: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined };
  const channel = new BroadcastChannel('atlas-user-data');
  channel.onmessage = (event) => {
    if (event.data === 'forget') onForget();
  };
  return { announce: () => channel.postMessage('forget') };
}
