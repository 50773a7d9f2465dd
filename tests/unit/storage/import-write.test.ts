import { describe, expect, it } from 'vitest';
import { commitMessages, ConcurrentWrite, getMessages } from '../../../src/platform/transcript-db';
import { writeMergedConversations } from '../../../src/platform/transcript-import';
import type { ConversationRecord, MessageRecord } from '../../../src/shared/transcript-types';

const record = (headHash: string, messageCount: number): ConversationRecord => ({ id: 'c', site: 's', url: '', title: '', widget: 'w', startedAt: 1, lastActivityAt: 1, messageCount, headHash });
const message = (seq: number, key: string): MessageRecord => ({ conversationId: 'c', seq, key, author: 'agent', text: key, at: seq, hash: `h${seq}` });

describe('writing an import', () => {
  it('replaces a conversation whole, even when keys move to other sequence numbers', async () => {
    await commitMessages(record('h1', 2), null, [message(0, 'a'), message(1, 'b')], []);
    await writeMergedConversations([{ conversation: record('h2', 3), messages: [message(0, 'x'), message(1, 'a'), message(2, 'b')] }], new Map([['c', 'h1']]));
    expect((await getMessages('c')).map((m) => m.key)).toEqual(['x', 'a', 'b']);
  });

  it('refuses, writing nothing, when a capture moved the chain head since the merge read it', async () => {
    await commitMessages(record('h0', 1), null, [message(0, 'a')], []);
    await expect(writeMergedConversations([{ conversation: record('h1', 2), messages: [message(0, 'a'), message(1, 'b')] }], new Map([['c', 'stale']]))).rejects.toBeInstanceOf(ConcurrentWrite);
    expect((await getMessages('c')).map((m) => m.key)).toEqual(['a']);
  });
});
