/**
 * JivoChat (INLINE: custom `<jdiv>` elements with hashed `globalClass_XXXX` / `__jivo…`
 * classes; legacy builds used `#jivo-iframe-container`).
 *
 * Fixture: tests/fixtures/widgets/jivochat/index.html.
 * Facts: `jdiv`, `#jivo-iframe-container`, `.jivo_shadow`, `#jivo_close_button` M (third-party
 * scripts). Message markup unknown: the generic heuristics look for the log and composer inside
 * the outermost `<jdiv>`, never in the rest of the page.
 */
import type { Binding, WidgetAdapter } from '../types';
import { JIVOCHAT_LEGACY, JIVOCHAT_ROOT } from '../markers';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const JIVOCHAT_SELECTORS = {
  /** Jivo's custom elements; the outermost one is the widget root. */
  root: JIVOCHAT_ROOT,
  legacy: JIVOCHAT_LEGACY,
} as const;

const S = JIVOCHAT_SELECTORS;

function bindJivochat(root: Document | ShadowRoot): Binding | null {
  const scope = safeQuery(root, S.root);
  const parts = scope ? findChatLog(scope) : null;
  return parts ? bindGenericLog('jivochat', parts.log, parts.container) : null;
}

export const jivochat: WidgetAdapter = {
  id: 'jivochat',
  name: 'JivoChat',
  frame: 'top',
  markers: [S.root, S.legacy],
  matches: (doc) => safeQuery(doc, S.root) !== null || safeQuery(doc, S.legacy) !== null,
  bind: bindJivochat,
};
