import { classTokens } from './class-tokens';
import { safeQueryAll } from './composer';
import { isTypingIndicator } from './typing';

/** Class tokens of a message row or bubble. */
const MESSAGE_TOKENS = new Set(['message', 'msg', 'bubble', 'utterance', 'chatmessage']);
/** Tokens of parts of a message or of groups of messages, which are not messages themselves. */
const NOT_MESSAGE_TOKENS = new Set([
  'body', 'text', 'content', 'time', 'timestamp', 'meta', 'avatar', 'status', 'footer', 'header',
  'author', 'name', 'group', 'list', 'log', 'thread', 'history', 'messages', 'wrapper', 'inner',
  'input', 'composer', 'actions', 'receipt', 'attachment', 'date', 'separator',
]);
/** Wrappers are unwrapped at most this deep when a log holds one list element. */
const MAX_UNWRAP = 4;

function isMessageClassed(el: Element): boolean {
  const tokens = classTokens(el);
  return [...tokens].some((t) => MESSAGE_TOKENS.has(t)) && ![...tokens].some((t) => NOT_MESSAGE_TOKENS.has(t));
}

/** Drops elements nested in another element of the list, keeping the outermost. */
export function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (set.has(up)) {
        return false;
      }
    }
    return true;
  });
}

/** Rows that are never messages: typing indicators and explicitly hidden rows. */
export function isListedMessage(el: Element): boolean {
  return !el.hasAttribute('hidden') && !isTypingIndicator(el);
}

function isMessageRow(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.localName === 'li' || role === 'listitem' || role === 'article' || isMessageClassed(el);
}

/** The log's single list element: `<div role=log><ul><li>…` lists the `li`s. */
function unwrap(log: Element): Element {
  let container = log;
  for (let depth = 0; depth < MAX_UNWRAP && container.children.length === 1; depth += 1) {
    const only = container.children[0];
    // A log that holds a single message (the greeting, before anyone replied) must not be
    // unwrapped into that message's parts.
    if (!only || isMessageRow(only)) {
      break;
    }
    container = only;
  }
  return container;
}

/** Date separators and dividers between messages. */
const SEPARATOR_TOKENS = new Set(['date', 'day', 'separator', 'divider', 'unread']);

function isSeparator(el: Element): boolean {
  return [...classTokens(el)].some((t) => SEPARATOR_TOKENS.has(t)) || el.localName === 'hr';
}

/**
 * The message elements of a log without vendor knowledge: the rows of the log's list, where a
 * row that groups several message-classed elements (consecutive bubbles of one sender) is
 * replaced by them. Typing indicators and date separators are left out.
 */
export function listMessages(log: Element): Element[] {
  const out: Element[] = [];
  for (const row of Array.from(unwrap(log).children)) {
    if (isSeparator(row)) {
      continue;
    }
    const inner = isMessageClassed(row) ? [] : outermost(safeQueryAll(row, '[class]').filter(isMessageClassed));
    out.push(...(inner.length >= 2 ? inner : [row]));
  }
  return out.filter(isListedMessage);
}

/** Vendor lists: `selector` under the log, outermost matches, typing rows removed. */
export function listBySelector(log: Element, selector: string): Element[] {
  return outermost(safeQueryAll(log, selector)).filter(isListedMessage);
}
