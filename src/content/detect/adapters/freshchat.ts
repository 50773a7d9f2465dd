/**
 * Freshchat classic (XO-IFRAME from wchat.freshchat.com, regional wchat.<region>.freshchat.com;
 * the page holds `#fc_frame` with `iframe#fc_widget` and the `.d-hotline` launcher).
 *
 * Fixtures: tests/fixtures/widgets/freshchat/{index,frame}.html.
 * Facts: host and containers M (widgets.md B.1). Inside the frame: the chat window
 * `.fc-conversation-view .h-conv-chat` M (the widget's own bundle queries `.h-conv-chat`; a
 * Selenium page object selects `div.fc-conversation-view div.h-conv-chat`); third-party dark-theme
 * CSS names `.agent-message`, `.outgoing-message`, `.composer` (L). Log, system lines and the send
 * control are NOT known: the generic heuristics decide, with the L class names as hints.
 * The L message classes are common words (Chatwoot and Genesys frames use `.agent-message` too),
 * so in-frame markup counts only together with the Freshchat-specific chat window.
 */
import type { WidgetAdapter } from '../types';
import { frameElementMatches, frameNameIs, hasMarker, hostMatches } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const FRESHCHAT_HOST = /^wchat\.([a-z0-9-]+\.)?freshchat\.com$/;
export const FRESHCHAT_FRAME = 'iframe#fc_widget';
export const FRESHCHAT_FRAME_NAMES = ['fc_widget'];
export const FRESHCHAT_MARKERS = ['.agent-message', '.outgoing-message'];
/** The second, vendor-specific signal the message markers need. */
export const FRESHCHAT_WINDOW_MARKERS = ['.fc-conversation-view', '.h-conv-chat'];

export const FRESHCHAT_SELECTORS: VendorSelectors = {
  panel: ['body'],
  log: ['[role="log"]', '[aria-live="polite"]'],
  message: '.agent-message, .outgoing-message, [class*="system-message"]',
  composer: ['.composer textarea', '.composer [contenteditable="true"]'],
  send: ['.composer button[aria-label*="send" i]', '.composer [class*="send"]'],
};

export const freshchat: WidgetAdapter = {
  id: 'freshchat',
  name: 'Freshchat (classic)',
  frame: 'widget-frame',
  matches: (doc, location) =>
    hostMatches(location, FRESHCHAT_HOST) ||
    frameNameIs(doc, FRESHCHAT_FRAME_NAMES) ||
    frameElementMatches(doc, FRESHCHAT_FRAME) ||
    (hasMarker(doc, FRESHCHAT_WINDOW_MARKERS) && hasMarker(doc, FRESHCHAT_MARKERS)),
  bind: (root) => bindVendor('freshchat', root, FRESHCHAT_SELECTORS),
};
