import type { CompiledPack } from '../compile/pack';
import type { PhraseMatcher } from '../compile/matcher';
import { matchAll } from '../compile/matcher';

/** How many words may stand between a negation cue and the hit ("not saying you're stupid"). */
const MAX_WORDS_BETWEEN = 3;
const LOOK_BACK = 80;
const TERMINATOR = /[.!?。！？\n]/;
const WORD = /[\p{L}\p{N}]+/gu;

function countWords(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s)) {
    n++;
  }
  return n;
}

/** A cue shortly before the hit, in the same sentence, within three words. */
function negatedBefore(text: string, negation: PhraseMatcher, start: number): boolean {
  const from = Math.max(0, start - LOOK_BACK);
  const window = text.slice(from, start);
  const matches = matchAll(negation, window);
  const lastEnd = matches.length > 0 ? (matches[matches.length - 1] as { end: number }).end : -1;
  if (lastEnd < 0) {
    return false;
  }
  const between = window.slice(lastEnd);
  return !TERMINATOR.test(between) && countWords(between) <= MAX_WORDS_BETWEEN;
}

/** Japanese negates after the word (バカじゃない): a cue right after the hit. */
function negatedAfter(text: string, negation: PhraseMatcher, end: number): boolean {
  const m = matchAll(negation, text.slice(end, end + 24), 1)[0];
  return m !== undefined && m.start <= 2;
}

/** Whether a negation cue governs the hit [start, end) (`text` is the pack's skeleton). */
export function isNegated(compiled: CompiledPack, text: string, start: number, end: number): boolean {
  const negation = compiled.negation;
  if (!negation) {
    return false;
  }
  if (negatedBefore(text, negation, start)) {
    return true;
  }
  return compiled.boundary === 'substring' && negatedAfter(text, negation, end);
}
