/**
 * Freshworks Messaging, the newer Freshchat widget (XO-IFRAME: `iframe#freshworks-frame` inside
 * `#freshworks-container`; frame host widget.freshworks.com, loader on fw-cdn.com; hosts L).
 *
 * Fixtures: tests/fixtures/widgets/freshworks/{index,frame}.html.
 * Facts: containers M (widgets.md B.1); nothing inside the frame is known. This adapter only
 * recognises the frame (host, window name, frame element) and relies entirely on the generic
 * heuristics for the log, rows, authors, composer and send control.
 */
import type { WidgetAdapter } from '../types';
import { frameElementMatches, frameNameIs, hostMatches } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const FRESHWORKS_HOST = /(^|\.)(freshworks\.com|fw-cdn\.com)$/;
export const FRESHWORKS_FRAME = 'iframe#freshworks-frame';
export const FRESHWORKS_FRAME_NAMES = ['freshworks-frame'];

export const FRESHWORKS_SELECTORS: VendorSelectors = {
  panel: ['body'],
  log: ['[role="log"]', '[role="feed"]', '[aria-live="polite"]'],
  composer: [],
  send: [],
};

export const freshworks: WidgetAdapter = {
  id: 'freshworks',
  name: 'Freshworks Messaging',
  frame: 'widget-frame',
  matches: (doc, location) =>
    hostMatches(location, FRESHWORKS_HOST) || frameNameIs(doc, FRESHWORKS_FRAME_NAMES) || frameElementMatches(doc, FRESHWORKS_FRAME),
  bind: (root) => bindVendor('freshworks', root, FRESHWORKS_SELECTORS),
};
