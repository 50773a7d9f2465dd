/**
 * Smartsupp (SO-IFRAME: `iframe#chat-application-iframe[title="Smartsupp"]` in
 * `#chat-application`; newer builds `#widgetPopupFrame` in `#smartsupp-widget-container`, with the
 * launcher in `#widgetButtonFrame`).
 *
 * Fixtures: tests/fixtures/widgets/smartsupp/{index,frame}.html.
 * Facts: frame ids M (third-party scripts); inside the frame only `#widgetPanel` is known (M). The
 * message markup is unknown, so the log, authors and composer come from the generic heuristics,
 * scoped to `#widgetPanel` when it is there.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const SMARTSUPP_SELECTORS = {
  hostFrame: 'iframe#chat-application-iframe, iframe#widgetPopupFrame',
  panel: '#widgetPanel',
} as const;

const S = SMARTSUPP_SELECTORS;

/** The iframe element embedding this document, when the parent is same-origin; else null. */
function embeddingFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function bindSmartsupp(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(safeQuery(root, S.panel) ?? root);
  return parts ? bindGenericLog('smartsupp', parts.log, parts.container) : null;
}

export const smartsupp: WidgetAdapter = {
  id: 'smartsupp',
  name: 'Smartsupp',
  frame: 'widget-frame',
  matches: (doc) => {
    const frame = embeddingFrame(doc);
    return (frame !== null && frame.matches(S.hostFrame)) || safeQuery(doc, S.panel) !== null;
  },
  bind: bindSmartsupp,
};
