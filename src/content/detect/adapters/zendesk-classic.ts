/**
 * Zendesk Web Widget (classic) (SO-IFRAME: React portal into srcless `iframe#webWidget`;
 * loader `script#ze-snippet` in the page).
 *
 * Fixtures: tests/fixtures/widgets/zendesk-classic/{index,frame}.html.
 * Facts (H, widgets.md B.1, levsero/test_embed 2022-02): `[data-testid="chat-log"]`, rows
 * `chat-msg-user|agent|event|answer-bot`, `textarea[name="chatBox"][data-testid="message-field"]`,
 * send icon `[data-testid="Icon--send-chat"]` (mobile; desktop sends on Enter). Name and time
 * markup inside a row is not documented: generic name/time cues.
 */
import type { Author } from '../../../shared/transcript-types';
import type { WidgetAdapter } from '../types';
import { frameElementMatches, hasMarker } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const ZENDESK_CLASSIC_FRAME = 'iframe#webWidget';
export const ZENDESK_CLASSIC_MARKERS = ['[data-testid="chat-log"]', 'textarea[name="chatBox"]'];

export const ZENDESK_CLASSIC_SELECTORS: VendorSelectors = {
  panel: ['body'],
  log: ['[data-testid="chat-log"]'],
  message: '[data-testid="chat-msg-user"], [data-testid="chat-msg-agent"], [data-testid="chat-msg-event"], [data-testid="chat-msg-answer-bot"]',
  composer: ['textarea[name="chatBox"]', 'textarea[data-testid="message-field"]'],
  send: ['[data-testid="Icon--send-chat"]'],
};

export const ZENDESK_CLASSIC_AUTHORS: Readonly<Record<string, Author>> = {
  'chat-msg-user': 'customer',
  'chat-msg-agent': 'agent',
  'chat-msg-answer-bot': 'agent',
  'chat-msg-event': 'system',
};

export const zendeskClassic: WidgetAdapter = {
  id: 'zendesk-classic',
  name: 'Zendesk Web Widget (classic)',
  frame: 'widget-frame',
  matches: (doc) => frameElementMatches(doc, ZENDESK_CLASSIC_FRAME) || hasMarker(doc, ZENDESK_CLASSIC_MARKERS),
  bind: (root) =>
    bindVendor('zendesk-classic', root, ZENDESK_CLASSIC_SELECTORS, {
      author: (el) => ZENDESK_CLASSIC_AUTHORS[el.getAttribute('data-testid') ?? ''] ?? null,
    }),
};
