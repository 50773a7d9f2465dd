/**
 * Fuzzing the tone engine (issues 3 and 9): random Unicode built from the pieces that break
 * text code — emoji and ZWJ sequences, combining marks, right-to-left text, lone surrogates, NUL
 * and control characters, full-width forms, ligatures, quotes, digits, hostile words in several
 * scripts — must never make `analyze` throw, and every finding must point at a valid span of
 * the original text that does not split a surrogate pair. Seeded, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/tone/index';
import { LANGS } from '../../../src/core/tone/types';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '👩‍👩‍👧', '🤬', '👍🏽', '\u200d', '\u200b', 'e\u0301', '\u0301\u0301\u0301', 'שלום', 'مرحبا', '\u202e', '\u202c',
  '\ud800', '\udfff', '\u0000', '\u0007', '\r\n', '\t', 'ＹＯＵ ＩＤＩＯＴ', 'ﬁne', 'Ⅻ', '！', '‼', '？！', '¡', '¿',
  '"', '“', '”', '«', '»', '「', '」', "'", ' ', '  ', '.', '...', '!!!', 'ASS-4411', 'https://x.example/a?b=1',
  'me@x.example', 'idiot', 'IDIOT', '1d10t', 'f***', 'sh!t', 'Scunthorpe', 'you people', 'not saying you are stupid',
  'Idioten', 'debilovia', 'idiotai', 'ばか', 'ふざけるな', 'connards', 'inútiles', 'WHERE IS MY ORDER', 'chargeback',
];

function randomText(r: () => number): string {
  const n = Math.floor(r() * 40);
  let out = '';
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.6) out += PIECES[Math.floor(r() * PIECES.length)];
    else if (roll < 0.9) out += String.fromCharCode(Math.floor(r() * 0xffff));
    else out += String.fromCodePoint(0x10000 + Math.floor(r() * 0xfffff));
  }
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('tone engine fuzzing', () => {
  it('never throws and gives valid, whole-character spans on 400 random texts', () => {
    const r = rng(20261123);
    const problems: string[] = [];
    for (let i = 0; i < 400; i++) {
      const text = randomText(r);
      const lang = r() < 0.5 ? undefined : LANGS[Math.floor(r() * LANGS.length)];
      let findings;
      try {
        findings = analyze(text, { lang, sensitivity: 'high', history: { customerSends: [0, 1, 2, 3], agentReplies: [] }, now: 4 }).findings;
      } catch (error) {
        problems.push(`#${i} threw ${String(error)} on ${JSON.stringify(text)}`);
        continue;
      }
      for (const f of findings) {
        const ok = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= text.length;
        const splits = ok && ((f.start > 0 && isLow(text.charCodeAt(f.start)) && isHigh(text.charCodeAt(f.start - 1))) || (f.end < text.length && isLow(text.charCodeAt(f.end)) && isHigh(text.charCodeAt(f.end - 1))));
        if (!ok || splits) problems.push(`#${i} ${f.rule} [${f.start}, ${f.end}) on ${JSON.stringify(text)}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  }, 120_000);
});
