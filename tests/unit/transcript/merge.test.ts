import { describe, expect, it } from 'vitest';
import { dedupeCaptured, mergeCaptured, mergeImported } from '../../../src/core/transcript/merge';
import { verifyChain } from '../../../src/core/transcript/hash-chain';
import type { StoredConversation } from '../../../src/core/transcript/stored-conversation';
import type { CapturedMessage, ConversationRecord } from '../../../src/shared/transcript-types';
import { sampleConversation } from '../../fixtures/transcripts/sample';

const T = 1_700_000_000_000;

function empty(id = 'c1'): StoredConversation {
  const conversation: ConversationRecord = {
    id,
    site: 'https://shop.example',
    url: 'https://shop.example/help',
    title: 'Help',
    widget: 'intercom',
    startedAt: T,
    lastActivityAt: T,
    messageCount: 0,
    headHash: '',
  };
  return { conversation, messages: [] };
}

const msg = (key: string, extra: Partial<CapturedMessage> = {}): CapturedMessage => ({
  key,
  author: 'agent',
  text: `text ${key}`,
  seenAt: T + Number(key.replace(/\D/g, '') || 0) * 1000,
  ...extra,
});

const keys = (c: StoredConversation): string[] => c.messages.map((m) => m.key);

async function expectValidChain(c: StoredConversation): Promise<void> {
  expect(await verifyChain(c.messages, { head: c.conversation.headHash })).toEqual({ ok: true });
  expect(c.messages.map((m) => m.seq)).toEqual(c.messages.map((_, i) => i));
  expect(c.conversation.messageCount).toBe(c.messages.length);
}

