/**
 * Splits an element's class list into lower-case word tokens, so `intercom-comment-container-user`,
 * `message-bubble--inverse__x1y2` and `chatMessage` all expose their words. Hashed fragments
 * (`x1y2`, `sc-bdVaJa`) become tokens too but never equal a vocabulary word.
 *
 * Remembered by class list: a log's messages share a few class lists, and reading a message asks
 * for the tokens of it and its parts several times (a widget that re-renders its log every second
 * had them split again for each of its 200 messages: a third of Parley's time on that page). The
 * sets are shared: callers only read them.
 */
export function classTokens(el: Element): ReadonlySet<string> {
  const raw = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  let tokens = tokenCache.get(raw);
  if (tokens === undefined) {
    const fresh = new Set<string>();
    for (const cls of raw.split(/\s+/)) {
      for (const part of splitWords(cls)) {
        fresh.add(part);
      }
    }
    if (tokenCache.size >= TOKEN_CACHE_MAX) {
      tokenCache.clear();
    }
    tokenCache.set(raw, fresh);
    tokens = fresh;
  }
  return tokens;
}
const tokenCache = new Map<string, ReadonlySet<string>>();
/** Class lists remembered at most (a page with generated class names must not grow it for ever). */
const TOKEN_CACHE_MAX = 2_048;

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
