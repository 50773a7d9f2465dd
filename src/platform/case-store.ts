/**
 * Case files, one per conversation, in the transcript database's `cases` store (schema v2): the
 * extension's own IndexedDB, never synced and never the website's storage. Deleting a
 * conversation deletes its case file in the same transaction (transcript-db.ts).
 */
import { normaliseCaseFile, type CaseFile } from '../core/case';
import { closeTranscriptDb, openTranscriptDb } from './transcript-db';

export async function getCaseFile(conversationId: string): Promise<CaseFile> {
  const stored: unknown = await (await openTranscriptDb()).get('cases', conversationId);
  return normaliseCaseFile(conversationId, stored);
}

export async function saveCaseFile(file: CaseFile): Promise<void> {
  const clean = normaliseCaseFile(file.conversationId, file);
  await (await openTranscriptDb()).put('cases', { ...clean });
}

/** For tests: forget the cached connection (and close it). */
export function closeCaseStore(): Promise<void> {
  return closeTranscriptDb();
}

/** Every stored case file (for "export everything"). */
export async function listCaseFiles(): Promise<CaseFile[]> {
  const all: unknown[] = await (await openTranscriptDb()).getAll('cases');
  return all.flatMap((v) => {
    const id = (v as { conversationId?: unknown } | null)?.conversationId;
    return typeof id === 'string' ? [normaliseCaseFile(id, v)] : [];
  });
}

/**
 * Case files from a backup, for conversations that exist here; a stored one that was changed
 * later than the backup's is kept. Returns how many were written.
 */
export async function restoreCaseFiles(files: readonly CaseFile[]): Promise<number> {
  const db = await openTranscriptDb();
  const tx = db.transaction(['conversations', 'cases'], 'readwrite');
  let written = 0;
  for (const file of files) {
    if (!(await tx.objectStore('conversations').getKey(file.conversationId))) continue;
    const stored = normaliseCaseFile(file.conversationId, await tx.objectStore('cases').get(file.conversationId));
    if (stored.updatedAt >= file.updatedAt && stored.updatedAt > 0) continue;
    await tx.objectStore('cases').put({ ...normaliseCaseFile(file.conversationId, file) });
    written++;
  }
  await tx.done;
  return written;
}

/** Removes every case file ("delete everything"). */
export async function clearCaseFiles(): Promise<void> {
  await (await openTranscriptDb()).clear('cases');
}
