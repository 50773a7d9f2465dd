import type { Finding } from '../types';
import type { NeutralContext } from './context';
import { makeFinding } from '../finding';
import { NEUTRAL_TEXT } from '../neutral-text';

/**
 * Rambling: more than ~120 words or ~700 characters, or a first sentence over 40 words (the
 * request should come first). Thresholds come from the pack; languages written without spaces
 * (Japanese) are judged by characters only.
 */
const DEFAULTS = { maxWords: 120, maxChars: 700, firstSentenceWords: 40 };
const WORD = /[\p{L}\p{N}]+/gu;
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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words++;
    if (firstSentenceEnd < 0) {
      const end = text.slice(m.index + m[0].length).search(SENTENCE_END);
      firstSentenceEnd = end < 0 ? text.length : m.index + m[0].length + end;
    }
    if (m.index < firstSentenceEnd) {
      firstSentenceWords++;
    }
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
