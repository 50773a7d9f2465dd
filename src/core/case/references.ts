/**
 * Finds reference numbers an agent gives ("Your case number is CASE-20931", "Vorgangsnummer:
 * 4711-22", 「受付番号はA-1234です」) so the sidebar can offer them for the case file with one
 * click. A label from REFERENCE_LABELS must come first, then only fillers ("is", "lautet", は)
 * and punctuation, then a token with a digit. Dates, prices and phone numbers are refused
 * (./reference-guards.ts). Offsets point into the original message, for highlighting.
 */
import { normalize, toOriginal, type Normalized } from '../tone/normalize';
import { LANGS, type Lang } from '../tone/types';
import { isReferenceToken } from './reference-guards';
import { referenceKey } from './case-file';
import { REFERENCE_LABELS } from './reference-labels';

export interface ReferenceMatch {
  /** The reference as written (NFKC-normalised, so full-width 'ＡＢ－１２' reads 'AB-12'). */
  reference: string;
  /** UTF-16 offsets of the reference in the original message. */
  start: number;
  end: number;
  /** Language whose label introduced it. */
  lang: Lang;
}

const PUNCT = /^[\s:#.,()[\]"'“”„«»「」『』【】\-–—]+/u;
const WORD = /^[\p{L}°]+\.?/u;
// ASCII only: references are codes; stopping at the first non-ASCII letter ends a token before
// Japanese text that follows without a space (「12345です」).
const TOKEN = /^[A-Za-z0-9](?:[A-Za-z0-9]|[-/._](?=[A-Za-z0-9]))*/;
const MAX_FILLERS = 4;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spaced = (label: string) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(label);

function labelPattern(labels: readonly string[]): RegExp {
  const parts = [...labels]
    .sort((a, b) => b.length - a.length)
    .map((l) => (spaced(l) ? `(?<![\\p{L}\\p{N}])${escape(l).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])` : escape(l)));
  return new RegExp(parts.join('|'), 'gu');
}

const COMPILED = new Map(LANGS.map((lang) => [lang, { label: labelPattern(REFERENCE_LABELS[lang].labels), fillers: new Set(REFERENCE_LABELS[lang].fillers) }]));

/** Skips punctuation and filler words after a label; returns where the token may start. */
function skipFillers(text: string, from: number, fillers: ReadonlySet<string>): number {
  let at = from;
  for (let i = 0; i <= MAX_FILLERS; i++) {
    at += PUNCT.exec(text.slice(at))?.[0].length ?? 0;
    const word = WORD.exec(text.slice(at))?.[0];
    if (!word || !(fillers.has(word) || fillers.has(word.replace(/\.$/, '')))) return at;
    at += word.length;
  }
  return at;
}

function* matchesIn(message: string, n: Normalized, lang: Lang): Generator<ReferenceMatch> {
  const compiled = COMPILED.get(lang);
  if (!compiled) return;
  for (const label of n.text.matchAll(compiled.label)) {
    const from = skipFillers(n.text, (label.index ?? 0) + label[0].length, compiled.fillers);
    const token = TOKEN.exec(n.text.slice(from))?.[0];
    if (!token || !isReferenceToken(token, n.text.slice(Math.max(0, from - 3), from), n.text.slice(from + token.length))) continue;
    const [start, end] = toOriginal(n, from, from + token.length);
    yield { reference: message.slice(start, end).normalize('NFKC'), start, end, lang };
  }
}

/**
 * Every reference in an agent's message, in order, each once. All languages' labels are tried
 * by default: agents often answer in English on a site in another language.
 */
export function findReferences(message: string, langs: readonly Lang[] = LANGS): ReferenceMatch[] {
  const n = normalize(message);
  const found = langs.flatMap((lang) => [...matchesIn(message, n, lang)]).sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  let taken = 0;
  return found.filter((m) => {
    // A label inside a reference already taken ("CASE" in "CASE-20931") starts nothing new.
    const key = referenceKey(m.reference);
    if (m.start < taken || seen.has(key)) return false;
    seen.add(key);
    taken = m.end;
    return true;
  });
}

/** Just the reference strings, in order (what the sidebar offers for saving). */
export function detectReferences(message: string, langs?: readonly Lang[]): string[] {
  return findReferences(message, langs).map((m) => m.reference);
}
