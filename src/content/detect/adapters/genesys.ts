/**
 * Genesys Cloud Web Messaging / Messenger (XO-IFRAME). The bootstrap
 * (`apps.<region>/genesys-bootstrap/genesys.min.js`) injects `iframe#genesys-mxg-frame.genesys-mxg-frame`
 * (`{apps}/messenger/messenger.html`, the launcher and the conversation UI, classed
 * `genesys-mxg-conversation` / `genesys-mxg-homescreen` while open) and
 * `#genesys-mxg-container-frame` (`{apps}/messenger/messenger-renderer.html`, runs MessagingService).
 * `{apps}` is apps.mypurecloud.com / .ie / .de / .jp / .com.au, apps.usw2.pure.cloud and the other
 * apps.<region>.pure.cloud hosts.
 *
 * Fixtures: tests/fixtures/widgets/genesys/{index,frame}.html (frame served from apps.mypurecloud.com).
 * Facts: frame ids and hosts M (third-party scripts; a write-up of the published genesys.min.js
 * and messenger files, read 2026-10). The Messenger's message markup is closed source and unknown,
 * so the frame is recognised by host (its embedding id only when same-origin, e.g. in tests) and
 * the generic heuristics read it. The legacy Genesys Widgets (`cx-widget`, INLINE) are not covered.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { frameElementMatches, hostMatches } from '../heuristics/frame-match';

export const GENESYS_SELECTORS = {
  hostFrame: '#genesys-mxg-frame, .genesys-mxg-frame',
} as const;

const S = GENESYS_SELECTORS;

/** Hosts that serve the Messenger frames (hostname only; the path is /messenger/…). */
export const GENESYS_HOSTS = /^apps\.(mypurecloud\.[a-z.]+|[a-z0-9-]+\.pure\.cloud)$/;

function bindGenesys(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('genesys', parts.log, parts.container) : null;
}

export const genesys: WidgetAdapter = {
  id: 'genesys',
  name: 'Genesys Cloud Messenger',
  frame: 'widget-frame',
  matches: (doc, location) => hostMatches(location, GENESYS_HOSTS) || frameElementMatches(doc, S.hostFrame),
  bind: bindGenesys,
};
