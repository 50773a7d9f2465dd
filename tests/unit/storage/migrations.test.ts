/**
 * Each migration tested from real data of the version before it: a database is built with the
 * earlier version's own upgrade code, filled with records of that version, then opened by the
 * current code.
 */
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { verifyChain, chainHash } from '../../../src/core/transcript/hash-chain';
import { createVersion1, DB_NAME, DB_VERSION, type ParleyDB } from '../../../src/platform/transcript-schema';
import { getMessages, listConversations, openTranscriptDb } from '../../../src/platform/transcript-db';
import type { MessageRecord } from '../../../src/shared/transcript-types';

/** A conversation as version 1 wrote it: no caseId. */
const v1Conversation = (id: string, lastActivityAt: number, site = 'https://shop.example') => ({
  id,
  site,
  url: `${site}/help`,
  title: 'Help',
  widget: 'generic',
  startedAt: lastActivityAt - 60_000,
  lastActivityAt,
  messageCount: 2,
  headHash: '',
});

async function v1Messages(conversationId: string): Promise<MessageRecord[]> {
  const out: MessageRecord[] = [];
  let prev = '';
  const raw = [
    { author: 'customer' as const, text: 'My order never came', at: 1_000, attachments: ['photo.jpg (image, 2 MB)'] },
    { author: 'agent' as const, text: 'Sorry to hear that', at: 2_000, name: 'Mia' },
  ];
  for (const [seq, m] of raw.entries()) {
    prev = await chainHash(prev, m);
    out.push({ conversationId, seq, key: `k${seq}`, ...m, hash: prev });
  }
  return out;
}

async function buildVersion1(): Promise<void> {
  const db = await openDB<ParleyDB>(DB_NAME, 1, { upgrade: (d) => createVersion1(d) });
  for (const [id, at] of [['a', 10_000], ['b', 30_000], ['c', 20_000]] as const) {
    const messages = await v1Messages(id);
    await db.put('conversations', { ...v1Conversation(id, at, id === 'b' ? 'https://other.example' : undefined), headHash: messages[1]!.hash });
    for (const m of messages) await db.put('messages', m);
  }
  // A malformed record a v1 build could have left behind must not stop the upgrade.
  await (db as unknown as { put(store: string, v: unknown): Promise<unknown> }).put('conversations', { id: 'broken', lastActivityAt: 5, site: 42 });
  db.close();
}

describe('migration v1 → v2', () => {
  it('is the current version', () => expect(DB_VERSION).toBe(2));

  it('keeps every v1 record, links each conversation to its case file, and adds the cases store', async () => {
    await buildVersion1();
    const db = await openTranscriptDb();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['cases', 'conversations', 'messages']);
    const { conversations, skipped } = await listConversations();
    expect(conversations.map((c) => [c.id, c.caseId])).toEqual([['b', 'b'], ['c', 'c'], ['a', 'a']]);
    expect(skipped).toBe(1);
    const messages = await getMessages('a');
    expect(messages).toEqual(await v1Messages('a'));
    expect(messages[0]!.attachments).toEqual(['photo.jpg (image, 2 MB)']);
    expect(await verifyChain(messages, { head: conversations[2]!.headHash })).toEqual({ ok: true });
  });

  it('indexes v1 conversations by site, newest first', async () => {
    await buildVersion1();
    const db = await openTranscriptDb();
    const range = IDBKeyRange.bound(['https://shop.example', -Infinity], ['https://shop.example', Infinity]);
    const ids = (await db.getAllFromIndex('conversations', 'siteActivity', range)).map((c) => c.id).reverse();
    expect(ids).toEqual(['c', 'a']);
  });

  it('keeps a caseId that is already set', async () => {
    const db1 = await openDB<ParleyDB>(DB_NAME, 1, { upgrade: (d) => createVersion1(d) });
    await db1.put('conversations', { ...v1Conversation('x', 1), caseId: 'case-7' });
    db1.close();
    const db = await openTranscriptDb();
    expect((await db.get('conversations', 'x'))?.caseId).toBe('case-7');
  });
});
