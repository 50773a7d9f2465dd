/**
 * LiveChat (text.com) (XO-IFRAME from secure.livechatinc.com: `iframe#chat-widget[name="chat-widget"]`
 * inside `#chat-widget-container`; the same ids are used by OpenWidget and ChatBot.com).
 *
 * Fixtures: tests/fixtures/widgets/livechat/{index,frame}.html.
 * Facts (M, widgets.md B.1): frame ids and host; bare `textarea` composer; hashed classes with no
 * stable message marker; an offline "Leave a message" form (Name, E-mail, Subject, Message)
 * replaces the chat when the team is away. Message rows, authors and the send control are NOT
 * known: this adapter recognises the frame and then relies entirely on the generic heuristics
 * (role=log/aria-live log, receipts, avatars, geometry, send cues), which also refuse the
 * offline form because it asks for an e-mail.
 * Recognised by the frame's host only: the frame name `chat-widget` (and the container id) is
 * shared with OpenWidget, ChatBot.com and home-made widgets (widgets.md D.2 "Id collisions"), and
 * nothing inside the frame is known to be LiveChat's own, so the name alone never decides.
 */
import type { WidgetAdapter } from '../types';
import { hostMatches } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const LIVECHAT_HOST = /(^|\.)livechatinc\.com$/;

export const LIVECHAT_SELECTORS: VendorSelectors = {
  panel: ['body'],
  log: ['[role="log"]', '[aria-live="polite"]'],
  composer: ['textarea:not([name])', 'textarea'],
  send: ['button[aria-label*="send" i]', 'button[title*="send" i]'],
};

export const livechat: WidgetAdapter = {
  id: 'livechat',
  name: 'LiveChat',
  frame: 'widget-frame',
  matches: (_doc, location) => hostMatches(location, LIVECHAT_HOST),
  bind: (root) => bindVendor('livechat', root, LIVECHAT_SELECTORS),
};
