import type { Finding } from '../types';
import type { NeutralContext } from './context';
import { makeFinding } from '../finding';
import { NEUTRAL_TEXT } from '../neutral-text';
import { classAt, MARK, OTHER, pairAt, unitClasses } from '../chars';

/**
 * Rambling: more than ~120 words or ~700 characters, or a first sentence over 40 words (the
 * request should come first). Thresholds come from the pack; languages written without spaces
 * (Japanese) are judged by characters only.
 */
const DEFAULTS = { maxWords: 120, maxChars: 700, firstSentenceWords: 40 };
const SENTENCE_END = /[.!?。！？\n]/;

export function length(ctx: NeutralContext): Finding[] {
  const limits = { ...DEFAULTS, ...ctx.pack?.length };
  const byChars = ctx.pack?.boundary === 'substring' || ctx.lang === 'ja';
  const text = ctx.text;
  const trimmedEnd = text.trimEnd().length;
  if (trimmedEnd === 0) {
    return [];
  }
  let words = 0;
  let firstSentenceWords = 0;
  let firstSentenceEnd = -1;
  // Words: runs of letters and numbers, scanned by hand in one pass (a \p{…} regular expression
  // over a long text in another script costs far more).
  const table = unitClasses();
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    let k = table[text.charCodeAt(i)] as number;
    const start = i;
    if (k === 0) {
      k = classAt(text, i);
      if (pairAt(text, i)) {
        i++;
      }
    }
    const word = k !== OTHER && k !== MARK;
    if (word && !inRun) {
      words++;
      if (start < firstSentenceEnd || firstSentenceEnd < 0) {
        firstSentenceWords++;
      }
    } else if (!word && inRun && firstSentenceEnd < 0) {
      const end = text.slice(start).search(SENTENCE_END);
      firstSentenceEnd = end < 0 ? text.length : start + end;
    }
    inRun = word;
  }
  if (words > 0 && firstSentenceEnd < 0) {
    firstSentenceEnd = text.length;
  }
  const long = text.length > limits.maxChars || (!byChars && words > limits.maxWords);
  const longFirst = !byChars && firstSentenceWords > limits.firstSentenceWords;
  if (!long && !longFirst) {
    return [];
  }
  const span: [number, number] = long ? [0, trimmedEnd] : [0, Math.max(1, firstSentenceEnd)];
  return [
    makeFinding('core/length', 'length', 'consider', span, ctx.lang,
      long
        ? { key: byChars ? 'tone_length_chars' : 'tone_length', params: [String(byChars ? text.length : words)] }
        : { key: 'tone_length_first', params: [String(firstSentenceWords)] },
      [{ scope: 'message', text: NEUTRAL_TEXT[ctx.lang].length }]),
  ];
}
