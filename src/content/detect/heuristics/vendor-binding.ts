import type { Binding } from '../types';
import { findChatLog } from './chat-log';
import { findComposer, findVisible, safeQuery } from './composer';
import { makeBinding } from './make-binding';
import { listBySelector, listMessages } from './message-list';
import { readMessage, type ReadHints } from './read-message';
import { findSendButton } from './send-button';
import { safeMatches } from './text-extract';

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/** Selectors an adapter exports as data; every list is tried in order. */
export interface VendorSelectors {
  /** The message list. When none matches, the generic log finder runs inside `panel`. */
  readonly log: readonly string[];
  /**
   * Message rows under the log; absent means "generic row finding" (hashed classes). When the
   * selector matches nothing (the vendor renamed its classes), the generic rows are read too.
   */
  readonly message?: string;
  /** The widget window; generic composer/send fallbacks search only inside it. */
  readonly panel?: readonly string[];
  readonly composer: readonly string[];
  readonly send: readonly string[];
}

/** First element matching a selector (tried in order): `root` itself, then its descendants. */
function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = isElement(root) && safeMatches(root, selector) ? root : safeQuery(root, selector);
    if (el) {
      return el;
    }
  }
  return null;
}

/** A clickable element for a send icon (Zendesk's send control is an icon inside a button). */
function clickable(el: HTMLElement | null): HTMLElement | null {
  const target = el?.closest('button, [role="button"], a') as HTMLElement | null | undefined;
  return target ?? el;
}

/**
 * Binds a vendor widget from its selector data, falling back on the generic heuristics for any
 * part the vendor's markup does not pin down: log, rows, author, composer and send control.
 */
export function bindVendor(widget: string, root: ParentNode, sel: VendorSelectors, hints: ReadHints = {}): Binding | null {
  const panel = (sel.panel && firstMatch(root, sel.panel)) || null;
  const scope: ParentNode = panel ?? root;
  const log = firstMatch(scope, sel.log) ?? (panel ? findChatLog(panel)?.log ?? null : null);
  if (!log) {
    return null;
  }
  const composer = (): HTMLElement | null => findVisible(scope, sel.composer) ?? (panel ? findComposer(panel) : null);
  return makeBinding({
    widget,
    log,
    messages: () => {
      const rows = sel.message ? listBySelector(log, sel.message) : [];
      return rows.length > 0 ? rows : listMessages(log);
    },
    read: (el) => readMessage(el, { ...hints, log }),
    composer,
    sendButton: () => clickable(findVisible(scope, sel.send)) ?? (panel ? findSendButton(panel, composer()) : null),
  });
}
