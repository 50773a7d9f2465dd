/**
 * Front Chat (SO-IFRAME: the SDK from chat-assets.frontapp.com/v1/chat.bundle.js appends
 * `iframe#front-chat-iframe[title="Front Chat"]` to the body and fills it through `srcdoc` with
 * `<div id="front-chat-container">` plus the app bundle script; the host page then calls into its
 * `contentWindow`, so the frame is same-origin with the page).
 *
 * Fixtures: tests/fixtures/widgets/front/{index,frame}.html (srcdoc frame, as the SDK builds it).
 * Facts: frame id/title, srcdoc and `#front-chat-container` H (Front's published chat.bundle.js,
 * SDK 9.73.9). The app's message markup (hashed `fc-…` classes) is unknown, so the generic
 * heuristics read it. The frontapp.com host test covers a pop-out served by Front itself.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { frameElementMatches, hasMarker, hostMatches } from '../heuristics/frame-match';

export const FRONT_SELECTORS = {
  hostFrame: 'iframe#front-chat-iframe',
  /** The root the SDK writes into the frame's srcdoc. */
  frameRoot: ['#front-chat-container'],
} as const;

const S = FRONT_SELECTORS;

/** Hosts that serve Front's own documents. */
export const FRONT_HOSTS = /(^|\.)frontapp\.com$/;

function bindFront(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('front', parts.log, parts.container) : null;
}

export const front: WidgetAdapter = {
  id: 'front',
  name: 'Front Chat',
  frame: 'widget-frame',
  matches: (doc, location) =>
    frameElementMatches(doc, S.hostFrame) || hasMarker(doc, S.frameRoot) || hostMatches(location, FRONT_HOSTS),
  bind: bindFront,
};
