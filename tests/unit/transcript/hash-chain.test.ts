import { describe, expect, it } from 'vitest';
import {
  buildChain,
  chainHash,
  chainPreimage,
  verifyChain,
  type ChainInput,
  type ChainedMessage,
} from '../../../src/core/transcript/hash-chain';

const T0 = Date.UTC(2025, 0, 5, 10, 0, 0);
const messages: ChainInput[] = [
  { author: 'customer', at: T0, text: 'Hello, my order never arrived.' },
  { author: 'agent', at: T0 + 60_000, text: 'Sorry to hear that. Order number?' },
  { author: 'customer', at: T0 + 120_000, text: '12345' },
  { author: 'agent', at: T0 + 180_000, text: 'Refund issued.' },
];

async function chained(list: ChainInput[] = messages): Promise<ChainedMessage[]> {
  const hashes = await buildChain(list);
  return list.map((m, i) => ({ ...m, hash: hashes[i] ?? '' }));
}

describe('chain encoding', () => {
  it('hashes the JSON array [prev, author, at, text] as UTF-8', async () => {
    const bytes = chainPreimage('', { author: 'agent', at: 1.9, text: 'a"b' });
    expect(new TextDecoder().decode(bytes)).toBe('["","agent",1,"a\\"b"]');
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('["","agent",1,"a\\"b"]'));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(await chainHash('', { author: 'agent', at: 1.9, text: 'a"b' })).toBe(hex);
  });

  it('keeps field boundaries unambiguous', async () => {
    const a = await chainHash('', { author: 'agent', at: 1, text: 'x","y' });
    const b = await chainHash('', { author: 'agent","x', at: 1, text: 'y' });
    expect(a).not.toBe(b);
  });

  it('gives the same hash to a time that went through an ISO string', async () => {
    const at = T0 + 123;
    const back = Date.parse(new Date(at).toISOString());
    expect(await chainHash('p', { author: 'agent', at: back, text: 't' })).toBe(await chainHash('p', { author: 'agent', at, text: 't' }));
  });

  it('matches sha256sum of the documented preimage (a fixed vector)', async () => {
    expect(await chainHash('', { author: 'customer', at: 0, text: 'hi' })).toMatchInlineSnapshot(
      `"a5eb86196a0517a394cd3de2d625def3ec52ec9fba499ce7fb2042b37c171104"`,
    );
  });

  it('refuses a time that is not a finite number', () => {
    expect(() => chainPreimage('', { author: 'agent', at: Number.NaN, text: '' })).toThrow(RangeError);
  });

  it('uses the crypto.subtle it is given', async () => {
    let calls = 0;
    const subtle = {
      digest: (alg: string, data: BufferSource) => {
        calls++;
        return crypto.subtle.digest(alg, data);
      },
    } as SubtleCrypto;
    await chainHash('', messages[0] as ChainInput, subtle);
    expect(calls).toBe(1);
  });
});

describe('buildChain', () => {
  it('links each hash to the previous one, from the genesis ""', async () => {
    const hashes = await buildChain(messages);
    expect(hashes).toHaveLength(4);
    expect(hashes[0]).toBe(await chainHash('', messages[0] as ChainInput));
    expect(hashes[1]).toBe(await chainHash(hashes[0] ?? '', messages[1] as ChainInput));
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it('continues from a given head', async () => {
    const all = await buildChain(messages);
    const tail = await buildChain(messages.slice(2), all[1]);
    expect(tail).toEqual(all.slice(2));
  });
});

describe('verifyChain', () => {
  it('accepts an untouched chain and its head', async () => {
    const list = await chained();
    expect(await verifyChain(list, { head: list.at(-1)?.hash })).toEqual({ ok: true });
    expect(await verifyChain([])).toEqual({ ok: true });
    expect(await verifyChain([], { head: '' })).toEqual({ ok: true });
  });

  it.each([
    ['text', (m: ChainedMessage) => ({ ...m, text: 'Refund refused.' })],
    ['author', (m: ChainedMessage) => ({ ...m, author: 'customer' })],
    ['time', (m: ChainedMessage) => ({ ...m, at: m.at + 1000 })],
    ['hash', (m: ChainedMessage) => ({ ...m, hash: 'f'.repeat(64) })],
  ])('names the first altered message when its %s changes', async (_field, alter) => {
    const list = await chained();
    list[3] = alter(list[3] as ChainedMessage);
    expect(await verifyChain(list)).toEqual({ ok: false, index: 3, reason: 'hash-mismatch' });
    list[1] = alter(list[1] as ChainedMessage);
    expect(await verifyChain(list)).toEqual({ ok: false, index: 1, reason: 'hash-mismatch' });
  });

  it('names the first message out of place when two are swapped', async () => {
    const list = await chained();
    [list[1], list[2]] = [list[2] as ChainedMessage, list[1] as ChainedMessage];
    expect(await verifyChain(list)).toEqual({ ok: false, index: 1, reason: 'hash-mismatch' });
  });

  it('names the message after a deleted one', async () => {
    const list = await chained();
    list.splice(1, 1);
    expect(await verifyChain(list)).toEqual({ ok: false, index: 1, reason: 'hash-mismatch' });
  });

  it('names an inserted message', async () => {
    const list = await chained();
    list.splice(2, 0, { author: 'agent', at: T0 + 90_000, text: 'You agreed to no refund.', hash: list[1]?.hash ?? '' });
    expect(await verifyChain(list)).toEqual({ ok: false, index: 2, reason: 'hash-mismatch' });
  });

  it('notices messages cut off at the end through the head', async () => {
    const list = await chained();
    const head = list.at(-1)?.hash;
    expect(await verifyChain(list.slice(0, 3), { head })).toEqual({ ok: false, index: 3, reason: 'head-mismatch' });
  });
});

describe('the documented example (src/core/export/format-v1.md)', () => {
  it('hashes the first message as the document says', async () => {
    expect(await chainHash('', { author: 'customer', at: Date.parse('2025-01-05T10:30:00.000Z'), text: 'Hello' })).toBe(
      '9f17dcbd150ec88be5fd92a14ee616aea85ef6328bbe60c652313b68ba5e7a7a',
    );
  });
});
