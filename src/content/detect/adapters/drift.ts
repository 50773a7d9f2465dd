/**
 * Drift (Salesloft) (XO-IFRAME from js.driftt.com; the page holds `#drift-frame-chat` and
 * `#drift-frame-controller` around the frames).
 *
 * Fixtures: tests/fixtures/widgets/drift/{index,frame}.html.
 * Facts: containers M (widgets.md B.1). Inside the frame (M–L, from Drift's public widget bundle
 * and third-party Selenium scripts): `main.drift-widget-chat-layout[aria-live="polite"]`,
 * `.drift-widget-message-history`, `.drift-widget-chat-bottom`, bot bubbles
 * `.drift-widget-message-bubble--from-bot`, text under `.drift-widget-message--box`, composer
 * `textarea#drift-widget-composer-input`. The customer-bubble modifier and the send control are
 * NOT known: generic class tokens (`--from-user`, `end-user`) and send cues decide.
 */
import type { WidgetAdapter } from '../types';
import { hasMarker, hostMatches } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const DRIFT_HOST = /(^|\.)driftt?\.com$/;
export const DRIFT_MARKERS = ['.drift-widget-chat-layout', '#drift-widget-composer-input'];

export const DRIFT_SELECTORS: VendorSelectors = {
  panel: ['.drift-widget-chat-wrapper', '.drift-widget-chat-layout', 'body'],
  log: ['.drift-widget-message-history'],
  message: '[class*="drift-widget-message-bubble--from"], .drift-widget-message-bubble, [class*="drift-widget-message--"]',
  composer: ['textarea#drift-widget-composer-input', '[class*="drift-widget-composer"] textarea'],
  send: ['[class*="drift-widget-composer"] button[aria-label*="send" i]', 'button[class*="drift-widget-send"]'],
};

export const drift: WidgetAdapter = {
  id: 'drift',
  name: 'Drift',
  frame: 'widget-frame',
  matches: (doc, location) => hostMatches(location, DRIFT_HOST) || hasMarker(doc, DRIFT_MARKERS),
  bind: (root) => bindVendor('drift', root, DRIFT_SELECTORS),
};
