/**
 * Generic adapter for chat widgets nobody listed, and the reader for the "user picked this area"
 * mode. Heuristics from widgets.md D.1: a `role=log`/`feed` or list-like `aria-live` region, a
 * visible composer within a few ancestors, and a send control (or an unmistakable composer); the
 * list must read as a conversation (a chat-like log or live region, or messages from both sides),
 * and forms asking for contact details or posting replies are not chats (heuristics/chat-log.ts).
 * Fixture: tests/fixtures/widgets/generic/index.html; pages that must not bind in
 * tests/fixtures/widgets/generic/not-chats/ and tests/unit/detect/generic.test.ts.
 */
import type { Binding, WidgetAdapter } from './types';
import { findChatLog, LOG_SELECTOR } from './heuristics/chat-log';
import { findComposer, safeQuery } from './heuristics/composer';
import { makeBinding } from './heuristics/make-binding';
import { listMessages } from './heuristics/message-list';
import { readMessage } from './heuristics/read-message';
import { findSendButton } from './heuristics/send-button';

export const GENERIC_ID = 'generic';

/** Binds a log with the generic reader; the composer is looked up again on every call. */
export function bindGenericLog(widget: string, log: Element, container: Element): Binding {
  return makeBinding({
    widget,
    log,
    messages: () => listMessages(log),
    read: (el) => readMessage(el, { log }),
    composer: () => findComposer(container),
    sendButton: () => findSendButton(container, findComposer(container)),
  });
}

/** The nearest ancestor (at most `levels` up, the element itself first) holding a composer. */
function composerScope(el: Element, levels: number): Element {
  let scope: Element | null = el;
  for (let level = 0; scope && level <= levels; level += 1) {
    if (findComposer(scope)) {
      return scope;
    }
    scope = scope.parentElement;
  }
  return el;
}

/**
 * Binds a chat area the user picked: the log inside it when there is one, else the area itself.
 * The user vouches for the area, so the strict "is this a chat" checks are skipped; null only
 * when the area shows neither messages nor a composer.
 */
export function bindPicked(root: Element): Binding | null {
  try {
    const log = safeQuery(root, LOG_SELECTOR) ?? root;
    const scope = composerScope(root, 3);
    const binding = bindGenericLog(GENERIC_ID, log, scope);
    return binding.messages().length > 0 || binding.composer() ? binding : null;
  } catch {
    return null;
  }
}

export const generic: WidgetAdapter = {
  id: GENERIC_ID,
  name: 'Other chat (generic)',
  // Runs in whatever frame hosts it; declared 'top' because it needs no vendor frame.
  frame: 'top',
  // The log may sit inside a shadow root, where a document query cannot see it: bind() looks
  // in every root the scanner hands it. The scanner runs generic only where full scans are cheap.
  matches: () => true,
  bind(root) {
    try {
      const parts = findChatLog(root);
      return parts ? bindGenericLog(GENERIC_ID, parts.log, parts.container) : null;
    } catch {
      return null;
    }
  },
};
