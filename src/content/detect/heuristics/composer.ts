import { COMPOSER_HINT, COMPOSER_TESTIDS, NON_COMPOSER_HINT } from './composer-vocabulary';
import { isVisible } from './visibility';

/** Elements that can hold a chat draft. */
export const COMPOSER_CANDIDATES =
  'textarea, input:not([type]), input[type="text"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';

/** The words a field shows about itself: placeholder, aria-label, title, name, id. */
export function fieldLabel(el: Element): string {
  const parts = ['placeholder', 'aria-label', 'title', 'name', 'id', 'data-placeholder', 'aria-placeholder']
    .map((attr) => el.getAttribute(attr) ?? '');
  return parts.join(' ');
}

function testId(el: Element): string {
  return `${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test-id') ?? ''}`;
}

/**
 * Scores a field as a chat composer: negative means "not a composer" (search, e-mail, comment,
 * disabled, inside a search landmark); higher means more chat-like.
 */
export function composerScore(el: Element): number {
  if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true' || el.hasAttribute('readonly')) {
    return -1;
  }
  if (el.closest('[role="search"], search, form[role="search"]')) {
    return -1;
  }
  const label = fieldLabel(el);
  if (NON_COMPOSER_HINT.test(label)) {
    return -1;
  }
  let score = el.localName === 'input' ? 0 : 1;
  if (COMPOSER_HINT.test(label)) {
    score += 2;
  }
  if (COMPOSER_TESTIDS.test(testId(el))) {
    score += 2;
  }
  return score;
}

/** True when a bare `input` has chat cues; textareas and contenteditables need none. */
function acceptable(el: Element, score: number): boolean {
  return score >= 0 && (el.localName !== 'input' || score >= 2);
}

/**
 * The visible chat composer under `scope`, preferring the most chat-like field. Widgets render
 * duplicates (Tawk's two editors), so hidden candidates are skipped.
 */
export function findComposer(scope: ParentNode, extraSelector?: string): HTMLElement | null {
  const selector = extraSelector ? `${extraSelector}, ${COMPOSER_CANDIDATES}` : COMPOSER_CANDIDATES;
  let best: HTMLElement | null = null;
  let bestScore = -1;
  for (const el of safeQueryAll(scope, selector)) {
    const score = composerScore(el);
    if (acceptable(el, score) && score > bestScore && isVisible(el)) {
      best = el as HTMLElement;
      bestScore = score;
    }
  }
  return best;
}

/** The first visible element matching one of `selectors` (tried in order), or null. */
export function findVisible(scope: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    for (const el of safeQueryAll(scope, selector)) {
      if (isVisible(el)) {
        return el as HTMLElement;
      }
    }
  }
  return null;
}

/** `querySelectorAll` that returns [] on an invalid selector or a broken scope. */
export function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** `querySelector` that returns null on an invalid selector or a broken scope. */
export function safeQuery(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}
