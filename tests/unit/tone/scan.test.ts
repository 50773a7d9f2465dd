import { describe, expect, it } from 'vitest';
import { RUN_MARKS, scanText } from '../../../src/core/tone/scan';
import { QUOTE_MARKS } from '../../../src/core/tone/context/quotes';
import { rng } from '../fuzz/random';

/**
 * The one pass over a message (scan.ts) lists what the neutral rules, the quote finder and the
 * whole-message rewrite read. Checked against a reference that walks the code points with
 * Unicode property expressions, on random mixes of cases, marks, scripts, emoji and punctuation.
 */
function reference(text: string) {
  const marks: number[] = [];
  const terminators: number[] = [];
  const quoteStops: number[] = [];
  let words = 0;
  let inWord = false;
  let firstSentenceEnd = -1;
  let firstSentenceWords = 0;
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    const letterOrNumber = /^[\p{L}\p{N}]$/u.test(ch);
    const mark = /^\p{M}$/u.test(ch);
    if (letterOrNumber || mark) {
      if (!inWord && letterOrNumber) {
        words++;
        inWord = true;
      }
    } else {
      inWord = false;
      if (RUN_MARKS.includes(ch)) marks.push(i);
      if ('.!?\n。！？'.includes(ch)) {
        terminators.push(i);
        if (firstSentenceEnd < 0 && words > 0) {
          firstSentenceEnd = i;
          firstSentenceWords = words;
        }
      }
      if (`\n>${QUOTE_MARKS}`.includes(ch)) quoteStops.push(i);
    }
    i += ch.length;
  }
  const mayShout = /\p{Lu}[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]|[\p{Lt}\p{Lm}\p{Lo}\p{M}]\p{Lu}/u.test(text);
  return { marks, terminators, quoteStops, words, firstSentenceEnd, firstSentenceWords: firstSentenceEnd < 0 ? words : firstSentenceWords, mayShout };
}

const PIECES = ['hello', 'world', 'STOP', 'Ok', 'a', 'I', 'Größe', 'ÉCOLE', 'e\u0301', 'E\u0301', '\u0301', 'ǅ', 'ふざけるな', 'ストップ', '日本', '𝐀𝐁', '𝐚', '🙂', '\ud800', ' ', '  ', '\n', '.', '!', '?', '!!', '‼', '⁉', '？', '！', '。', '¡', '¿', '"', '“', '”', '„', '«', '»', "'", '’', '>', '4411', '٣', ',', '—'];

describe('scanText', () => {
  it('lists marks, sentence ends, quote stops, words and whether capitals touch, as a reference walk does', () => {
    const r = rng(11);
    const texts = ['', 'plain text.', 'ALL CAPS HERE', 'one. two! three?', '> quoted\nline', ...PIECES];
    for (let k = 0; k < 500; k++) {
      const n = Math.floor(r() * 30);
      texts.push(Array.from({ length: n }, () => PIECES[Math.floor(r() * PIECES.length)]).join(r() < 0.5 ? '' : ' '));
    }
    for (const text of texts) {
      expect(scanText(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
