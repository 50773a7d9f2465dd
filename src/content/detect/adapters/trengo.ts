/**
 * Trengo web widget (`#trengo-web-widget` on the host page holding an iframe
 * `.trengo-vue-iframe`; loader from static.widget.trengo.eu). Whether the frame is same- or
 * cross-origin is unknown (L).
 *
 * Fixtures: tests/fixtures/widgets/trengo/{index,frame}.html.
 * Facts: `#trengo-web-widget` M and `.trengo-vue-iframe` L (site hide lists). The inner markup is
 * unknown: recognised by host or embedding frame, read with the generic heuristics.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const TRENGO_SELECTORS = {
  hostContainer: '#trengo-web-widget',
  hostFrame: 'iframe.trengo-vue-iframe',
} as const;

const S = TRENGO_SELECTORS;

/** Hosts that serve the widget document. */
export const TRENGO_HOSTS = /(^|\.)widget\.trengo\.eu$/;
const HOST = TRENGO_HOSTS;

/** The iframe element embedding this document, when the parent is same-origin; else null. */
function embeddingFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function bindTrengo(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('trengo', parts.log, parts.container) : null;
}

export const trengo: WidgetAdapter = {
  id: 'trengo',
  name: 'Trengo',
  frame: 'widget-frame',
  matches: (doc, location) => {
    const frame = embeddingFrame(doc);
    const embedded = frame !== null && (frame.matches(S.hostFrame) || frame.closest(S.hostContainer) !== null);
    return embedded || HOST.test(location.hostname);
  },
  bind: bindTrengo,
};
