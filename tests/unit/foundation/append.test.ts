import { describe, expect, it } from 'vitest';
import { appendToConversation, type AppendResult } from '../../../src/background/transcripts';
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

/** A chain of messages as capture sends them: each names the one before it. */
function log(...messages: CapturedMessage[]): CapturedMessage[] {
  return messages.map((m, i) => ({ ...m, after: m.after ?? (i === 0 ? '' : messages[i - 1]!.key) }));
}

const input = (messages: CapturedMessage[], snapshot = false, conversationId?: string) => ({
  widget: 'generic',
  topUrl: 'https://shop.example/orders/1',
  title: 'Order 1',
  snapshot,
  messages,
  ...(conversationId ? { conversationId } : {}),
});

/** A browser tab as the background sees it: it remembers the conversation it writes to. */
class Tab {
  conversationId: string | undefined;

  async send(messages: CapturedMessage[], snapshot: boolean, now: number): Promise<AppendResult> {
    const result = await appendToConversation(input(messages, snapshot, this.conversationId), now);
    if (result.conversationId) this.conversationId = result.conversationId;
    return result;
  }

  /** A reload or the widget reopened: the tab keeps its conversation, the log is read anew. */
  bind(messages: CapturedMessage[], now: number): Promise<AppendResult> {
    return this.send(messages, true, now);
  }
}

const texts = async (conversationId: string) => (await getMessages(conversationId)).map((m) => `${m.author}: ${m.text}`);

