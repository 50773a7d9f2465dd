/**
 * Names, places and standards that spell a swear word: "ship to Twatt, Orkney", "everyone calls
 * me Dick", "Mein Paket hängt in Fickmühlen fest", "the BS 1363 plug". Judged on the ORIGINAL
 * text, since capitals are what tell "Dick Lane" from "dick".
 *
 * A hit is a name when it is written with a capital first letter and lower case after it, does
 * not start its sentence, and its neighbours say so: a cue word of the pack before it ("to",
 * "in", "calls me", "Herr"), or (in languages that do not capitalise nouns) another capitalised
 * word or a number before it ("Peter Kurva", "12 Dick Lane"), a capitalised word after it, with
 * or without a comma ("Shitij Kumar", "Bitche, France"), or a hyphenated lower-case tail
 * ("Prick-free"). A short hit in capitals right before a number is a standard ("BS 1363",
 * "BS EN 71").
 */
import { lazy } from '../lazy';

const RE = lazy(() => ({
  upper: /\p{Lu}/u,
  lower: /\p{Ll}/u,
  wordBefore: /([\p{L}\p{M}'’]+|\p{N}+)[^\p{L}\p{M}\p{N}]*$/u,
  sentenceStart: /(?:^|[.!?。！？\n…])[\s"'“„«‚‘(]*$/u,
  number: /^\p{N}+$/u,
  standard: /^[ \u00a0-]?(?:\p{Lu}{2,4}[ \u00a0-])?\p{Nd}/u,
  compound: /^-\p{Ll}/u,
  next: /^,?[ \u00a0]+(\p{L}[\p{L}\p{M}]*)/u,
}));
/** How far back to look for the two words before a hit. */
const REACH = 48;

export interface NameContext {
  /** Lower-case words (or two-word phrases) that introduce a name or a place. */
  cues: ReadonlySet<string>;
  /** German: every noun is capitalised, so capitals next to the hit say nothing. */
  capitalisedNouns: boolean;
}

/** Whether a word is written with a capital first letter and lower case after it. */
function titleCase(word: string): boolean {
  return RE().upper.test(word.charAt(0)) && RE().lower.test(word.slice(1));
}

/** Up to two words before `pos`, nearest first, with whether the text between them breaks a sentence. */
function wordsBefore(text: string, pos: number): string[] {
  const out: string[] = [];
  let head = text.slice(Math.max(0, pos - REACH), pos);
  for (let k = 0; k < 2; k++) {
    const m = RE().wordBefore.exec(head);
    if (!m || /[.!?\n]/.test(m[0].slice(m[1]?.length ?? 0))) {
      break;
    }
    out.push(m[1] as string);
    head = head.slice(0, m.index);
  }
  return out;
}

/** A short all-capital hit right before a number or a standards body and a number: BS 1363, BS EN 71. */
function standard(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word.length > 4 || word !== word.toUpperCase() || word === word.toLowerCase()) {
    return false;
  }
  return RE().standard.test(text.slice(end, end + 12));
}

export function isNameOrPlace(text: string, start: number, end: number, ctx: NameContext): boolean {
  if (standard(text, start, end)) {
    return true;
  }
  const hit = text.slice(start, end);
  if (!titleCase(hit) || RE().sentenceStart.test(text.slice(Math.max(0, start - 6), start))) {
    return false;
  }
  const before = wordsBefore(text, start);
  const [prev, prev2] = before;
  if (prev !== undefined && (ctx.cues.has(prev.toLowerCase()) || (prev2 !== undefined && ctx.cues.has(`${prev2} ${prev}`.toLowerCase())))) {
    return true;
  }
  if (ctx.capitalisedNouns) {
    return false;
  }
  if (prev !== undefined && (titleCase(prev) || RE().number.test(prev))) {
    return true;
  }
  const after = text.slice(end, end + REACH);
  if (RE().compound.test(after)) {
    return true;
  }
  const next = RE().next.exec(after);
  return next !== null && titleCase(next[1] as string);
}
