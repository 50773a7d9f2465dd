import type { CompiledPack } from '../compile/pack';
import type { PhraseMatcher } from '../compile/matcher';
import { matchAll } from '../compile/matcher';

/** How many words may stand between a negation cue and the hit ("not saying you're stupid"). */
const MAX_WORDS_BETWEEN = 3;
const LOOK_BACK = 80;
const TERMINATOR = /[.!?。！？\n]/;
/** A comma or semicolon closes the negated clause ("I don't care, you idiot") unless a join word follows. */
const CLAUSE_BREAK = /[,;:–—]/g;
const WORD = /[\p{L}\p{N}]+/gu;

function countWords(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s)) {
    n++;
  }
  return n;
}

/** Whether the text between cue and hit keeps the cue's clause: no clause break, or one followed by a join word. */
function sameClause(between: string, joins: ReadonlySet<string>): boolean {
  let last = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(between); m; m = CLAUSE_BREAK.exec(between)) {
    last = m.index;
  }
  if (last < 0) {
    return true;
  }
  WORD.lastIndex = last;
  const next = WORD.exec(between);
  return next !== null && joins.has(next[0]);
}

/** A cue shortly before the hit, in the same clause, within three words. */
function negatedBefore(compiled: CompiledPack, text: string, negation: PhraseMatcher, start: number): boolean {
  const from = Math.max(0, start - LOOK_BACK);
  const window = text.slice(from, start);
  const matches = matchAll(negation, window);
  const lastEnd = matches.length > 0 ? (matches[matches.length - 1] as { end: number }).end : -1;
  if (lastEnd < 0) {
    return false;
  }
  const between = window.slice(lastEnd);
  return !TERMINATOR.test(between) && countWords(between) <= MAX_WORDS_BETWEEN && sameClause(between, compiled.clauseJoins);
}

/** Japanese negates after the word (バカじゃない): a cue right after the hit. */
function negatedAfter(text: string, negation: PhraseMatcher, end: number): boolean {
  const m = matchAll(negation, text.slice(end, end + 24), 1)[0];
  return m !== undefined && m.start <= 2;
}

/**
 * A cue inside the hit that the phrase does not spell itself: a `~N` gap or a stem swallowed it
 * ("you are never useless", "Sie sind nicht blöd"). Cues the phrase spells ("can't you read",
 * "nicht mehr alle") are part of the insult.
 */
function negatedInside(text: string, negation: PhraseMatcher, start: number, end: number, literal: (cue: string) => boolean): boolean {
  for (const m of matchAll(negation, text.slice(start, end))) {
    if (!literal(text.slice(start + m.start, start + m.end))) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a negation cue governs the hit [start, end) (`text` is the pack's skeleton);
 * `literal(cue)` says whether the matched phrase spells that cue itself.
 */
export function isNegated(compiled: CompiledPack, text: string, start: number, end: number, literal: (cue: string) => boolean): boolean {
  const negation = compiled.negation;
  if (!negation) {
    return false;
  }
  if (negatedBefore(compiled, text, negation, start) || negatedInside(text, negation, start, end, literal)) {
    return true;
  }
  return compiled.boundary === 'substring' && negatedAfter(text, negation, end);
}
