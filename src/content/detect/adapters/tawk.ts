/**
 * Tawk.to (SO-IFRAME: v4 renders into about:srcdoc frames titled "chat widget", several per
 * widget, with no stable name; the page holds a host div with a random id).
 *
 * Fixtures: tests/fixtures/widgets/tawk/{index,frame}.html.
 * Facts (M, widgets.md B.1): `.tawk-chat-panel`, `.tawk-message-body`, bubbles
 * `.tawk-chat-bubble.tawk-visitor-chat-bubble` (customer) / `.tawk-agent-chat-bubble` (agent),
 * time `.tawk-timeago`, two `textarea.tawk-chatinput-editor` (only one visible), send
 * `.tawk-chatinput-send`. The element holding the message list and the markup of system lines
 * are not known: the log falls back to the chat panel and system lines to generic class tokens.
 */
import type { WidgetAdapter } from '../types';
import { frameElementMatches, hasMarker } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const TAWK_FRAME = 'iframe[title="chat widget"]';
export const TAWK_MARKERS = ['.tawk-chat-panel', '.tawk-min-container', 'textarea.tawk-chatinput-editor'];

export const TAWK_SELECTORS: VendorSelectors = {
  panel: ['.tawk-chat-panel'],
  // The list container's class is unverified; the panel itself is a safe (wider) log.
  log: ['[class*="tawk-messages"]', '.tawk-chat-panel'],
  message: '.tawk-message-body, .tawk-chat-bubble, [class*="tawk-system"]',
  composer: ['textarea.tawk-chatinput-editor'],
  send: ['.tawk-chatinput-send', '.tawk-chatinput-send-container button'],
};

export const tawk: WidgetAdapter = {
  id: 'tawk',
  name: 'Tawk.to',
  frame: 'widget-frame',
  matches: (doc) => frameElementMatches(doc, TAWK_FRAME) || hasMarker(doc, TAWK_MARKERS),
  bind: (root) =>
    bindVendor('tawk', root, TAWK_SELECTORS, {
      author: (el) => {
        const bubble = el.matches('.tawk-chat-bubble') ? el : el.querySelector('.tawk-chat-bubble');
        if (bubble?.classList.contains('tawk-visitor-chat-bubble')) {
          return 'customer';
        }
        return bubble?.classList.contains('tawk-agent-chat-bubble') ? 'agent' : null;
      },
      skip: '.tawk-timeago',
      time: '.tawk-timeago',
    }),
};
