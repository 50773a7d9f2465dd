import { NUMBER, OTHER, unitClasses } from '../chars';

/**
 * Tokens that are codes, not words: order numbers (`ASS-4411`), SKUs, tracking ids, URLs and
 * e-mail addresses. A hit inside one is never the customer's tone.
 */
const CODE_CHAR = /[\p{L}\p{M}\p{N}\-_/.:#@+=%&~]/u;
const ASCII_CODE_CHAR = /[\x21-\x7e]/;
/** The same classes for ASCII, by code: the common case, without a regex call. */
const ASCII_CODE = new Uint8Array(128);
const UNICODE_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CODE[c] = ASCII_CODE_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  UNICODE_CODE[c] = CODE_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
}
/** How far to look either side of a hit for the rest of its token. */
const REACH = 64;

/** The token around [start, end): code characters either side, bounded. */
export function tokenAround(text: string, start: number, end: number, asciiOnly: boolean): string {
  const re = asciiOnly ? ASCII_CODE_CHAR : CODE_CHAR;
  const isCode = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c < 0x80 ? (asciiOnly ? ASCII_CODE[c] : UNICODE_CODE[c]) === 1 : !asciiOnly && re.test(text[i] as string);
  };
  let s = start;
  let e = end;
  while (s > 0 && start - s < REACH && isCode(s - 1)) {
    s--;
  }
  while (e < text.length && e - end < REACH && isCode(e)) {
    e++;
  }
  return text.slice(s, e);
}

/**
 * A bare host name ("example.com", "shop.example.de/returns"): labels, dots and a common
 * top-level domain, so that a missing space after a full stop ("DONE.NOW") is not taken for one.
 */
const HOST = /^(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|info|biz|io|co|app|dev|shop|store|online|eu|de|at|ch|sk|cz|lt|lv|ee|pl|jp|es|fr|it|nl|be|uk|us|ca|au|pt|se|no|dk|fi|hu|ro|ie)(?:[/:?#].*)?$/iu;

/**
 * Whether a token can be a code at all: a code holds a digit, `_`, `:` or `.` (URLs, hosts,
 * identifiers, e-mail addresses). A token of letters alone, most of them, is answered without a
 * regular expression; one with a character outside ASCII that is not a letter or mark (another
 * script's digit) goes to the full test.
 */
function mayBeCode(token: string): boolean {
  const classes = unitClasses();
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x80 ? (c >= 48 && c <= 58) || c === 95 || c === 46 : classes[c] === 0 || classes[c] === NUMBER || classes[c] === OTHER) {
      return true;
    }
  }
  return false;
}

/** Whether a token looks like a code, an identifier (ERR_CONNECTION_REFUSED), a URL, a host name or an e-mail address. */
export function isCodeToken(token: string): boolean {
  return mayBeCode(token) && (/\p{Nd}/u.test(token) || /\p{L}_\p{L}/u.test(token) || token.includes('://') || /^www\./i.test(token) || /@[^@]*\.\p{L}/u.test(token) || HOST.test(token.replace(/[.:]+$/, '')));
}

/**
 * Whether the hit [start, end) starts or ends inside a code-like token. Only the edges count,
 * so a phrase that itself holds a number ("you have 10 minutes") is still judged.
 */
export function inCodeToken(text: string, start: number, end: number, asciiOnly = false): boolean {
  if (end - start <= 1) {
    return isCodeToken(tokenAround(text, start, end, asciiOnly));
  }
  return isCodeToken(tokenAround(text, start, start + 1, asciiOnly)) || isCodeToken(tokenAround(text, end - 1, end, asciiOnly));
}
