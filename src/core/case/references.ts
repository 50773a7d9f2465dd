/**
 * Finds reference numbers an agent gives ("Your case number is CASE-20931", "Vorgangsnummer:
 * 4711-22", "受付番号はA-1234です") so the sidebar can offer them for the case file. A label from
 * REFERENCE_LABELS must come first; the number is the first token within a short distance that
 * contains a digit, so "ticket for your order" or "case by case" never yield one.
 */
import { LANGS } from '../tone/types';
import { REFERENCE_LABELS } from './reference-labels';

const WINDOW = 24;
const TOKEN = /#?([A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]|[0-9]{3,})/gu;
const MIN_LENGTH = 4;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cjk = (label: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(label);

/** One alternation: Latin labels need word boundaries (Unicode-aware), CJK labels cannot have them. */
const LABEL = new RegExp(
  LANGS.flatMap((lang) => REFERENCE_LABELS[lang])
    .sort((a, b) => b.length - a.length)
    .map((label) => (cjk(label) ? escape(label) : `(?<![\\p{L}\\p{N}])${escape(label).replace(/ /g, '\\s+')}(?![\\p{L}])`))
    .join('|'),
  'giu',
);

/** The first token with a digit, and where it ends in `after`. */
function firstNumber(after: string): { token: string; end: number } | undefined {
  for (const match of after.matchAll(TOKEN)) {
    const token = match[1] as string;
    if (/\d/.test(token) && token.length >= MIN_LENGTH) return { token, end: (match.index ?? 0) + match[0].length };
  }
  return undefined;
}

/** Reference numbers in an agent's message, each once, in order. */
export function detectReferences(message: string): string[] {
  const text = message.normalize('NFKC');
  const found: string[] = [];
  // A label inside a number already taken ("CASE" in "CASE-20931") starts nothing new.
  let consumed = 0;
  for (const match of text.matchAll(LABEL)) {
    if ((match.index ?? 0) < consumed) continue;
    const start = (match.index ?? 0) + match[0].length;
    const hit = firstNumber(text.slice(start, start + WINDOW));
    if (!hit) continue;
    consumed = start + hit.end;
    if (!found.includes(hit.token)) found.push(hit.token);
  }
  return found;
}
