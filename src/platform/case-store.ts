/**
 * Case files, one per conversation, in the extension's own IndexedDB (never synced, never the
 * website's storage). A database of its own, `parley-cases`, so its schema moves independently
 * of the transcript database's migrations (TODO [2026-12-31]: move into transcript-db's `cases`
 * store once that migration lands, copying these records over in its upgrade step).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { normaliseCaseFile, type CaseFile } from '../core/case';

const DB_NAME = 'parley-cases';
const DB_VERSION = 1;

interface CaseDB extends DBSchema {
  cases: { key: string; value: CaseFile };
}

let dbPromise: Promise<IDBPDatabase<CaseDB>> | null = null;

function open(): Promise<IDBPDatabase<CaseDB>> {
  dbPromise ??= openDB<CaseDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Falls through on purpose, like the transcript database's upgrade.
      switch (oldVersion) {
        case 0:
          db.createObjectStore('cases', { keyPath: 'conversationId' });
      }
    },
    terminated: () => {
      dbPromise = null;
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

export async function getCaseFile(conversationId: string): Promise<CaseFile> {
  const stored: unknown = await (await open()).get('cases', conversationId);
  return normaliseCaseFile(conversationId, stored);
}

export async function saveCaseFile(file: CaseFile): Promise<void> {
  await (await open()).put('cases', normaliseCaseFile(file.conversationId, file));
}

/** For tests: forget the cached connection (and close it). */
export async function closeCaseStore(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}
