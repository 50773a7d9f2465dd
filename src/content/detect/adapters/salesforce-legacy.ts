/**
 * Salesforce Embedded Service Chat, the legacy Snap-ins / Embedded Chat (INLINE Aura markup with
 * `data-aura-*` attributes; global `embedded_svc`).
 *
 * Fixture: tests/fixtures/widgets/salesforce-legacy/index.html.
 * Facts (M, widgets.md B.1, saved DOM in third-party scripts): `.embeddedServiceSidebar`,
 * `.embeddedServiceLiveAgentStateChat`, `ul.messageWrapper > li.chatMessage.chasitor` (customer)
 * vs `li.chatMessage.agent`, `.chasitorControls textarea.chasitorText[role="textbox"]`; Enter
 * (keydown) sends and the default layout has no send button. System-line markup is NOT known:
 * generic class tokens decide (`system`, `event`).
 */
import type { Author } from '../../../shared/transcript-types';
import type { WidgetAdapter } from '../types';
import { SALESFORCE_LEGACY_MARKERS } from '../markers';
import { hasMarker } from '../heuristics/frame-match';
import { bindVendor, type VendorSelectors } from '../heuristics/vendor-binding';


export const SALESFORCE_LEGACY_SELECTORS: VendorSelectors = {
  panel: ['.embeddedServiceSidebar'],
  log: ['.embeddedServiceLiveAgentStateChat ul.messageWrapper', 'ul.messageWrapper'],
  message: 'li.chatMessage, li.embeddedServiceLiveAgentStateChatItem',
  composer: ['.chasitorControls textarea.chasitorText', 'textarea.chasitorText'],
  send: ['.chasitorControls button[aria-label*="send" i]', '.chasitorControls button.sendButton'],
};

/**
 * Every row also carries `embeddedServiceLiveAgentStateChatItem`, whose words include "agent",
 * so the row's own `chasitor` / `agent` / `system` class decides rather than generic tokens.
 */
function salesforceAuthor(el: Element): Author | null {
  if (el.classList.contains('chasitor')) {
    return 'customer';
  }
  if (el.classList.contains('agent') || el.classList.contains('bot')) {
    return 'agent';
  }
  return el.classList.contains('system') || el.classList.contains('event') ? 'system' : null;
}

export const salesforceLegacy: WidgetAdapter = {
  id: 'salesforce-legacy',
  name: 'Salesforce Embedded Chat',
  frame: 'top',
  markers: SALESFORCE_LEGACY_MARKERS,
  matches: (doc) => hasMarker(doc, SALESFORCE_LEGACY_MARKERS),
  bind: (root) => bindVendor('salesforce-legacy', root, SALESFORCE_LEGACY_SELECTORS, { author: salesforceAuthor }),
};
