/**
 * Genesys Cloud Web Messaging / Messenger (widget frame `#genesys-mxg-frame` inside
 * `#genesys-mxg-container-frame`, served from apps.mypurecloud.* or apps.<region>.pure.cloud).
 *
 * Fixtures: tests/fixtures/widgets/genesys/{index,frame}.html.
 * Facts: host ids M (third-party scripts); the frame origin is assumed cross-origin (L). The
 * Messenger's inner markup is closed source and unknown, so the frame is recognised by host or
 * by its embedding frame id, and the generic heuristics read it. The legacy Genesys Widgets
 * (`cx-widget`, INLINE) are not covered.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const GENESYS_SELECTORS = {
  hostFrame: '#genesys-mxg-frame, .genesys-mxg-frame',
} as const;

const S = GENESYS_SELECTORS;

/** Hosts that serve the widget document. */
export const GENESYS_HOSTS = /^apps\.(mypurecloud\.[a-z.]+|[a-z0-9-]+\.pure\.cloud)$/;
const HOST = GENESYS_HOSTS;

/** The iframe element embedding this document, when the parent is same-origin; else null. */
function embeddingFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function bindGenesys(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('genesys', parts.log, parts.container) : null;
}

export const genesys: WidgetAdapter = {
  id: 'genesys',
  name: 'Genesys Cloud Messenger',
  frame: 'widget-frame',
  matches: (doc, location) => {
    const frame = embeddingFrame(doc);
    return HOST.test(location.hostname) || (frame !== null && frame.matches(S.hostFrame));
  },
  bind: bindGenesys,
};
