import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import {
  DB_NAME,
  DB_VERSION,
  commitMessages,
  deleteConversations,
  getMessages,
  listConversations,
  openTranscriptDb,
} from '../../../src/platform/transcript-db';
import type { ConversationRecord } from '../../../src/shared/transcript-types';

const conversation = (id: string, lastActivityAt: number): ConversationRecord => ({
  id,
  site: 'https://shop.example',
  url: 'https://shop.example/help',
  title: 'Help',
  widget: 'generic',
  startedAt: 1,
  lastActivityAt,
  messageCount: 1,
  headHash: 'h',
});

describe('the transcript database', () => {
  it('creates the current schema from nothing', async () => {
    const db = await openTranscriptDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['cases', 'conversations', 'messages']);
  });

  it('lists conversations newest first', async () => {
    for (const [id, at] of [['a', 10], ['b', 30], ['c', 20]] as const) {
      await commitMessages(conversation(id, at), null, [], []);
    }
    const { conversations } = await listConversations();
    expect(conversations.map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });

  it('skips a corrupted record instead of breaking the list', async () => {
    await commitMessages(conversation('good', 5), null, [], []);
    const raw = await openDB(DB_NAME, DB_VERSION);
    await raw.put('conversations', { id: 'bad', lastActivityAt: 9, site: 42 });
    raw.close();
    const { conversations, skipped } = await listConversations();
    expect(conversations.map((c) => c.id)).toEqual(['good']);
    expect(skipped).toBe(1);
  });

  it('refuses a write whose chain head moved meanwhile, and writes nothing', async () => {
    await commitMessages(conversation('x', 1), null, [], []);
    const message = { conversationId: 'x', seq: 0, key: 'k', author: 'customer' as const, text: 'hi', at: 1, hash: 'n' };
    await expect(commitMessages({ ...conversation('x', 2), headHash: 'n' }, 'stale', [message], [])).rejects.toThrow('changed');
    expect(await getMessages('x')).toEqual([]);
  });

  it('deletes conversations with their messages', async () => {
    const message = { conversationId: 'x', seq: 0, key: 'k', author: 'customer' as const, text: 'hi', at: 1, hash: 'n' };
    await commitMessages(conversation('x', 1), null, [message], []);
    expect(await deleteConversations(['x', 'missing'])).toBe(1);
    expect(await getMessages('x')).toEqual([]);
    expect((await listConversations()).conversations).toEqual([]);
  });
});
