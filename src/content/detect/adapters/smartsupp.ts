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
import { frameElementMatches } from '../heuristics/frame-match';

export const SMARTSUPP_SELECTORS = {
  hostFrame: 'iframe#chat-application-iframe, iframe#widgetPopupFrame',
  panel: '#widgetPanel',
} as const;

const S = SMARTSUPP_SELECTORS;

function bindSmartsupp(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(safeQuery(root, S.panel) ?? root);
  return parts ? bindGenericLog('smartsupp', parts.log, parts.container) : null;
}

export const smartsupp: WidgetAdapter = {
  id: 'smartsupp',
  name: 'Smartsupp',
  frame: 'widget-frame',
  matches: (doc) => frameElementMatches(doc, S.hostFrame) || safeQuery(doc, S.panel) !== null,
  bind: bindSmartsupp,
};
