import { classTokens } from './class-tokens';
import { NOT_SEND_WORDS, SEND_TOKENS, SEND_WORDS } from './composer-vocabulary';
import { safeQueryAll } from './composer';
import { isVisible } from './visibility';

/** Elements that can act as a send control. */
export const SEND_CANDIDATES = 'button, [role="button"], input[type="submit"], input[type="button"], a[href="#"]';

/** The words a control shows about itself: aria-label, title, value, text, test ids. */
export function controlLabel(el: Element): string {
  const attrs = ['aria-label', 'title', 'value', 'data-testid', 'data-test-id', 'name', 'id']
    .map((attr) => el.getAttribute(attr) ?? '');
  return `${attrs.join(' ')} ${(el.textContent ?? '').slice(0, 80)}`;
}

/** True when a control says "send" by label, title, text or class, and nothing contradicts it. */
export function looksLikeSend(el: Element): boolean {
  const label = controlLabel(el);
  if (NOT_SEND_WORDS.test(label)) {
    return false;
  }
  if (SEND_WORDS.test(label)) {
    return true;
  }
  for (const token of classTokens(el)) {
    if (SEND_TOKENS.has(token)) {
      return true;
    }
  }
  return false;
}

/**
 * The visible send control under `scope`. With a composer, a submit button of the composer's own
 * form also counts (icon-only buttons often carry no label), but never a search or comment form's.
 */
export function findSendButton(scope: ParentNode, composer?: Element | null): HTMLElement | null {
  for (const el of safeQueryAll(scope, SEND_CANDIDATES)) {
    if (el !== composer && looksLikeSend(el) && isVisible(el)) {
      return el as HTMLElement;
    }
  }
  return composer ? formSubmit(composer) : null;
}

function formSubmit(composer: Element): HTMLElement | null {
  const form = composer.closest('form');
  if (!form) {
    return null;
  }
  for (const el of safeQueryAll(form, 'button[type="submit"], input[type="submit"], button:not([type])')) {
    if (!NOT_SEND_WORDS.test(controlLabel(el)) && isVisible(el)) {
      return el as HTMLElement;
    }
  }
  return null;
}
