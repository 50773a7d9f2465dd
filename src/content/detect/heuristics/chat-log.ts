import { classTokens } from './class-tokens';
import { composerScore, findComposer, safeQueryAll } from './composer';
import { findSendButton } from './send-button';
import { isHidden } from './visibility';

/** Regions that can hold a conversation (widgets.md D.1 "Unbranded fallback"). */
export const LOG_SELECTOR = '[role="log"], [role="feed"], [aria-live="polite"], [aria-live="assertive"]';
/** How far above the log the composer may sit: log → panel → window → widget root. */
const MAX_CLIMB = 4;
/** A composer this chat-like is enough without a send button (Enter-to-send widgets). */
const STRONG_COMPOSER = 3;
/** Ids and classes of comment sections and review forms, which look like chats but are not. */
const NOT_CHAT_TOKENS = new Set(['comment', 'comments', 'respond', 'review', 'reviews', 'discussion', 'forum', 'guestbook', 'newsletter', 'subscribe']);

export interface ChatParts {
  log: Element;
  container: Element;
  composer: HTMLElement;
}

function isNotChatArea(el: Element): boolean {
  const words = [...classTokens(el), ...(el.id ? el.id.toLowerCase().split(/[^a-z]+/) : [])];
  return words.some((word) => NOT_CHAT_TOKENS.has(word));
}

/** True when an `aria-live` region looks like a list of bubbles, not a one-line announcer. */
function isListLike(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'log' || role === 'feed') {
    return true;
  }
  return el.children.length >= 2 || el.querySelector('ul, ol, [class*="message" i]') !== null;
}

/** A form asking for e-mail is a pre-chat, offline, contact or newsletter form, not a chat. */
function isContactForm(composer: Element): boolean {
  const form = composer.closest('form');
  return form !== null && safeQueryAll(form, 'input[type="email"]').some((el) => !isHidden(el));
}

/** Climbs from the log to the nearest ancestor that also holds a usable composer. */
function composerNear(log: Element): { container: Element; composer: HTMLElement } | null {
  let container: Element | null = log.parentElement;
  for (let level = 0; container && level < MAX_CLIMB; level += 1) {
    if (isNotChatArea(container)) {
      return null;
    }
    const composer = findComposer(container);
    if (composer && !log.contains(composer)) {
      return { container, composer };
    }
    container = container.parentElement;
  }
  return null;
}

/** Checks one candidate log: visible, list-like, with a composer and a send control near it. */
export function chatPartsFor(log: Element): ChatParts | null {
  if (!isListLike(log) || isNotChatArea(log) || isHidden(log)) {
    return null;
  }
  const near = composerNear(log);
  if (!near || isContactForm(near.composer)) {
    return null;
  }
  const send = findSendButton(near.container, near.composer);
  if (!send && composerScore(near.composer) < STRONG_COMPOSER) {
    return null;
  }
  return { log, ...near };
}

/** The first conversation log under `root` that passes `chatPartsFor`. */
export function findChatLog(root: ParentNode): ChatParts | null {
  for (const log of safeQueryAll(root, LOG_SELECTOR)) {
    const parts = chatPartsFor(log);
    if (parts) {
      return parts;
    }
  }
  return null;
}
