import { classTokens } from './class-tokens';
import { TYPING_TEXT, TYPING_TOKENS } from './chrome-vocabulary';
import { safeQuery } from './composer';

/** Typing indicators are short; a long bubble mentioning "is typing" is a real message. */
const MAX_TYPING_TEXT = 60;

function hasTypingToken(el: Element): boolean {
  for (const token of classTokens(el)) {
    if (TYPING_TOKENS.has(token)) {
      return true;
    }
  }
  return false;
}

/** True for "Agent is typing…" rows, by class, data-testid, aria-label or short text. */
export function isTypingIndicator(el: Element): boolean {
  if (hasTypingToken(el) || /typing/i.test(el.getAttribute('data-testid') ?? '')) {
    return true;
  }
  if (safeQuery(el, '[class*="typing" i], [data-testid*="typing" i], [aria-label*="typing" i]')) {
    return true;
  }
  const label = el.getAttribute('aria-label') ?? '';
  const text = (el.textContent ?? '').trim();
  return TYPING_TEXT.test(label) || (text.length <= MAX_TYPING_TEXT && TYPING_TEXT.test(text));
}
