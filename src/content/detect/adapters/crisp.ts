/**
 * Crisp (INLINE: `.crisp-client` root in the page, `#crisp-chatbox` window; no iframe).
 *
 * Fixture: tests/fixtures/widgets/crisp/index.html.
 * Facts (M, widgets.md B.1): `.crisp-client`, `#crisp-chatbox`, hashed `cc-xxxx` classes,
 * composer `textarea[placeholder*="Compose your message"]` (English default; localized).
 * `[data-from="operator"|"visitor"]` on messages is L (one third-party script reads
 * `data-from="operator"`); the generic reader takes `data-from` as an author attribute and
 * otherwise falls back on receipts, avatars and geometry. The send control is not known.
 */
import type { WidgetAdapter } from '../types';
import { CRISP_MARKERS } from '../markers';
import { hasMarker } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';


export const CRISP_SELECTORS: VendorSelectors = {
  panel: ['#crisp-chatbox', '.crisp-client'],
  log: ['#crisp-chatbox [role="log"]', '#crisp-chatbox [aria-live="polite"]'],
  composer: ['#crisp-chatbox textarea[name="message"]', '#crisp-chatbox textarea[placeholder*="Compose your message" i]', '#crisp-chatbox textarea'],
  send: ['#crisp-chatbox [aria-label*="send" i]', '#crisp-chatbox [data-action*="send" i]'],
};

export const crisp: WidgetAdapter = {
  id: 'crisp',
  name: 'Crisp',
  frame: 'top',
  markers: CRISP_MARKERS,
  matches: (doc) => hasMarker(doc, CRISP_MARKERS),
  bind: (root) => bindVendor('crisp', root, CRISP_SELECTORS),
};
