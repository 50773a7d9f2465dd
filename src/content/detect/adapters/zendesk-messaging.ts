/**
 * Zendesk Messaging, the new Web Widget (SO-IFRAME without id or name, titled "Messaging window"
 * in English; the title is localized).
 *
 * Fixtures: tests/fixtures/widgets/zendesk-messaging/{index,frame}.html.
 * Facts (H 2022, re-confirmed 2026; widgets.md B.1): log `role="log" aria-live="polite"`; every
 * bubble `[data-testid="participant-bubble"]`; the customer differs from the agent only by a
 * styled-components class, so authorship comes from the group: agent groups show a name/avatar,
 * customer groups a receipt ("Sent"/"Delivered"). Send `button[aria-label="Send a message"]`
 * exists only while the textarea has text. Group and receipt markup is not pinned down, hence
 * receipt text, images and text outside the bubbles, and geometry as the last resort.
 * The composer is a Zendesk Garden `Textarea` (levsero/test_embed
 * `packages/conversation-components/src/Composer/styles.js` imports it from
 * `@zendeskgarden/react-forms`), which renders `data-garden-id="forms.textarea"` (Garden's
 * `COMPONENT_ID`; third-party page objects select it): before the first bubble, that is the
 * vendor-specific signal next to the log, and unlike the "Type a message" label it is not
 * translated. A log beside any "Type a message" textarea is common to many widgets.
 */
import type { Author } from '../../../shared/transcript-types';
import type { WidgetAdapter } from '../types';
import { frameElementMatches, hasMarker } from '../heuristics/frame-match';
import { statusFromText } from '../heuristics/receipts';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';

export const ZENDESK_MESSAGING_FRAME = 'iframe[title="Messaging window"]';
export const GARDEN_TEXTAREA = 'textarea[data-garden-id="forms.textarea"]';
export const ZENDESK_MESSAGING_MARKERS = ['[data-testid="participant-bubble"]', `[role="log"] ~ * ${GARDEN_TEXTAREA}`];
export const BUBBLE = '[data-testid="participant-bubble"]';

export const ZENDESK_MESSAGING_SELECTORS: VendorSelectors = {
  panel: ['body'],
  log: ['[role="log"][aria-live="polite"]', '[role="log"]'],
  message: BUBBLE,
  composer: [GARDEN_TEXTAREA, 'textarea[aria-label="Type a message"]', 'textarea[placeholder="Type a message"]'],
  send: ['button[aria-label="Send a message"]'],
};

/** The bubble's sender group: the log's child that holds it (groups hold name, avatar, receipt). */
function groupOf(bubble: Element): Element {
  let group = bubble;
  for (let up = bubble.parentElement; up && up.getAttribute('role') !== 'log'; up = up.parentElement) {
    group = up;
  }
  return group;
}

/** Elements of the group outside its bubbles: name, avatar, receipt (all hashed classes). */
function groupChrome(group: Element): Element[] {
  return Array.from(group.querySelectorAll('*')).filter((el) => !el.closest(BUBBLE) && !el.querySelector(BUBBLE));
}

function messagingAuthor(bubble: Element): Author | null {
  const chrome = groupChrome(groupOf(bubble));
  if (chrome.some((el) => el.childElementCount === 0 && statusFromText(el.textContent ?? '') !== null)) {
    return 'customer';
  }
  const named = chrome.some((el) => el.localName === 'img' || (el.childElementCount === 0 && (el.textContent ?? '').trim() !== ''));
  return named ? 'agent' : null;
}

export const zendeskMessaging: WidgetAdapter = {
  id: 'zendesk-messaging',
  name: 'Zendesk Messaging',
  frame: 'widget-frame',
  matches: (doc) => frameElementMatches(doc, ZENDESK_MESSAGING_FRAME) || hasMarker(doc, ZENDESK_MESSAGING_MARKERS),
  bind: (root) => bindVendor('zendesk-messaging', root, ZENDESK_MESSAGING_SELECTORS, { author: messagingAuthor }),
};
