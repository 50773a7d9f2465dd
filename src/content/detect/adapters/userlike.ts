/**
 * Userlike Messenger (SO-IFRAME: the loader creates a hidden same-origin helper frame
 * `iframe#userlike-frame-*[title="Empty frame"]`, loads the widget bundle from
 * userlike-cdn-widgets.s3-eu-west-1.amazonaws.com into it, and that code renders the visible
 * `iframe[title="Messenger button"]` and `iframe[title="Messenger"]` into the host page; they have
 * no URL of their own).
 *
 * Fixtures: tests/fixtures/widgets/userlike/{index,frame}.html (script-filled frames).
 * Facts: the helper frame and manifest host H (userlike/messenger `loader/create-frame.ts`,
 * `loader/load-scripts.ts`); the visible frames' titles, emotion `frame-<hash>` classes and the
 * composer `input` with placeholder "Ihre Nachricht" / "Your message" L-M (one third-party
 * Playwright test, ikirpichny/userlike-chat-e2e-python). Both the frame title and the composer
 * placeholder are generic words, so either must come with emotion `frame-` classes. Messages are
 * read with the generic heuristics.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { frameElementMatches, hasMarker, hostMatches } from '../heuristics/frame-match';

export const USERLIKE_SELECTORS = {
  messengerFrame: 'iframe[title="Messenger"]',
  emotion: ['[class^="frame-"]', '[class*=" frame-"]'],
  composer: ['input[placeholder="Your message"]', 'input[placeholder="Ihre Nachricht"]'],
} as const;

const S = USERLIKE_SELECTORS;

/** Hosts of Userlike's own documents (the widget CDN is userlike-cdn-*). */
export const USERLIKE_HOSTS = /(^|\.)userlike\.com$|^userlike-cdn-/;

function bindUserlike(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('userlike', parts.log, parts.container) : null;
}

export const userlike: WidgetAdapter = {
  id: 'userlike',
  name: 'Userlike',
  frame: 'widget-frame',
  matches: (doc, location) =>
    hasMarker(doc, S.emotion) &&
    (frameElementMatches(doc, S.messengerFrame) || hostMatches(location, USERLIKE_HOSTS) || hasMarker(doc, S.composer)),
  bind: bindUserlike,
};
