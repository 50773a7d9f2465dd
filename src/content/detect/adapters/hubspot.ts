/**
 * HubSpot Conversations chat (XO-IFRAME from app.hubspot.com/conversations-visitor/…, EU
 * app-eu1; `iframe#hubspot-conversations-iframe` inside `#hubspot-messages-iframe-container`).
 *
 * Fixtures: tests/fixtures/widgets/hubspot/{index,frame}.html.
 * Facts (M, widgets.md B.1): host and path; hashed `VizEx…` classes; composer
 * `[data-test-id="widget-textarea"]` (re-renders constantly, so it is looked up on every call).
 * The message list, rows, authors and send control are NOT known: the generic heuristics do
 * that part inside the frame.
 */
import type { WidgetAdapter } from '../types';
import { hasMarker, hostMatches } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const HUBSPOT_HOST = /^app(-[a-z0-9]+)?\.hubspot\.com$/;
export const HUBSPOT_PATH = /^\/conversations-visitor\//;
export const HUBSPOT_MARKERS = ['[data-test-id="widget-textarea"]', '[data-test-id="initial-message-close-button"]'];

export const HUBSPOT_SELECTORS: VendorSelectors = {
  panel: ['body'],
  log: ['[role="log"]', '[aria-live="polite"]'],
  composer: ['[data-test-id="widget-textarea"]', '[data-test-id="widget-textarea"] textarea'],
  send: ['button[data-test-id*="send" i]', 'button[aria-label*="send" i]'],
};

export const hubspot: WidgetAdapter = {
  id: 'hubspot',
  name: 'HubSpot Conversations',
  frame: 'widget-frame',
  matches: (doc, location) => hostMatches(location, HUBSPOT_HOST, HUBSPOT_PATH) || hasMarker(doc, HUBSPOT_MARKERS),
  bind: (root) => bindVendor('hubspot', root, HUBSPOT_SELECTORS),
};
