/**
 * Intercom Messenger (SO-IFRAME: srcless `iframe[name="intercom-messenger-frame"]` inside
 * `#intercom-container`, filled by widget.intercom.io's script).
 *
 * Fixtures: tests/fixtures/widgets/intercom/{index,frame}.html.
 * Facts (M–L, widgets.md B.1): frame names; legacy class set `.intercom-conversation-part`,
 * `.intercom-comment-container-user|admin`, `.intercom-block-paragraph`, `textarea[name="message"]`,
 * `button.intercom-composer-send-button`. Current builds hash `intercom-xxxxx` classes and the
 * legacy set is not confirmed current, so every part falls back on the generic heuristics
 * (prefix matches, class tokens `user`/`admin`, composer and send cues) inside the frame's body.
 */
import type { WidgetAdapter } from '../types';
import { frameElementMatches, frameNameIs, hasMarker } from '../heuristics/frame-match';
import { authorFromWords } from '../heuristics/author-from-classes';
import { classTokens } from '../heuristics/class-tokens';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const INTERCOM_FRAME = 'iframe[name="intercom-messenger-frame"], iframe.intercom-messenger-frame';
export const INTERCOM_FRAME_NAMES = ['intercom-messenger-frame'];
export const INTERCOM_MARKERS = ['.intercom-messenger', '[class*="intercom-conversation"]', 'textarea[name="message"][class*="intercom"]'];

export const INTERCOM_SELECTORS: VendorSelectors = {
  panel: ['.intercom-messenger', '[class*="intercom-messenger"]', 'body'],
  log: ['.intercom-conversation-parts', '[class*="intercom-conversation-parts"]', '[role="log"]'],
  message: '.intercom-conversation-part, [class*="intercom-conversation-part-"]',
  composer: ['textarea[name="message"]', '[class*="intercom-composer"] textarea', '[class*="intercom-composer"] [contenteditable="true"]'],
  send: ['button.intercom-composer-send-button', '[class*="intercom-composer"] button[aria-label*="send" i]'],
};

/** `intercom-comment-container-user` / `-admin`; the generic tokens already read those words. */
function intercomAuthor(el: Element) {
  const container = el.querySelector('[class*="intercom-comment-container"]') ?? el;
  return authorFromWords(classTokens(container));
}

export const intercom: WidgetAdapter = {
  id: 'intercom',
  name: 'Intercom',
  frame: 'widget-frame',
  matches: (doc) =>
    frameElementMatches(doc, INTERCOM_FRAME) || frameNameIs(doc, INTERCOM_FRAME_NAMES) || hasMarker(doc, INTERCOM_MARKERS),
  bind: (root) =>
    bindVendor('intercom', root, INTERCOM_SELECTORS, {
      author: intercomAuthor,
      skip: '[class*="intercom-comment-metadata"], [class*="intercom-avatar"]',
    }),
};
