import type { Author } from '../../../shared/transcript-types';
import type { ReadMessage } from '../types';
import { authorFromClasses, authorFromDescendants } from './author-from-classes';
import { authorFromGeometry } from './author-geometry';
import { safeQuery } from './composer';
import { findAttachments, findMessageId, findName, findTime, hasAvatar } from './message-parts';
import { findReceipt } from './receipts';
import { recentSends, type RecentSends } from './recent-sends';
import { extractText, type TextOptions } from './text-extract';
import { isTypingIndicator } from './typing';

/** Vendor knowledge a reader can use before falling back on the generic cues. */
export interface ReadHints {
  /** The log element: author classes above it belong to the whole widget, not the message. */
  log?: Element | null;
  /** Vendor-specific author test; null means "no evidence, use the generic cues". */
  author?: (el: Element) => Author | null;
  /** Selector of the text node(s) inside the message; the whole element when absent. */
  text?: string;
  name?: string;
  time?: string;
  /** Attributes holding the widget's message id, in order. */
  idAttributes?: readonly string[];
  /** Extra chrome to skip when flattening text. */
  skip?: string;
  /** Author when nothing else decides (vendors may know better than the generic 'agent'). */
  fallbackAuthor?: Author;
  sent?: RecentSends;
}

function textOf(el: Element, hints: ReadHints): string {
  const options: TextOptions = hints.skip ? { skip: hints.skip } : {};
  const node = hints.text ? safeQuery(el, hints.text) : el;
  return node ? extractText(node, options) : '';
}

/**
 * Author cues in order of reliability (widgets.md D.1): vendor rule, class tokens and author
 * attributes, delivery receipts, the text the user just sent, avatars and names, geometry.
 * With no evidence at all the message is taken as the agent's: the customer's own messages are
 * the ones widgets decorate (receipts, "own" classes) and the send hook remembers.
 */
export function authorOf(el: Element, text: string, hints: ReadHints): Author {
  const log = hints.log ?? null;
  const explicit = hints.author?.(el) ?? authorFromClasses(el, log) ?? authorFromDescendants(el);
  if (explicit) {
    return explicit;
  }
  if (findReceipt(el) !== null || (hints.sent ?? recentSends).has(text)) {
    return 'customer';
  }
  if (hasAvatar(el) || findName(el, hints.name) !== undefined) {
    return 'agent';
  }
  return (log ? authorFromGeometry(el, log) : null) ?? hints.fallbackAuthor ?? 'agent';
}

function withOptional(message: ReadMessage, key: 'name' | 'time' | 'id', value: string | undefined): void {
  if (value !== undefined) {
    message[key] = value;
  }
}

/** Reads one message element; null for typing indicators, empty rows and broken nodes. */
export function readMessage(el: Element, hints: ReadHints = {}): ReadMessage | null {
  try {
    if (isTypingIndicator(el)) {
      return null;
    }
    const text = textOf(el, hints);
    const attachments = findAttachments(el);
    if (text === '' && attachments.length === 0) {
      return null;
    }
    const author = authorOf(el, text, hints);
    const message: ReadMessage = { author, text };
    withOptional(message, 'name', author === 'agent' ? findName(el, hints.name) : undefined);
    withOptional(message, 'time', findTime(el, hints.time));
    withOptional(message, 'id', findMessageId(el, hints.idAttributes));
    const status = author === 'customer' ? findReceipt(el) : null;
    if (status) {
      message.status = status;
    }
    if (attachments.length > 0) {
      message.attachments = attachments;
    }
    return message;
  } catch {
    return null;
  }
}
