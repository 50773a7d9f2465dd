import { describe, expect, it } from 'vitest';
import { appendToConversation } from '../../../src/background/transcripts';
import { verifyChain } from '../../../src/core/transcript/hash-chain';
import { SESSION_GAP_MS } from '../../../src/core/session/assign';
import { getMessages, listConversations } from '../../../src/platform/transcript-db';
import type { CapturedMessage } from '../../../src/shared/transcript-types';

const msg = (key: string, text: string, author: CapturedMessage['author'] = 'customer', extra: Partial<CapturedMessage> = {}): CapturedMessage => ({
  key,
  author,
  text,
  seenAt: 1_000,
  ...extra,
});
const input = (messages: CapturedMessage[], snapshot = false) => ({
  widget: 'generic',
  topUrl: 'https://shop.example/orders/1',
  title: 'Order 1',
  snapshot,
  messages,
});

describe('appending captured messages', () => {
  it('stores a batch in order with a valid hash chain', async () => {
    const r = await appendToConversation(input([msg('a', 'Hello', 'agent'), msg('b', 'My order is late')], true), 5_000);
    expect(r).toMatchObject({ stored: 2, messageCount: 2 });
    const stored = await getMessages(r.conversationId);
    expect(stored.map((m) => m.text)).toEqual(['Hello', 'My order is late']);
    expect(await verifyChain(stored)).toEqual({ ok: true });
  });

  it('continues the same conversation after a reload and adds no duplicates', async () => {
    const first = await appendToConversation(input([msg('a', 'Hello', 'agent')], true), 5_000);
    const reload = await appendToConversation(input([msg('a', 'Hello', 'agent'), msg('b', 'Hi')], true), 9_000);
    expect(reload.conversationId).toBe(first.conversationId);
    expect(reload).toMatchObject({ stored: 1, messageCount: 2 });
    expect((await listConversations()).conversations).toHaveLength(1);
  });

  it('updates an optimistic message status instead of duplicating it', async () => {
    const r = await appendToConversation(input([msg('a', 'On my way', 'customer', { status: 'sending' })], true), 5_000);
    await appendToConversation(input([msg('a', 'On my way', 'customer', { status: 'sent' })]), 6_000);
    const stored = await getMessages(r.conversationId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.status).toBe('sent');
  });

  it('stores a message confirmed under the id the server gave it once', async () => {
    const r = await appendToConversation(input([msg('t:hello', 'Hello', 'agent', { after: '' }), msg('t:ok', 'Where is my parcel?', 'customer', { status: 'sending', after: 't:hello' })], true), 5_000);
    // The widget swaps the optimistic bubble for the server's, with its id.
    await appendToConversation(input([msg('id:srv-9', 'Where is my parcel?', 'customer', { status: 'sent', after: 't:hello' })]), 6_000);
    const stored = await getMessages(r.conversationId);
    expect(stored.map((m) => [m.key, m.text, m.status])).toEqual([
      ['t:hello', 'Hello', undefined],
      ['id:srv-9', 'Where is my parcel?', 'sent'],
    ]);
    expect(await verifyChain(stored)).toEqual({ ok: true });
  });

  it('starts a new conversation when the widget shows a fresh log', async () => {
    const first = await appendToConversation(input([msg('a', 'Hello', 'agent')], true), 5_000);
    const fresh = await appendToConversation(input([msg('z', 'Welcome back', 'agent')], true), 8_000);
    expect(fresh.conversationId).not.toBe(first.conversationId);
  });

  it('starts a new conversation after a long pause', async () => {
    const first = await appendToConversation(input([msg('a', 'Hello', 'agent')], true), 5_000);
    const later = await appendToConversation(input([msg('b', 'Another question')]), 5_000 + SESSION_GAP_MS + 1);
    expect(later.conversationId).not.toBe(first.conversationId);
  });

  it('puts history loaded on scroll before what was stored, re-chained in conversation order', async () => {
    const first = await appendToConversation(input([msg('c', 'Third', 'agent', { after: '' }), msg('d', 'Fourth', 'customer', { after: 'c' })], true), 5_000);
    await appendToConversation(input([msg('a', 'First', 'agent', { after: '' }), msg('b', 'Second', 'customer', { after: 'a' })]), 6_000);
    await appendToConversation(input([msg('e', 'Fifth', 'agent', { after: 'd' })]), 7_000);
    const stored = await getMessages(first.conversationId);
    expect(stored.map((m) => m.text)).toEqual(['First', 'Second', 'Third', 'Fourth', 'Fifth']);
    expect(stored.map((m) => m.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(await verifyChain(stored)).toEqual({ ok: true });
    expect((await listConversations()).conversations[0]!.headHash).toBe(stored[4]!.hash);
  });

  it('keeps the chain valid across concurrent batches for one conversation', async () => {
    const first = await appendToConversation(input([msg('a', 'Hello', 'agent')], true), 5_000);
    await Promise.all([
      appendToConversation(input([msg('b', 'one')]), 6_000),
      appendToConversation(input([msg('c', 'two')]), 6_000),
      appendToConversation(input([msg('d', 'three')]), 6_000),
    ]);
    const stored = await getMessages(first.conversationId);
    expect(stored.map((m) => m.key).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(await verifyChain(stored)).toEqual({ ok: true });
  });
});
