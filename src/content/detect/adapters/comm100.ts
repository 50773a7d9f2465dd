/**
 * Comm100 Live Chat (XO-IFRAME: the chat window is `ChatWindow.aspx` on the site's chat server,
 * e.g. chatserver.comm100.com / chatserver<N>.comm100.io, the same page sites open as the pop-out;
 * the page holds `#comm100-container` with `#comm100-float-button-2` and, as a teaser, an
 * `iframe[title="Chat Invitation"]`).
 *
 * Fixtures: tests/fixtures/widgets/comm100/{index,frame}.html (frame served from chatserver.comm100.com).
 * Facts: `#comm100-container`, `#comm100-float-button-2` M (third-party scripts); chat servers and
 * `ChatWindow.aspx?planId=…&siteid=…` M (site snippets and pop-out links); an `aria-live="polite"`
 * region exists (M). Message markup unknown, so the generic heuristics read the chat-window frame,
 * recognised by host, or by its embedding container when same-origin.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { frameElementMatches, hostMatches } from '../heuristics/frame-match';

export const COMM100_SELECTORS = {
  /** A chat frame inside the host container; the invitation frame is a teaser, not the conversation. */
  hostFrame: '#comm100-container iframe:not([title="Chat Invitation"])',
} as const;

const S = COMM100_SELECTORS;

/** Hosts that serve the widget document. */
export const COMM100_HOSTS = /(^|\.)comm100\.(com|io)$/;

function bindComm100(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('comm100', parts.log, parts.container) : null;
}

export const comm100: WidgetAdapter = {
  id: 'comm100',
  name: 'Comm100 Live Chat',
  frame: 'widget-frame',
  matches: (doc, location) => hostMatches(location, COMM100_HOSTS) || frameElementMatches(doc, S.hostFrame),
  bind: bindComm100,
};
