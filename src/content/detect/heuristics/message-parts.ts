import { classTokens } from './class-tokens';
import { safeQuery, safeQueryAll } from './composer';
import { extractText, isScreenReaderOnly } from './text-extract';

const NAME_TOKENS = new Set(['name', 'sender', 'author', 'username', 'nickname', 'byline']);
const TIME_TOKENS = new Set(['time', 'timestamp', 'timeago', 'datetime', 'date']);
const AVATAR_SELECTOR = '[class*="avatar" i], img[alt][class*="photo" i], [data-testid*="avatar" i]';
const ID_ATTRIBUTES = ['data-message-id', 'data-msg-id', 'data-id', 'data-key', 'id'];

function firstWithToken(el: Element, vocabulary: ReadonlySet<string>): Element | null {
  for (const node of safeQueryAll(el, '[class]')) {
    if (!isScreenReaderOnly(node) && [...classTokens(node)].some((token) => vocabulary.has(token))) {
      return node;
    }
  }
  return null;
}

/** The sender name shown in the message (agent bubbles carry one, customer bubbles rarely). */
export function findName(el: Element, selector?: string): string | undefined {
  const node = selector ? safeQuery(el, selector) : firstWithToken(el, NAME_TOKENS);
  const text = node ? extractText(node, { keepChromeClasses: true }) : '';
  return text !== '' && text.length <= 80 ? text : undefined;
}

/** The time label: a `<time datetime>` value, or the text of a time-classed element. */
export function findTime(el: Element, selector?: string): string | undefined {
  const node = selector ? safeQuery(el, selector) : safeQuery(el, 'time') ?? firstWithToken(el, TIME_TOKENS);
  if (!node) {
    return undefined;
  }
  const value = node.getAttribute('datetime') ?? node.getAttribute('title') ?? extractText(node, { keepChromeClasses: true });
  return value.trim() !== '' && value.length <= 80 ? value.trim() : undefined;
}

/** True when the message shows an avatar, which widgets put on agent bubbles only. */
export function hasAvatar(el: Element): boolean {
  return safeQuery(el, AVATAR_SELECTOR) !== null;
}

/** The widget's own message id from common id attributes on the element. */
export function findMessageId(el: Element, attributes: readonly string[] = ID_ATTRIBUTES): string | undefined {
  for (const name of attributes) {
    const value = el.getAttribute(name);
    if (value && value.length <= 200) {
      return value;
    }
  }
  return undefined;
}

/** Short notes for attachments (file names or alt text), never their content. */
export function findAttachments(el: Element): string[] {
  const notes: string[] = [];
  // Most messages hold neither a link nor an image: one query answers them.
  if (safeQuery(el, 'a, img') === null) {
    return notes;
  }
  for (const link of safeQueryAll(el, 'a[download], a[href*="attachment" i], a[href*="/files/" i]')) {
    const name = link.getAttribute('download') || (link.textContent ?? '').trim();
    if (name) {
      notes.push(`file: ${name.slice(0, 120)}`);
    }
  }
  for (const img of safeQueryAll(el, 'img')) {
    if (!img.closest(AVATAR_SELECTOR) && !/avatar|emoji|icon/i.test(img.className)) {
      notes.push(`image: ${(img.getAttribute('alt') || 'image').slice(0, 120)}`);
    }
  }
  return notes;
}
