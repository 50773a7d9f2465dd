/**
 * Tidio (SHADOW: open shadow root under `div#tidio-chat`, 2026 probe; older builds used a
 * same-origin `iframe#tidio-chat-iframe` inside `#tidio-chat`, which this adapter also binds
 * when it runs in that frame).
 *
 * Fixture: tests/fixtures/widgets/tidio/index.html (shadow root built by an inline script).
 * Facts (M, widgets.md B.1): `#tidio-chat`, hashed `tidio-xxxxx` classes, composer
 * `textarea` or `[contenteditable]`, send button with text "Send" or `aria-label*=send`; a
 * pre-chat e-mail form can appear after the first message. The message list and author markup
 * are NOT known (`message-visitor`/`message-operator` are remembered from Tidio's customisation
 * CSS, L): generic class tokens, receipts and geometry decide.
 */
import type { WidgetAdapter } from '../types';
import { TIDIO_MARKERS } from '../markers';
import { frameElementMatches, hasMarker } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const TIDIO_FRAME = 'iframe#tidio-chat-iframe';

export const TIDIO_SELECTORS: VendorSelectors = {
  // Inside the shadow root (or the legacy frame) the widget is the whole root.
  panel: ['#tidio', '[id^="tidio"]', 'body', ':host > *', 'div'],
  log: ['[role="log"]', '[aria-live="polite"]', '[class*="conversation-messages"]'],
  composer: ['textarea', '[contenteditable="true"]'],
  send: ['button[aria-label*="send" i]'],
};

export const tidio: WidgetAdapter = {
  id: 'tidio',
  name: 'Tidio',
  frame: 'top',
  markers: TIDIO_MARKERS,
  matches: (doc) => hasMarker(doc, TIDIO_MARKERS) || frameElementMatches(doc, TIDIO_FRAME),
  bind: (root) => bindVendor('tidio', root, TIDIO_SELECTORS),
};
