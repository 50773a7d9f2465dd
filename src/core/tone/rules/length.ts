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

export function length(ctx: NeutralContext): Finding[] {
  const limits = { ...DEFAULTS, ...ctx.pack?.length };
  const byChars = ctx.pack?.boundary === 'substring' || ctx.lang === 'ja';
  const text = ctx.text;
  const trimmedEnd = text.trimEnd().length;
  if (trimmedEnd === 0) {
    return [];
  }
  // Words and the first sentence's end come from the engine's one pass over the text.
  const { words } = ctx.scan;
  const firstSentenceWords = ctx.scan.firstSentenceWords;
  const firstSentenceEnd = ctx.scan.firstSentenceEnd >= 0 || words === 0 ? ctx.scan.firstSentenceEnd : text.length;
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
