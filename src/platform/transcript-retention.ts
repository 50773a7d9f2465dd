/** Retention: deleting conversations whose last activity is older than the user's period. */
import { browser } from './browser';
import { openTranscriptDb } from './transcript-db';

/**
 * Deletes every conversation last active before `cutoff` (epoch ms), with its messages and case
 * file, in one transaction. Walks the lastActivityAt index, so only old records are read.
 */
export async function deleteInactiveSince(cutoff: number): Promise<number> {
  const db = await openTranscriptDb();
  const tx = db.transaction(['conversations', 'messages', 'cases'], 'readwrite');
  const messages = tx.objectStore('messages');
  const cases = tx.objectStore('cases');
  let deleted = 0;
  let cursor = await tx.objectStore('conversations').index('lastActivityAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    const id = cursor.primaryKey;
    await messages.delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    await cases.delete(id);
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}

const LAST_RUN_KEY = 'transcripts:retentionRunAt';

/** When retention last ran (epoch ms, 0 never): lets the background run it at most a few times a day. */
export async function lastRetentionRun(): Promise<number> {
  const value = (await browser.storage.local.get(LAST_RUN_KEY))[LAST_RUN_KEY];
  return typeof value === 'number' ? value : 0;
}

export async function recordRetentionRun(at: number): Promise<void> {
  await browser.storage.local.set({ [LAST_RUN_KEY]: at });
}
