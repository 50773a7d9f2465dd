/**
 * Property test over random Unicode (issue 3 item 8, issue 9 item 5): emoji and ZWJ sequences,
 * combining marks, right-to-left text, lone surrogates, NUL, full-width forms, ligatures and
 * hostile words from every pack, mixed at random. `analyze` never throws, and every finding's
 * span lies inside the original text, is not empty and never cuts a surrogate pair in half.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/tone/engine';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';
import { LANGS, type AnalyzeOptions, type Lang } from '../../../src/core/tone/types';
import { rng } from '../fuzz/random';


const WORDS = ALL_PACKS.flatMap((p) => p.rules.flatMap((r) => r.examples.flag)).concat([
  'idiot', 'IDIOT', 'İDİOT', 'ｉｄｉｏｔ', 'ﬁne', 'ﬀ', 'ASS-4411', 'a$$hole', 'f***', 'sh!t', '1d10t', 'バカ', 'ク〇',
  'https://example.com/a?b=c', 'me@example.com', '„Zitat“', '「引用」', '> quoted line',
]);
const PIECES = [
  '!', '！', '‼', '⁉', '¡', '?!', '!!!', '？', '﹗', '❗', ' ', '\n', '\t', '.', '…', '"', '“', '”', '«', '»', "'", '’',
  '\u0000', '\ud800', '\udfff', '\udbff\udfff', '\u200d', '\u200b', '\u202e', '\u202c', '\ufeff', '\u0301', '\u0308\u0323',
  '👨\u200d👩\u200d👧', '🖕🏽', '🤬', '😡', '🙂', '🇸🇰', 'ẞ', 'ß', 'İ', 'ı', 'ǅ', 'ﬃ', 'Ⅻ', '㍿', '①', '𝐀𝐁𝐂', '𝔣𝔲𝔠𝔨',
  'مرحبا', 'שלום', 'ㄱ', '日本語', 'ｶﾀｶﾅ', 'ＡＢＣＤ', 'Ａ', 'ž', 'ą', 'ė', 'ų', 'Ł', 'ø', '\u0130\u0307',
];

function randomCodePoint(r: () => number): string {
  const pick = r();
  if (pick < 0.5) return String.fromCharCode(0x20 + Math.floor(r() * 0x5f));
  if (pick < 0.8) return String.fromCharCode(Math.floor(r() * 0x10000));
  return String.fromCodePoint(0x10000 + Math.floor(r() * 0x10000));
}

function randomText(r: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(r() * 40);
  for (let i = 0; i < n; i++) {
    const kind = r();
    if (kind < 0.3) parts.push(WORDS[Math.floor(r() * WORDS.length)] as string);
    else if (kind < 0.7) parts.push(PIECES[Math.floor(r() * PIECES.length)] as string);
    else if (kind < 0.8) parts.push(' ');
    else parts.push(randomCodePoint(r));
  }
  let text = parts.join(r() < 0.5 ? ' ' : '');
  if (r() < 0.2) text = text.toUpperCase();
  if (r() < 0.1) text = text.normalize('NFD');
  return text;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether offset i falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

const engine = createAnalyzer(ALL_PACKS);
const CASES = 3000;

describe('analyze on random Unicode', () => {
  it(`never throws and keeps every span valid (${CASES} seeded cases)`, () => {
    const r = rng(0x70e5eed);
    const problems: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const text = randomText(r);
      const options: AnalyzeOptions = { sensitivity: r() < 0.5 ? 'high' : 'normal' };
      if (r() < 0.5) options.lang = LANGS[Math.floor(r() * LANGS.length)] as Lang;
      if (r() < 0.2) options.history = { customerSends: [1, 2, 3], agentReplies: [] };
      if (r() < 0.2) options.now = 4;
      let findings;
      try {
        findings = engine.analyze(text, options).findings;
      } catch (error) {
        problems.push(`case ${i} threw ${String(error)} on ${JSON.stringify(text)}`);
        continue;
      }
      for (const f of findings) {
        const ok = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= text.length;
        if (!ok || splitsPair(text, f.start) || splitsPair(text, f.end)) {
          problems.push(`case ${i}: ${f.rule} [${f.start}, ${f.end}) in ${JSON.stringify(text)}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  }, 60_000);

  it('maps every span of a long NFD, full-width and ligature text inside its code points', () => {
    const r = rng(42);
    for (let i = 0; i < 200; i++) {
      const text = Array.from({ length: 30 }, () => randomText(r)).join(' ');
      for (const f of engine.analyze(text, { sensitivity: 'high' }).findings) {
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(splitsPair(text, f.start) || splitsPair(text, f.end), `${f.rule} ${JSON.stringify(text)}`).toBe(false);
      }
    }
  }, 60_000);
});
