/**
 * Zoho SalesIQ (SO-IFRAME: about:blank chat frame with no stable URL; the page holds the float
 * button `#zsiq_float` / `.zsiq_floatmain` and the window `.zls-sptwndw.siqembed`).
 *
 * Fixtures: tests/fixtures/widgets/zoho-salesiq/{index,frame}.html.
 * Facts (M, widgets.md B.1): page containers and the composer `textarea#msgarea` ("Type your
 * message and hit 'Enter'"). Message markup inside the frame is NOT known (`.zsiq_msgtxt` is
 * one unverified third-party guess): the generic heuristics read the rows.
 */
import type { WidgetAdapter } from '../types';
import { frameElementMatches, hasMarker } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const ZOHO_FRAME = '.zls-sptwndw iframe, .siqembed iframe, iframe#siqiframe';
export const ZOHO_MARKERS = ['textarea#msgarea'];

export const ZOHO_SELECTORS: VendorSelectors = {
  panel: ['body'],
  log: ['[role="log"]', '[aria-live="polite"]', '[class*="msgarea"] ~ [class*="conversation"]'],
  composer: ['textarea#msgarea'],
  send: ['[aria-label*="send" i]', '[class*="sendbtn" i]', '[class*="send-btn" i]'],
};

export const zohoSalesiq: WidgetAdapter = {
  id: 'zoho-salesiq',
  name: 'Zoho SalesIQ',
  frame: 'widget-frame',
  matches: (doc) => frameElementMatches(doc, ZOHO_FRAME) || hasMarker(doc, ZOHO_MARKERS),
  bind: (root) => bindVendor('zoho-salesiq', root, ZOHO_SELECTORS),
};
