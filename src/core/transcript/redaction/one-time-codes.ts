/**
 * One-time codes: 4-8 digits (or 3+3 / 4+4 with a space or dash) within a short distance of a
 * word that announces a code ("your verification code is 123456", "123456 ist Ihr Code",
 * "認証コードは１２３４５６です"). Numbers with no such word nearby, or where the word is part of
 * "zip code", "error code" and the like, are left alone.
 */
import {
  CODE_KEYWORDS,
  CODE_KEYWORDS_UNSPACED,
  NOT_A_CODE_AFTER,
  NOT_A_CODE_BEFORE,
  NOT_A_CODE_BEFORE_UNSPACED,
  NOT_A_CODE_UNITS,
} from './code-keywords';
import type { SensitiveSpan } from './span';

/** How far after a keyword a code may start, and how far before one it may end (UTF-16 units). */
export const CODE_AFTER_KEYWORD = 40;
export const CODE_BEFORE_KEYWORD = 25;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asPattern = (word: string): string =>
  word.endsWith('*') ? `${escape(word.slice(0, -1))}\\p{L}*` : `${escape(word)}(?!\\p{L})`;

const KEYWORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CODE_KEYWORDS.map(asPattern).join('|')})|(?:${CODE_KEYWORDS_UNSPACED.map(escape).join('|')})`,
  'giu',
);
const EXCLUDED_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:${NOT_A_CODE_BEFORE.map(escape).join('|')})[\\s-]*|${NOT_A_CODE_BEFORE_UNSPACED.map(escape).join('|')})$`,
  'iu',
);
const EXCLUDED_AFTER = new RegExp(`^[\\s:]*(?:${NOT_A_CODE_AFTER.map(escape).join('|')})(?!\\p{L})`, 'iu');
const AMOUNT = new RegExp(`^\\s*(?:${NOT_A_CODE_UNITS.map(escape).join('|')})(?!\\p{L})`, 'iu');
const D = '[0-9\\uFF10-\\uFF19]';
const CODE = new RegExp(
  `(?<![\\p{N}A-Za-z.,$€£¥#/+\\-])(?:${D}{3}[ -]${D}{3}|${D}{4}[ -]${D}{4}|${D}{4,8})(?![\\p{N}A-Za-z]|[.,:/]\\p{N})`,
  'gu',
);

interface Range {
  start: number;
  end: number;
}

function keywordRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(KEYWORD)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (EXCLUDED_BEFORE.test(before) || EXCLUDED_AFTER.test(text.slice(end, end + 30))) continue;
    ranges.push({ start: m.index, end });
  }
  return ranges;
}

function near(text: string, code: Range, keyword: Range): boolean {
  if (code.start >= keyword.end) {
    return code.start - keyword.end <= CODE_AFTER_KEYWORD && !text.slice(keyword.end, code.start).includes('\n');
  }
  if (keyword.start >= code.end) {
    return keyword.start - code.end <= CODE_BEFORE_KEYWORD && !text.slice(code.end, keyword.start).includes('\n');
  }
  return false;
}

export function findOneTimeCodes(text: string): SensitiveSpan[] {
  const keywords = keywordRanges(text);
  if (keywords.length === 0) return [];
  const spans: SensitiveSpan[] = [];
  for (const m of text.matchAll(CODE)) {
    const code = { start: m.index, end: m.index + m[0].length };
    if (AMOUNT.test(text.slice(code.end, code.end + 12))) continue;
    if (keywords.some((k) => near(text, code, k))) spans.push({ kind: 'code', ...code, mask: '[code]' });
  }
  return spans;
}
