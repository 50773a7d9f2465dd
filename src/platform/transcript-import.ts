/**
 * Writing an import: what the stored side of a merge needs (the conversations the file names,
 * with their messages) and one transaction that writes the merged result. A conversation whose
 * chain head moved since it was read (a capture landed meanwhile) makes the write refuse, so
 * the caller merges again rather than overwriting the newer messages.
 */
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
 */
export async function writeMergedConversations(changed: readonly StoredConversation[], expectedHeads: ReadonlyMap<string, string>): Promise<void> {
  const db = await openTranscriptDb();
  const tx = db.transaction(['conversations', 'messages'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const messages = tx.objectStore('messages');
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
  await tx.done;
}
