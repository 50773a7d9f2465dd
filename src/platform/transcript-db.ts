/**
 * The transcript database: IndexedDB in the extension's own origin, opened only here (never from
 * a content script, where it would be the website's storage). Background and extension pages
 * call these repository functions; they return shared/ types.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { ConversationRecord, MessageRecord } from '../shared/transcript-types';
import { DB_NAME, DB_VERSION, upgradeSchema, type ParleyDB } from './transcript-schema';

export { DB_NAME, DB_VERSION, upgradeSchema, type ParleyDB } from './transcript-schema';

let dbPromise: Promise<IDBPDatabase<ParleyDB>> | null = null;

export function openTranscriptDb(): Promise<IDBPDatabase<ParleyDB>> {
  dbPromise ??= openDB<ParleyDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgradeSchema(db, oldVersion, tx),
    blocking: (_current, _next, event) => {
      // Another context needs a newer schema: close so its upgrade can run.
      (event.target as IDBDatabase).close();
      dbPromise = null;
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

/** For tests: forget the cached connection (and close it). */
export async function closeTranscriptDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}

/**
 * Conversations, newest activity first. Records that do not look like conversations are
 * skipped. The whole list is read with one getAll (far faster than a cursor step per record);
 * a limited list walks the index backwards and stops early.
 */
export async function listConversations(limit = Infinity): Promise<{ conversations: ConversationRecord[]; skipped: number }> {
  const db = await openTranscriptDb();
  const index = db.transaction('conversations').store.index('lastActivityAt');
  const conversations: ConversationRecord[] = [];
  let skipped = 0;
  const take = (value: unknown) => (isConversation(value) ? conversations.push(value) : skipped++);
  if (limit === Infinity) {
    const all = await index.getAll();
    for (let i = all.length - 1; i >= 0; i--) take(all[i]);
    return { conversations, skipped };
  }
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && conversations.length < limit) {
    take(cursor.value);
    cursor = await cursor.continue();
  }
  return { conversations, skipped };
}

export async function countConversations(): Promise<number> {
  return (await openTranscriptDb()).count('conversations');
}

export async function getConversation(id: string): Promise<ConversationRecord | undefined> {
  const value = await (await openTranscriptDb()).get('conversations', id);
  return value && isConversation(value) ? value : undefined;
}

/** The most recently active conversation for a site's widget. */
export async function latestConversation(site: string, widget: string): Promise<ConversationRecord | undefined> {
  const db = await openTranscriptDb();
  const range = IDBKeyRange.bound([site, widget, -Infinity], [site, widget, Infinity]);
  const cursor = await db.transaction('conversations').store.index('siteWidget').openCursor(range, 'prev');
  return cursor?.value;
}

export async function getMessages(conversationId: string): Promise<MessageRecord[]> {
  const db = await openTranscriptDb();
  const range = IDBKeyRange.bound([conversationId, -Infinity], [conversationId, Infinity]);
  return db.getAll('messages', range);
}

/** Which of these capture keys the conversation already holds, with the stored records. */
export async function findByKeys(conversationId: string, keys: string[]): Promise<Map<string, MessageRecord>> {
  const db = await openTranscriptDb();
  const index = db.transaction('messages').store.index('conversationKey');
  const found = new Map<string, MessageRecord>();
  await Promise.all(
    keys.map(async (key) => {
      const record = await index.get([conversationId, key]);
      if (record) found.set(key, record);
    }),
  );
  return found;
}

export class ConcurrentWrite extends Error {}

/**
 * Writes new messages and status updates in ONE transaction. `expectedHead` is the chain head
 * the new hashes were computed on; if another write moved it meanwhile, nothing is written and
 * ConcurrentWrite is thrown so the caller can recompute and retry.
 */
export async function commitMessages(
  conversation: ConversationRecord,
  expectedHead: string | null,
  added: MessageRecord[],
  updated: MessageRecord[],
): Promise<void> {
  const db = await openTranscriptDb();
  const tx = db.transaction(['conversations', 'messages'], 'readwrite');
  const current = await tx.objectStore('conversations').get(conversation.id);
  if ((current?.headHash ?? null) !== expectedHead) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new ConcurrentWrite(`conversation ${conversation.id} changed`);
  }
  const messages = tx.objectStore('messages');
  // In chain order: a record moved down by history put before it is written after the record
  // that takes its old place, so no two records hold one capture key at any step.
  for (const record of [...added, ...updated].sort((a, b) => a.seq - b.seq)) void messages.put(record);
  void tx.objectStore('conversations').put(conversation);
  await tx.done;
}

/** Deletes conversations with their messages and case files, all in one transaction. */
export async function deleteConversations(ids: string[]): Promise<number> {
  const db = await openTranscriptDb();
  const tx = db.transaction(['conversations', 'messages', 'cases'], 'readwrite');
  let deleted = 0;
  for (const id of ids) {
    if (!(await tx.objectStore('conversations').getKey(id))) continue;
    await tx.objectStore('conversations').delete(id);
    await tx.objectStore('messages').delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    await tx.objectStore('cases').delete(id);
    deleted++;
  }
  await tx.done;
  return deleted;
}

export function isConversation(value: unknown): value is ConversationRecord {
  const v = value as Partial<ConversationRecord> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.site === 'string' &&
    typeof v.lastActivityAt === 'number' &&
    typeof v.messageCount === 'number'
  );
}
