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
