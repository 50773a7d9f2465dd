/**
 * The transcript database's schema and its migrations. Each version has its own step, kept
 * forever: a browser may still hold a database written by any earlier Parley. Each step is
 * tested by building a database with the steps before it, filling it with records of that
 * version, and opening it with the current code (tests/unit/storage/migrations.test.ts).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ConversationRecord, MessageRecord } from '../shared/transcript-types';

export const DB_NAME = 'parley';
/** Bump with a new step in `upgradeSchema` (which falls through every version). */
export const DB_VERSION = 2;

/**
 * A case file as the `cases` store keeps it: keyed by the conversation it belongs to. Its fields
 * are the sidebar's business (src/core/case); the database only needs the key.
 */
export interface CaseRecord {
  conversationId: string;
  [field: string]: unknown;
}

export interface ParleyDB extends DBSchema {
  conversations: {
    key: string;
    value: ConversationRecord;
    indexes: {
      lastActivityAt: number;
      site: string;
      siteWidget: [string, string, number];
      /** v2: one site's conversations, newest first (the popup's list filtered by site). */
      siteActivity: [string, number];
    };
  };
  messages: {
    key: [string, number];
    value: MessageRecord;
    indexes: { conversationKey: [string, string] };
  };
  /** v2: case files, one per conversation, stored locally only (never synced). */
  cases: { key: string; value: CaseRecord };
}

type Db = IDBPDatabase<ParleyDB>;
type UpgradeTx = IDBPTransaction<ParleyDB, StoreNames<ParleyDB>[], 'versionchange'>;

/** Version 1: conversations and messages. */
export function createVersion1(db: Db): void {
  const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
  conversations.createIndex('lastActivityAt', 'lastActivityAt');
  conversations.createIndex('site', 'site');
  conversations.createIndex('siteWidget', ['site', 'widget', 'lastActivityAt']);
  const messages = db.createObjectStore('messages', { keyPath: ['conversationId', 'seq'] });
  messages.createIndex('conversationKey', ['conversationId', 'key'], { unique: true });
}

/**
 * Version 2: the `cases` store, a by-site-newest-first index, and every conversation linked to
 * its case file. Case files are keyed by conversation id, so the link of an existing
 * conversation is its own id. Runs inside the upgrade transaction: if anything fails the whole
 * upgrade is rolled back and the database stays at version 1, records untouched.
 */
export async function migrateToVersion2(db: Db, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('cases', { keyPath: 'conversationId' });
  const conversations = tx.objectStore('conversations');
  conversations.createIndex('siteActivity', ['site', 'lastActivityAt']);
  let cursor = await conversations.openCursor();
  while (cursor) {
    const record = cursor.value as Partial<ConversationRecord> | null;
    // Only well-formed records are touched; the list skips and counts malformed ones.
    if (record && typeof record.id === 'string' && record.caseId === undefined) {
      await cursor.update({ ...(record as ConversationRecord), caseId: record.id });
    }
    cursor = await cursor.continue();
  }
}

export function upgradeSchema(db: Db, oldVersion: number, tx: UpgradeTx): void {
  // Every step after the stored version runs, in order (a switch that falls through, written
  // as ifs because the compiler forbids non-empty fallthrough cases).
  if (oldVersion < 1) createVersion1(db);
  if (oldVersion < 2) {
    // Not awaited: the upgrade transaction stays open while the step's requests run, and the
    // database opens only once the transaction (with this step) has committed.
    migrateToVersion2(db, tx).catch(() => abortQuietly(tx));
  }
}

function abortQuietly(tx: UpgradeTx): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failing request: the database stays at the older version.
  }
}
