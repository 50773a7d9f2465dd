/**
 * Writing an import: what the stored side of a merge needs (the conversations the file names,
 * with their messages) and one transaction that writes the merged result with the case files
 * that came along. A conversation whose chain head moved since it was read (a capture landed
 * meanwhile) makes the write refuse, so the caller merges again rather than overwriting the
 * newer messages.
 */
import { normaliseCaseFile, type CaseFile } from '../core/case';
import type { StoredConversation } from '../core/transcript/stored-conversation';
import { ConcurrentWrite, isConversation, openTranscriptDb } from './transcript-db';

/** The stored conversations with these ids (unknown ids are left out), messages in chain order. */
export async function loadStoredConversations(ids: readonly string[]): Promise<StoredConversation[]> {
  const db = await openTranscriptDb();
  const tx = db.transaction(['conversations', 'messages']);
  const out: StoredConversation[] = [];
  for (const id of ids) {
    const conversation = await tx.objectStore('conversations').get(id);
    if (!isConversation(conversation)) continue;
    const messages = await tx.objectStore('messages').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    out.push({ conversation, messages });
  }
  return out;
}

/**
 * Writes merged conversations whole, in ONE transaction: each conversation's old messages are
 * replaced by the merged chain. `expectedHeads` maps a conversation id to the head it had when
 * read ('' or absent for a new one); any mismatch aborts everything with ConcurrentWrite.
 * `caseFiles` are stored in the same transaction, each only where its conversation has no case
 * file yet (one the user kept editing on this machine wins over the backup's); resolves to how
 * many were stored.
 */
export async function writeMergedConversations(
  changed: readonly StoredConversation[],
  expectedHeads: ReadonlyMap<string, string>,
  caseFiles: readonly CaseFile[] = [],
): Promise<number> {
  const db = await openTranscriptDb();
  const tx = db.transaction(['conversations', 'messages', 'cases'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const messages = tx.objectStore('messages');
  const cases = tx.objectStore('cases');
  for (const { conversation } of changed) {
    const current = await conversations.get(conversation.id);
    if ((current?.headHash ?? null) !== (expectedHeads.get(conversation.id) ?? null)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new ConcurrentWrite(`conversation ${conversation.id} changed during the import`);
    }
  }
  for (const { conversation, messages: list } of changed) {
    // Renumbered messages would collide with the unique (conversation, key) index mid-way:
    // clear the conversation's messages first, then write the merged chain.
    void messages.delete(IDBKeyRange.bound([conversation.id, -Infinity], [conversation.id, Infinity]));
    for (const m of list) void messages.put(m);
    void conversations.put(conversation);
  }
  let storedCaseFiles = 0;
  for (const file of caseFiles) {
    if ((await cases.getKey(file.conversationId)) !== undefined) continue;
    void cases.put({ ...normaliseCaseFile(file.conversationId, file) });
    storedCaseFiles++;
  }
  await tx.done;
  return storedCaseFiles;
}
