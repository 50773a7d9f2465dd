/**
 * Trengo web widget (SO-IFRAME: the loader from static.widget.trengo.eu renders a launcher frame
 * `.TrengoWidgetLauncher__iframe iframe` and a chat panel frame `.TrengoWidgetPanel__iframe iframe`;
 * the host page can read both frames' `contentDocument`, so they are same-origin). Older installs
 * show `#trengo-web-widget` with `iframe.trengo-vue-iframe`.
 *
 * Fixtures: tests/fixtures/widgets/trengo/{index,frame}.html (script-filled panel frame).
 * Facts: `#trengo-web-widget` M and `.trengo-vue-iframe` L (site hide lists); the
 * `TrengoWidgetLauncher__iframe` / `TrengoWidgetPanel__iframe` wrappers, same-origin access and the
 * panel's `.panel-title-heading` and Material Icons close icon M-L (a third-party Chrome DevTools
 * check of a live site). The message markup is unknown: read with the generic heuristics.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';
import { frameElementMatches, hostMatches } from '../heuristics/frame-match';

export const TRENGO_SELECTORS = {
  /** The panel frame; the legacy frame and container (launcher or panel, not pinned down). */
  hostFrame: '.TrengoWidgetPanel__iframe iframe, iframe.trengo-vue-iframe, #trengo-web-widget iframe',
  /** Inside the panel: its title and the Material Icons close glyph, together. */
  panelTitle: '.panel-title-heading',
  panelIcon: 'i.material-icons',
} as const;

const S = TRENGO_SELECTORS;

/** Hosts of Trengo's own widget documents. */
export const TRENGO_HOSTS = /(^|\.)widget\.trengo\.eu$/;

function bindTrengo(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('trengo', parts.log, parts.container) : null;
}

export const trengo: WidgetAdapter = {
  id: 'trengo',
  name: 'Trengo',
  frame: 'widget-frame',
  matches: (doc, location) =>
    frameElementMatches(doc, S.hostFrame) ||
    (safeQuery(doc, S.panelTitle) !== null && safeQuery(doc, S.panelIcon) !== null) ||
    hostMatches(location, TRENGO_HOSTS),
  bind: bindTrengo,
};
