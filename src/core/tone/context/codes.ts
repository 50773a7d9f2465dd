/**
 * Tokens that are codes, not words: order numbers (`ASS-4411`), SKUs, tracking ids, URLs and
 * e-mail addresses. A hit inside one is never the customer's tone.
 */
const CODE_CHAR = /[\p{L}\p{M}\p{N}\-_/.:#@+=%&~]/u;
const ASCII_CODE_CHAR = /[\x21-\x7e]/;
/** How far to look either side of a hit for the rest of its token. */
const REACH = 64;

/** The token around [start, end): code characters either side, bounded. */
export function tokenAround(text: string, start: number, end: number, asciiOnly: boolean): string {
  const re = asciiOnly ? ASCII_CODE_CHAR : CODE_CHAR;
  let s = start;
  let e = end;
  while (s > 0 && start - s < REACH && re.test(text[s - 1] as string)) {
    s--;
  }
  while (e < text.length && e - end < REACH && re.test(text[e] as string)) {
    e++;
  }
  return text.slice(s, e);
}

/** Whether a token looks like a code, a URL or an e-mail address. */
export function isCodeToken(token: string): boolean {
  return /\p{Nd}/u.test(token) || token.includes('://') || /^www\./i.test(token) || /@[^@]*\.\p{L}/u.test(token);
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
