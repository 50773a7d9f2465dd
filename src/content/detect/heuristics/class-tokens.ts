/**
 * Splits an element's class list into lower-case word tokens, so `intercom-comment-container-user`,
 * `message-bubble--inverse__x1y2` and `chatMessage` all expose their words. Hashed fragments
 * (`x1y2`, `sc-bdVaJa`) become tokens too but never equal a vocabulary word.
 */
export function classTokens(el: Element): Set<string> {
  const tokens = new Set<string>();
  const raw = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  for (const cls of raw.split(/\s+/)) {
    for (const part of splitWords(cls)) {
      tokens.add(part);
    }
  }
  return tokens;
}

/** `chatMessage--fromUser__a1` → ['chat', 'message', 'from', 'user', 'a1']. */
export function splitWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part.length > 0);
}

/** True when any class token of `el` is in `vocabulary`. */
export function hasClassToken(el: Element, vocabulary: ReadonlySet<string>): boolean {
  for (const token of classTokens(el)) {
    if (vocabulary.has(token)) {
      return true;
    }
  }
  return false;
}
