/**
 * Markers of the widgets that render in the page itself: selectors whose presence says the widget
 * is (or will be) there, each a single id, class or tag (querySelector's fast paths). Kept here as
 * plain data, so the content script's first stage (sentinel.ts) reads them on every page without
 * pulling in any adapter; each adapter takes its own from here (`markers`), and a unit test keeps
 * the two in step.
 */
export const CRISP_MARKERS: readonly string[] = ['.crisp-client', '#crisp-chatbox'];
/** Gladly's chat container (also where its adapter looks for the log). */
export const GLADLY_ROOT = '#gladlyChat_container';
/** Jivo's custom elements (the outermost is the widget root) and its legacy container. */
export const JIVOCHAT_ROOT = 'jdiv';
export const JIVOCHAT_LEGACY = '#jivo-iframe-container';
export const LIVEPERSON_MARKERS: readonly string[] = ['#lpChat'];
export const OLARK_MARKERS: readonly string[] = ['#olark-container', '#olark-wrapper', '#habla_window_div'];
export const SALESFORCE_LEGACY_MARKERS: readonly string[] = ['.embeddedServiceSidebar', '.embeddedServiceHelpButton'];
export const TIDIO_MARKERS: readonly string[] = ['#tidio-chat', '#tidio-chat-code'];
/** Zammad's chat root (also where its adapter reads the conversation). */
export const ZAMMAD_ROOT = '.zammad-chat';

export const IN_PAGE_MARKERS: readonly string[] = [
  ...CRISP_MARKERS,
  GLADLY_ROOT,
  JIVOCHAT_ROOT,
  JIVOCHAT_LEGACY,
  ...LIVEPERSON_MARKERS,
  ...OLARK_MARKERS,
  ...SALESFORCE_LEGACY_MARKERS,
  ...TIDIO_MARKERS,
  ZAMMAD_ROOT,
];
