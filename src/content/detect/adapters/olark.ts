/**
 * Olark (INLINE: `#olark-wrapper` > `#olark-container` in the page; a same-origin storage iframe
 * holds only state).
 *
 * Fixture: tests/fixtures/widgets/olark/index.html.
 * Facts (M, widgets.md B.1 and site CSS overrides): `#olark-container`,
 * `.olark-conversation-container[aria-label="chat"]`, `.olark-message-block-container`,
 * `.olark-visitor-message` (customer), `textarea[name="olark-message-textarea"]` (id prefix
 * `olark-custom-element`, shared with optional name/e-mail inputs). The operator-message class
 * and the send control are NOT known: generic class tokens (`operator`) and send cues decide;
 * Olark sends on Enter, so a missing send control is normal.
 */
import type { WidgetAdapter } from '../types';
import { OLARK_MARKERS } from '../markers';
import { hasMarker } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';


export const OLARK_SELECTORS: VendorSelectors = {
  panel: ['#olark-container', '#habla_window_div'],
  log: ['.olark-conversation-container:not(.olark-form-conversation-container)', '.olark-conversation-container'],
  composer: ['textarea[name="olark-message-textarea"]', 'textarea[id^="olark-custom-element"]'],
  send: ['#olark-container button[aria-label*="send" i]', '#olark-container [class*="olark-send"]'],
};

export const olark: WidgetAdapter = {
  id: 'olark',
  name: 'Olark',
  frame: 'top',
  markers: OLARK_MARKERS,
  matches: (doc) => hasMarker(doc, OLARK_MARKERS),
  bind: (root) =>
    bindVendor('olark', root, OLARK_SELECTORS, {
      author: (el) => (el.matches('.olark-visitor-message') || el.querySelector('.olark-visitor-message') ? 'customer' : null),
    }),
};
