import { describe, expect, it } from 'vitest';
import { alignLog, type LogItem } from '../../../src/core/transcript/align-log';

const items = (...tokens: string[]): LogItem[] => tokens.map((token) => ({ token }));

/** mulberry32: a seeded generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('aligning a read log with what was seen', () => {
  it('matches a re-rendered log and leaves new messages at its end unmatched', () => {
    expect(alignLog(items('hi', 'ok', 'ok'), items('hi', 'ok', 'ok', 'ok'))).toEqual([0, 1, 2, -1]);
  });

  it('places a sliding window by its neighbours, not by repeated texts far away', () => {
    const known = items('a', 'ok', 'b', 'ok', 'ok', 'c', 'ok', 'ok', 'ok');
    // The window shows the last four known messages and two new "ok"s; "c ok ok ok" also fits
    // nowhere else, and "ok ok ok" alone would fit at 6.
    expect(alignLog(known, items('c', 'ok', 'ok', 'ok', 'ok', 'ok'))).toEqual([5, 6, 7, 8, -1, -1]);
  });

  it('does not take a new message at the top for an old one with the same text', () => {
    expect(alignLog(items('ok', 'later?'), items('ok', 'earlier?', 'ok', 'later?'))).toEqual([-1, -1, 0, 1]);
  });

  it('fills a gap between matches', () => {
    expect(alignLog(items('a', 'b', 'c', 'd'), items('a', 'b', 'x', 'c', 'd'))).toEqual([0, 1, -1, 2, 3]);
  });

  it('treats different clock times as different messages and a missing one as agreeing', () => {
    const known: LogItem[] = [{ token: 'ok', clock: '10:01' }, { token: 'ok', clock: '10:02' }];
    expect(alignLog(known, [{ token: 'ok', clock: '10:02' }, { token: 'ok', clock: '10:03' }])).toEqual([1, -1]);
    expect(alignLog(known, [{ token: 'ok' }, { token: 'ok', clock: '10:02' }])).toEqual([0, 1]);
  });

  it('keeps every message once, in order, while history loads above and messages arrive below', () => {
    const random = generator(20_240_601);
    for (let run = 0; run < 100; run++) {
      const vocabulary = 3 + Math.floor(random() * 40);
      const conversation = Array.from({ length: 120 }, () => (random() < 0.3 ? 'ok' : `w${Math.floor(random() * vocabulary)}`));
      // What the log showed so far, as indexes into the conversation, in the order the merge keeps.
      let seen: number[] = [];
      let top = 60;
      let bottom = 70;
      for (;;) {
        const shown = Array.from({ length: bottom - top }, (_, i) => top + i);
        const match = alignLog(
          seen.map((n) => ({ token: conversation[n]! })),
          shown.map((n) => ({ token: conversation[n]! })),
        );
        // Matched messages must be the same ones; unmatched ones must be new.
        const known = new Set(seen);
        const wrong = shown.filter((n, i) => (match[i] === -1 ? known.has(n) : seen[match[i]!] !== n));
        if (wrong.length > 0) expect({ run, top, bottom, wrong }).toEqual({ run, top, bottom, wrong: [] });
        seen = [...new Set([...seen, ...shown])].sort((x, y) => x - y);
        if (top === 0 && bottom === conversation.length) break;
        if (random() < 0.5 && top > 0) top = Math.max(0, top - 1 - Math.floor(random() * 10));
        else if (bottom < conversation.length) bottom++;
        else top = Math.max(0, top - 10);
      }
    }
  });
});
