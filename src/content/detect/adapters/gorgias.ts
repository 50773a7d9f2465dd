/**
 * Gorgias chat (iframes inside `#gorgias-chat-container`, created by the loader: `iframe#chat-button`
 * (launcher) and `iframe#chat-window`; frame origin NOT known, assumed same-origin srcless).
 *
 * Fixtures: tests/fixtures/widgets/gorgias/{index,frame}.html.
 * Facts: container M, frame ids M (site scripts select `#gorgias-chat-container iframe#chat-button`),
 * host gorgias.chat from the loader (config.gorgias.chat). Nothing inside the chat window is
 * known: the adapter recognises the frame and relies entirely on the generic heuristics. Many
 * "Gorgias" sites load only the helpdesk (`GorgiasBridge`), with no chat: matches() needs the
 * chat frame, not the script. The frame is recognised by its embedding element inside Gorgias's
 * own container (two signals) or by a Gorgias host; its id/name `chat-window` alone is a generic
 * word other widgets use too (widgets.md D.2 "Id collisions").
 */
import type { WidgetAdapter } from '../types';
import { frameElementMatches, hostMatches } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const GORGIAS_FRAME = '#gorgias-chat-container iframe#chat-window';
export const GORGIAS_HOST = /(^|\.)gorgias\.(chat|io)$/;

export const GORGIAS_SELECTORS: VendorSelectors = {
  panel: ['body'],
  log: ['[role="log"]', '[role="feed"]', '[aria-live="polite"]'],
  composer: [],
  send: [],
};

export const gorgias: WidgetAdapter = {
  id: 'gorgias',
  name: 'Gorgias',
  frame: 'widget-frame',
  matches: (doc, location) =>
    frameElementMatches(doc, GORGIAS_FRAME) || hostMatches(location, GORGIAS_HOST),
  bind: (root) => bindVendor('gorgias', root, GORGIAS_SELECTORS),
};
