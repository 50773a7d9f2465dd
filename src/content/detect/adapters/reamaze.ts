/**
 * Re:amaze (SO-IFRAME: an about:blank frame with no stable URL, opened by `Reamaze.popup()`;
 * it often shows a "Contact Us Directly" menu before the conversation).
 *
 * Fixtures: tests/fixtures/widgets/reamaze/{index,frame}.html.
 * Facts: only the composer placeholder "Enter your question or message here" is known (M, live
 * probe in chat-outreach-engine, English only); the frame is recognised by it or by a `reamaze`
 * id/name/class on the embedding iframe (L). Messages are read with the generic heuristics. A
 * pending message shows "Not Sent Yet", which the generic receipt reader maps to a status.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';
import { frameElementMatches } from '../heuristics/frame-match';

export const REAMAZE_SELECTORS = {
  composer: 'textarea[placeholder="Enter your question or message here"]',
  /** A `reamaze` word in the embedding frame's id, name or class (L). */
  hostFrame: '[id*="reamaze" i], [name*="reamaze" i], [class*="reamaze" i]',
} as const;

const S = REAMAZE_SELECTORS;

function bindReamaze(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('reamaze', parts.log, parts.container) : null;
}

export const reamaze: WidgetAdapter = {
  id: 'reamaze',
  name: 'Re:amaze',
  frame: 'widget-frame',
  matches: (doc) => frameElementMatches(doc, S.hostFrame) || safeQuery(doc, S.composer) !== null,
  bind: bindReamaze,
};