describe('mergeCaptured', () => {
  it('appending live messages one batch at a time gives exactly the records of one batch holding them all', async () => {
    const all = Array.from({ length: 8 }, (_, i) => msg(`m${i + 1}`, { after: i === 0 ? '' : `m${i}` }));
    const once = await mergeCaptured(empty(), all);
    let stepwise = await mergeCaptured(empty(), all.slice(0, 3));
    for (const m of all.slice(3)) {
      const next = await mergeCaptured(stepwise, [m]);
      expect(next.added.map((r) => r.key)).toEqual([m.key]);
      expect(next.updated).toEqual([]);
      stepwise = next;
    }
    expect(stepwise.messages).toEqual(once.messages);
    expect(stepwise.conversation).toEqual(once.conversation);
    await expectValidChain(stepwise);
  });

  it('stores a first batch in order with a valid chain', async () => {
    const r = await mergeCaptured(empty(), [msg('m1'), msg('m2'), msg('m3')]);
    expect(keys(r)).toEqual(['m1', 'm2', 'm3']);
    expect(r.added).toHaveLength(3);
    expect(r.updated).toEqual([]);
    expect(r.conversation.lastActivityAt).toBe(T + 3000);
    await expectValidChain(r);
  });

  it('ignores messages it already has, and duplicates inside a batch', async () => {
    const first = await mergeCaptured(empty(), [msg('m1'), msg('m2')]);
    const again = await mergeCaptured(first, [msg('m1'), msg('m2'), msg('m2'), msg('m3'), msg('m3')]);
    expect(keys(again)).toEqual(['m1', 'm2', 'm3']);
    expect(again.added.map((m) => m.key)).toEqual(['m3']);
    expect(again.updated).toEqual([]);
    expect(again.messages.slice(0, 2)).toEqual(first.messages);
    await expectValidChain(again);
  });

  it('updates the status of an optimistic message instead of duplicating it', async () => {
    const first = await mergeCaptured(empty(), [msg('m1'), msg('m2', { author: 'customer', status: 'sending' })]);
    const r = await mergeCaptured(first, [msg('m2', { author: 'customer', status: 'sent' })]);
    expect(keys(r)).toEqual(['m1', 'm2']);
    expect(r.added).toEqual([]);
    expect(r.updated).toEqual([{ ...first.messages[1], status: 'sent' }]);
    expect(r.conversation.headHash).toBe(first.conversation.headHash);
  });

  it('matches a confirmed message that got a new key to its optimistic copy', async () => {
    const first = await mergeCaptured(empty(), [msg('m1'), { ...msg('tmp-1'), author: 'customer', text: 'Where is it?', status: 'sending' }]);
    const r = await mergeCaptured(first, [{ ...msg('srv-9'), author: 'customer', text: 'Where is it?', status: 'sent' }]);
    expect(keys(r)).toEqual(['m1', 'srv-9']);
    expect(r.added).toEqual([]);
    expect(r.updated.map((m) => [m.key, m.status, m.seq, m.hash])).toEqual([['srv-9', 'sent', 1, first.messages[1]?.hash]]);
  });

  it('keeps the first time a message was seen and the last status within a batch', () => {
    const out = dedupeCaptured([msg('a', { seenAt: 5, status: 'sending' }), msg('a', { seenAt: 9, status: 'sent' })]);
    expect(out).toEqual([msg('a', { seenAt: 5, status: 'sent' })]);
  });

  it('prepends history loaded above the stored messages, in order, and rechains', async () => {
    const first = await mergeCaptured(empty(), [msg('m3'), msg('m4')]);
    const r = await mergeCaptured(first, [msg('m1'), msg('m2'), msg('m3'), msg('m4'), msg('m5')]);
    expect(keys(r)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(r.added.map((m) => m.key)).toEqual(['m1', 'm2', 'm5']);
    expect(r.updated.map((m) => [m.key, m.seq])).toEqual([
      ['m3', 2],
      ['m4', 3],
    ]);
    expect(r.conversation.startedAt).toBe(T);
    await expectValidChain(r);
  });

  it('fills a gap after the nearest known message', async () => {
    const first = await mergeCaptured(empty(), [msg('m1'), msg('m3')]);
    const r = await mergeCaptured(first, [msg('m1'), msg('m2'), msg('m3')]);
    expect(keys(r)).toEqual(['m1', 'm2', 'm3']);
    expect(r.updated.map((m) => m.key)).toEqual(['m3']);
    await expectValidChain(r);
  });

  it('appends a batch that shares nothing with what is stored', async () => {
    const first = await mergeCaptured(empty(), [msg('m1')]);
    const r = await mergeCaptured(first, [msg('m7'), msg('m8')]);
    expect(keys(r)).toEqual(['m1', 'm7', 'm8']);
    expect(r.updated).toEqual([]);
  });

  it('places messages by the message they follow, history loaded above first', async () => {
    const first = await mergeCaptured(empty(), [msg('m3', { after: '' }), msg('m4', { after: 'm3' })]);
    // Only the new messages come, each naming the one before it in the log.
    const r = await mergeCaptured(first, [msg('m1', { after: '' }), msg('m2', { after: 'm1' })]);
    expect(keys(r)).toEqual(['m1', 'm2', 'm3', 'm4']);
    const live = await mergeCaptured(r, [msg('m5', { after: 'm4' })]);
    expect(keys(live)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(live.updated).toEqual([]);
    await expectValidChain(live);
  });

  it('matches a page read again under other keys by the neighbours of its messages', async () => {
    const first = await mergeCaptured(empty(), [
      msg('k1', { text: 'Hello', after: '' }),
      msg('k2', { text: 'ok', author: 'customer', after: 'k1' }),
      msg('k3', { text: 'Shipped', after: 'k2' }),
      msg('k4', { text: 'ok', author: 'customer', after: 'k3' }),
    ]);
    // A reload that shows only the last three: the top one is keyed without its predecessor,
    // and the reader takes the customer's "ok" for the agent's this time.
    const r = await mergeCaptured(first, [
      msg('x2', { text: 'ok', author: 'agent', after: '' }),
      msg('k3', { text: 'Shipped', after: 'x2' }),
      msg('k4', { text: 'ok', author: 'customer', after: 'k3', status: 'sent' }),
      msg('k5', { text: 'ok', author: 'customer', after: 'k4' }),
    ]);
    expect(r.messages.map((m) => `${m.author}: ${m.text}`)).toEqual(['agent: Hello', 'customer: ok', 'agent: Shipped', 'customer: ok', 'customer: ok']);
    expect(keys(r)).toEqual(['k1', 'x2', 'k3', 'k4', 'k5']);
    expect(r.added.map((m) => m.key)).toEqual(['k5']);
    expect(r.updated.map((m) => [m.key, m.status])).toEqual([['x2', undefined], ['k4', 'sent']]);
    await expectValidChain(r);
  });

  it('adds a message with the same text as its stored neighbour when the log shows both', async () => {
    const first = await mergeCaptured(empty(), [msg('a', { text: 'Hi', after: '' }), msg('b', { text: 'ok', after: 'a' })]);
    const r = await mergeCaptured(first, [msg('b', { text: 'ok', after: 'a' }), msg('c', { text: 'ok', after: 'b' })]);
    expect(r.messages.map((m) => m.text)).toEqual(['Hi', 'ok', 'ok']);
  });
});

describe('mergeImported', () => {
  it('adds conversations it does not have', async () => {
    const sample = await sampleConversation();
    const r = await mergeImported([], [sample]);
    expect(r).toEqual({ changed: [sample], addedConversations: 1, addedMessages: 6 });
  });

  it('is idempotent: importing what is stored changes nothing', async () => {
    const sample = await sampleConversation();
    expect(await mergeImported([sample], [sample])).toEqual({ changed: [], addedConversations: 0, addedMessages: 0 });
    const once = await mergeImported([], [sample, sample]);
    expect(once.addedConversations).toBe(1);
    expect(once.changed).toHaveLength(1);
  });

  it('adds only the missing messages of a known conversation, keeping order and a valid chain', async () => {
    const full = await sampleConversation();
    const partial = await mergeCaptured(
      { ...full, messages: [], conversation: { ...full.conversation, messageCount: 0, headHash: '' } },
      full.messages.slice(2, 4).map((m) => ({ key: `local-${m.seq}`, author: m.author, text: m.text, seenAt: m.at })),
    );
    const r = await mergeImported([partial], [full]);
    expect(r.addedMessages).toBe(4);
    const [merged] = r.changed;
    expect(merged?.messages.map((m) => m.text)).toEqual(full.messages.map((m) => m.text));
    expect(merged?.messages.map((m) => m.key).slice(2, 4)).toEqual(['local-2', 'local-3']);
    await expectValidChain(merged as StoredConversation);
    expect(await mergeImported([merged as StoredConversation], [full])).toEqual({ changed: [], addedConversations: 0, addedMessages: 0 });
  });

  it('keeps identical repeated messages apart', async () => {
    const base = await mergeCaptured(empty(), [msg('a', { text: 'ok', seenAt: T }), msg('b', { text: 'ok', seenAt: T })]);
    const one = { ...base, messages: base.messages.slice(0, 1) };
    const r = await mergeImported([one], [base]);
    expect(r.addedMessages).toBe(1);
    expect(r.changed[0]?.messages.map((m) => m.text)).toEqual(['ok', 'ok']);
  });
});
