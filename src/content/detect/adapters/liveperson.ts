/**
 * LivePerson Conversational Cloud (INLINE window `#lpChat`; engagement button
 * `div[id^="LPMcontainer"].LPMcontainer`).
 *
 * Fixture: tests/fixtures/widgets/liveperson/index.html.
 * Facts (M–L, widgets.md B.1): `#lpChat`, text nodes
 * `.lp_title_text[data-lp-cust-id="transcript_bubble_visitor_text"]` (customer) vs
 * `…agent_text` (agent), `.lp_sender`, `.lp_agent_is_typing`, composer
 * `textarea.lpview_form_textarea`, send `.lp_send_button` / `.lp_paper_plane_button` /
 * `.lpc_composer__send-button`. The transcript container and system-line markup are NOT known:
 * rows are the bubbles' text nodes, the log falls back to `#lpChat`, system lines to generic
 * class tokens.
 */
import type { Author } from '../../../shared/transcript-types';
import type { WidgetAdapter } from '../types';
import { LIVEPERSON_MARKERS } from '../markers';
import { authorFromWords } from '../heuristics/author-from-classes';
import { splitWords } from '../heuristics/class-tokens';
import { hasMarker } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';


export const LIVEPERSON_SELECTORS: VendorSelectors = {
  panel: ['#lpChat'],
  log: ['#lpChat [role="log"]', '#lpChat [class*="transcript"]', '#lpChat'],
  message: '[data-lp-cust-id^="transcript_bubble_"], [class*="lp_system"]',
  composer: ['textarea.lpview_form_textarea', '#lpChat textarea'],
  send: ['.lp_send_button', '.lp_paper_plane_button', '.lpc_composer__send-button'],
};

/** `transcript_bubble_visitor_text` → customer, `…agent_text` → agent. */
function livepersonAuthor(el: Element): Author | null {
  return authorFromWords(splitWords(el.getAttribute('data-lp-cust-id') ?? ''));
}

export const liveperson: WidgetAdapter = {
  id: 'liveperson',
  name: 'LivePerson',
  frame: 'top',
  markers: LIVEPERSON_MARKERS,
  matches: (doc) => hasMarker(doc, LIVEPERSON_MARKERS),
  bind: (root) => bindVendor('liveperson', root, LIVEPERSON_SELECTORS, { author: livepersonAuthor }),
};