describe('appending captured messages', () => {
  it('stores a batch in order with a valid hash chain', async () => {
    const r = await appendToConversation(input(log(msg('a', 'Hello', 'agent'), msg('b', 'My order is late')), true), 5_000);
    expect(r).toMatchObject({ stored: 2, messageCount: 2 });
    const stored = await getMessages(r.conversationId);
    expect(stored.map((m) => m.text)).toEqual(['Hello', 'My order is late']);
    expect(await verifyChain(stored)).toEqual({ ok: true });
  });

  it('continues the same conversation after a reload and adds no duplicates', async () => {
    const tab = new Tab();
    const first = await tab.bind(log(msg('a', 'Hello', 'agent'), msg('b', 'Hi')), 5_000);
    const reload = await tab.bind(log(msg('a', 'Hello', 'agent'), msg('b', 'Hi'), msg('c', 'Anyone there?')), 9_000);
    expect(reload.conversationId).toBe(first.conversationId);
    expect(reload).toMatchObject({ stored: 1, messageCount: 3 });
    // Reopened in another tab: the same log, the same conversation.
    const other = await new Tab().bind(log(msg('a', 'Hello', 'agent'), msg('b', 'Hi'), msg('c', 'Anyone there?')), 9_500);
    expect(other).toMatchObject({ conversationId: first.conversationId, stored: 0 });
    expect((await listConversations()).conversations).toHaveLength(1);
  });

  it('updates an optimistic message status instead of duplicating it', async () => {
    const tab = new Tab();
    const r = await tab.bind(log(msg('a', 'On my way', 'customer', { status: 'sending' })), 5_000);
    await tab.send([msg('a', 'On my way', 'customer', { status: 'sent', after: '' })], false, 6_000);
    const stored = await getMessages(r.conversationId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.status).toBe('sent');
  });

  it('stores a message confirmed under the id the server gave it once', async () => {
    const tab = new Tab();
    const r = await tab.bind(log(msg('t:hello', 'Hello', 'agent'), msg('t:ok', 'Where is my parcel?', 'customer', { status: 'sending' })), 5_000);
    // The widget swaps the optimistic bubble for the server's, with its id.
    await tab.send([msg('id:srv-9', 'Where is my parcel?', 'customer', { status: 'sent', after: 't:hello' })], false, 6_000);
    const stored = await getMessages(r.conversationId);
    expect(stored.map((m) => [m.key, m.text, m.status])).toEqual([
      ['t:hello', 'Hello', undefined],
      ['id:srv-9', 'Where is my parcel?', 'sent'],
    ]);
    expect(await verifyChain(stored)).toEqual({ ok: true });
  });

  it('starts a new conversation when the widget shows a fresh log', async () => {
    const tab = new Tab();
    const first = await tab.bind(log(msg('a', 'Hello', 'agent')), 5_000);
    const fresh = await tab.bind(log(msg('z', 'Welcome back', 'agent')), 8_000);
    expect(fresh.conversationId).not.toBe(first.conversationId);
  });

  it('starts a new conversation after a long pause, even when it opens with the same greeting', async () => {
    const tab = new Tab();
    const greeting = msg('t:>hi', 'Hi! How can we help?', 'agent');
    const first = await tab.bind(log(greeting, msg('q1', 'Where is order 1?')), 5_000);
    const later = await tab.bind(log(greeting, msg('q2', 'Can I return a lamp?')), 5_000 + SESSION_GAP_MS + 1);
    expect(later.conversationId).not.toBe(first.conversationId);
    expect(await texts(later.conversationId)).toEqual(['agent: Hi! How can we help?', 'customer: Can I return a lamp?']);
    // Live messages after the pause too.
    const live = await tab.send([msg('q3', 'Hello?', 'customer', { after: 'q2' })], false, 5_000 + 3 * SESSION_GAP_MS);
    expect([first.conversationId, later.conversationId]).not.toContain(live.conversationId);
  });

  it('does not continue a conversation that shares only the greeting and system notices', async () => {
    const greeting = msg('t:>hi', 'Hi! How can we help?', 'agent');
    const joined = msg('t:hi>joined', 'Lena joined the chat', 'system');
    const first = await new Tab().bind(log(greeting, joined, msg('q1', 'Where is order 1?'), msg('a1', 'It left today.', 'agent')), 5_000);
    const second = await new Tab().bind(log(greeting, joined, msg('q2', 'Can I return a lamp?')), 60_000);
    expect(second.conversationId).not.toBe(first.conversationId);
    expect(await texts(first.conversationId)).toHaveLength(4);
  });

  it('keeps one conversation while nobody has written past the greeting', async () => {
    const tab = new Tab();
    const greeting = log(msg('t:>hi', 'Hi! How can we help?', 'agent'));
    const first = await tab.bind(greeting, 5_000);
    const reload = await new Tab().bind(greeting, 9_000);
    expect(reload.conversationId).toBe(first.conversationId);
    expect((await listConversations()).conversations).toHaveLength(1);
  });

  it('starts a new conversation for a log that was empty when the widget was bound', async () => {
    const tab = new Tab();
    const first = await tab.bind(log(msg('a', 'Hello', 'agent'), msg('b', 'Where is order 1?')), 5_000);
    // Capture sends nothing for the empty log; the first messages written into it come as the
    // binding's first batch.
    expect(await tab.send([], true, 6_000)).toMatchObject({ conversationId: first.conversationId, stored: 0 });
    const fresh = await tab.bind(log(msg('c', 'I have a new question')), 7_000);
    expect(fresh.conversationId).not.toBe(first.conversationId);
    expect(await new Tab().send([], true, 7_500)).toEqual({ conversationId: '', stored: 0, messageCount: 0 });
  });

  it('keeps two tabs writing to their own conversations', async () => {
    const a = new Tab();
    const b = new Tab();
    const first = await a.bind(log(msg('a1', 'Hello, order 1?')), 5_000);
    const second = await b.bind(log(msg('b1', 'Hello, order 2?')), 6_000);
    expect(second.conversationId).not.toBe(first.conversationId);
    // Tab A writes on after tab B started: its own conversation, not the site's latest.
    await a.send([msg('a2', 'Still there?', 'customer', { after: 'a1' })], false, 7_000);
    await b.send([msg('b2', 'Thanks!', 'customer', { after: 'b1' })], false, 7_500);
    expect(await texts(first.conversationId)).toEqual(['customer: Hello, order 1?', 'customer: Still there?']);
    expect(await texts(second.conversationId)).toEqual(['customer: Hello, order 2?', 'customer: Thanks!']);
  });

  it('puts history loaded on scroll before what was stored, re-chained in conversation order', async () => {
    const tab = new Tab();
    const first = await tab.bind(log(msg('c', 'Third', 'agent'), msg('d', 'Fourth', 'customer')), 5_000);
    await tab.send(log(msg('a', 'First', 'agent'), msg('b', 'Second', 'customer')), false, 6_000);
    await tab.send([msg('e', 'Fifth', 'agent', { after: 'd' })], false, 7_000);
    const stored = await getMessages(first.conversationId);
    expect(stored.map((m) => m.text)).toEqual(['First', 'Second', 'Third', 'Fourth', 'Fifth']);
    expect(stored.map((m) => m.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(await verifyChain(stored)).toEqual({ ok: true });
    expect((await listConversations()).conversations[0]!.headHash).toBe(stored[4]!.hash);
  });

  it('puts history that repeats a stored text before it, keeping who wrote what', async () => {
    const tab = new Tab();
    const first = await tab.bind(log(msg('t:>ok', 'ok', 'customer', { seenAt: 1 }), msg('t:ok>later', 'later?', 'agent', { seenAt: 1 })), 5_000);
    await tab.send(log(msg('t:>ok#2', 'ok', 'agent', { seenAt: 2 }), msg('t:ok>earlier', 'earlier?', 'customer', { seenAt: 2 })), false, 6_000);
    const stored = await getMessages(first.conversationId);
    expect(stored.map((m) => `${m.author}: ${m.text} (${m.at})`)).toEqual(['agent: ok (2)', 'customer: earlier? (2)', 'customer: ok (1)', 'agent: later? (1)']);
    expect(await verifyChain(stored)).toEqual({ ok: true });
  });

  it('keeps the chain valid across concurrent batches for one conversation', async () => {
    const tab = new Tab();
    const first = await tab.bind(log(msg('a', 'Hello', 'agent')), 5_000);
    await Promise.all([
      tab.send([msg('b', 'one', 'customer', { after: 'a' })], false, 6_000),
      tab.send([msg('c', 'two', 'customer', { after: 'b' })], false, 6_000),
      tab.send([msg('d', 'three', 'customer', { after: 'c' })], false, 6_000),
    ]);
    const stored = await getMessages(first.conversationId);
    expect(stored.map((m) => m.text)).toEqual(['Hello', 'one', 'two', 'three']);
    expect(await verifyChain(stored)).toEqual({ ok: true });
  });
});
