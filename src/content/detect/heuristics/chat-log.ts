import type { Author } from '../../../shared/transcript-types';
import { classTokens } from './class-tokens';
import { composerScore, fieldLabel, findComposer, safeQuery, safeQueryAll } from './composer';
import { CONTACT_AUTOCOMPLETE, CONTACT_FIELD_HINT, CONTACT_FIELD_TYPES, NOT_SEND_WORDS } from './composer-vocabulary';
import { listMessages } from './message-list';
import { readMessage } from './read-message';
import { controlLabel, findSendButton, SEND_CANDIDATES } from './send-button';
import { isHidden, isVisible } from './visibility';

/** Regions that can hold a conversation (widgets.md D.1 "Unbranded fallback"). */
export const LOG_SELECTOR = '[role="log"], [role="feed"], [aria-live="polite"], [aria-live="assertive"]';
/** How far above the log the composer may sit: log → panel → window → widget root. */
const MAX_CLIMB = 4;
/** A composer this chat-like is enough without a send button (Enter-to-send widgets). */
const STRONG_COMPOSER = 3;
/** Ids and classes of comment sections and review forms, which look like chats but are not. */
const NOT_CHAT_TOKENS = new Set(['comment', 'comments', 'respond', 'review', 'reviews', 'discussion', 'forum', 'guestbook', 'newsletter', 'subscribe']);
/** Messages read to tell a two-sided conversation from a one-sided feed (the newest ones). */
const SIDES_SAMPLE = 40;
/** Node.DOCUMENT_POSITION_FOLLOWING, without relying on the page's `Node` global. */
const FOLLOWING = 4;

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

/** A field asking who the visitor is or what the request is about: e-mail, phone, name, subject. */
export function isContactField(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (CONTACT_FIELD_TYPES.has(type)) {
    return true;
  }
  if (CONTACT_AUTOCOMPLETE.test(el.getAttribute('autocomplete') ?? '')) {
    return true;
  }
  const labels = Array.from((el as HTMLInputElement).labels ?? [], (label) => label.textContent ?? '');
  return CONTACT_FIELD_HINT.test(`${fieldLabel(el)} ${labels.join(' ')}`);
}

/**
 * Contact, pre-chat, offline and newsletter forms ask for an e-mail, a phone number, a name or a
 * subject next to their message box; a live chat's composer stands alone. Looks in the
 * composer's form, or (for forms built from divs) in the container, but never inside the log,
 * where some widgets ask for an e-mail in the conversation itself.
 */
function hasContactFields(composer: HTMLElement, container: Element, log: Element): boolean {
  const doc = composer.ownerDocument;
  const form = composer.closest('form');
  const scope = form ?? (container === doc.body || container === doc.documentElement ? null : container);
  if (!scope) {
    return false;
  }
  return safeQueryAll(scope, 'input, select, textarea').some(
    (field) => field !== composer && !log.contains(field) && isContactField(field) && isVisible(field),
  );
}

/**
 * The composer's own action says it posts something that is not a chat message ("Post",
 * "Publish", "Subscribe"…): the first visible control after it in its form, or in its row.
 */
function postsSomethingElse(composer: HTMLElement): boolean {
  const scope = composer.closest('form') ?? composer.parentElement;
  const follows = (el: Element) => (composer.compareDocumentPosition(el) & FOLLOWING) !== 0 && !composer.contains(el);
  const action = scope ? safeQueryAll(scope, SEND_CANDIDATES).find((el) => follows(el) && isVisible(el)) : undefined;
  return action !== undefined && NOT_SEND_WORDS.test(controlLabel(action));
}

/** The authors of the newest messages, as the generic reader reads them. */
function authorsOf(log: Element): Set<Author> {
  const authors = new Set<Author>();
  for (const el of listMessages(log).slice(-SIDES_SAMPLE)) {
    const message = readMessage(el, { log });
    if (message) {
      authors.add(message.author);
    }
  }
  return authors;
}

/**
 * Evidence that the list is a conversation, not a feed of posts, reviews or questions: a
 * chat-like log (`role=log`, or a live region, on the list or beside it in the widget), or
 * messages from both sides (the customer's own ones carry receipts, "own" classes, sit on the
 * trailing side, or were just sent from the composer).
 */
function isConversation(log: Element, container: Element): boolean {
  const live = (el: Element) => el.getAttribute('role') === 'log' || /^(polite|assertive)$/.test(el.getAttribute('aria-live') ?? '');
  if (live(log) || safeQuery(container, '[role="log"]') !== null) {
    return true;
  }
  const authors = authorsOf(log);
  return authors.has('customer') && authors.has('agent');
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

/**
 * Checks one candidate log: visible, list-like, a conversation, with a composer that is not part
 * of a contact or posting form, and a send control near it (or an unmistakable composer).
 */
export function chatPartsFor(log: Element): ChatParts | null {
  if (!isListLike(log) || isNotChatArea(log) || isHidden(log)) {
    return null;
  }
  const near = composerNear(log);
  if (!near || hasContactFields(near.composer, near.container, log) || postsSomethingElse(near.composer)) {
    return null;
  }
  const send = findSendButton(near.container, near.composer);
  if (!send && composerScore(near.composer) < STRONG_COMPOSER) {
    return null;
  }
  return isConversation(log, near.container) ? { log, ...near } : null;
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
