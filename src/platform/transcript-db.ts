/**
 * The transcript database: IndexedDB in the extension's own origin, opened only here (never from
 * a content script, where it would be the website's storage). Background and extension pages
 * call these repository functions; they return shared/ types.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ConversationRecord, MessageRecord } from '../shared/transcript-types';

export const DB_NAME = 'parley';
/** Bump with a new case in `upgrade` (which falls through every version). */
export const DB_VERSION = 1;

export interface ParleyDB extends DBSchema {
  conversations: {
    key: string;
    value: ConversationRecord;
    indexes: { lastActivityAt: number; site: string; siteWidget: [string, string, number] };
  };
  messages: {
    key: [string, number];
    value: MessageRecord;
    indexes: { conversationKey: [string, string] };
  };
}

let dbPromise: Promise<IDBPDatabase<ParleyDB>> | null = null;

export function upgradeSchema(db: IDBPDatabase<ParleyDB>, oldVersion: number): void {
  // Falls through on purpose: a database at version N runs every step after N.
  switch (oldVersion) {
    case 0: {
      const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
      conversations.createIndex('lastActivityAt', 'lastActivityAt');
      conversations.createIndex('site', 'site');
      conversations.createIndex('siteWidget', ['site', 'widget', 'lastActivityAt']);
      const messages = db.createObjectStore('messages', { keyPath: ['conversationId', 'seq'] });
      messages.createIndex('conversationKey', ['conversationId', 'key'], { unique: true });
    }
  }
}

export function openTranscriptDb(): Promise<IDBPDatabase<ParleyDB>> {
  dbPromise ??= openDB<ParleyDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion) => upgradeSchema(db, oldVersion),
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

/** Conversations, newest activity first. Records that do not look like conversations are skipped. */
export async function listConversations(limit = Infinity): Promise<{ conversations: ConversationRecord[]; skipped: number }> {
  const db = await openTranscriptDb();
  const conversations: ConversationRecord[] = [];
  let skipped = 0;
  let cursor = await db.transaction('conversations').store.index('lastActivityAt').openCursor(null, 'prev');
  while (cursor && conversations.length < limit) {
    if (isConversation(cursor.value)) conversations.push(cursor.value);
    else skipped++;
    cursor = await cursor.continue();
  }
  return { conversations, skipped };
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
  for (const record of [...added, ...updated]) void messages.put(record);
  void tx.objectStore('conversations').put(conversation);
  await tx.done;
}

export async function deleteConversations(ids: string[]): Promise<number> {
  const db = await openTranscriptDb();
  const tx = db.transaction(['conversations', 'messages'], 'readwrite');
  let deleted = 0;
  for (const id of ids) {
    if (!(await tx.objectStore('conversations').getKey(id))) continue;
    await tx.objectStore('conversations').delete(id);
    await tx.objectStore('messages').delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    deleted++;
  }
  await tx.done;
  return deleted;
}

function isConversation(value: unknown): value is ConversationRecord {
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
