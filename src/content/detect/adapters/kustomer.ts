/**
 * Kustomer Chat (widget frame `iframe#kustomer-ui-sdk-iframe`; loader cdn.kustomerapp.com/chat-web/).
 *
 * Fixtures: tests/fixtures/widgets/kustomer/{index,frame}.html (frame served from cdn.kustomerapp.com).
 * Facts: the frame id M (third-party scripts); inside, CSS-module classes
 * (`chatRootIcon__pointer___…`) are hashed per build. The frame's origin is NOT confirmed (L): it
 * is modelled as served from the loader's host, cdn.kustomerapp.com, and a same-origin frame is
 * still recognised by its id. Message markup unknown: the generic heuristics read the log, with
 * class words of CSS-module names (`name__part___hash`) as author cues.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { frameElementMatches, hostMatches } from '../heuristics/frame-match';

export const KUSTOMER_SELECTORS = {
  hostFrame: 'iframe#kustomer-ui-sdk-iframe',
} as const;

const S = KUSTOMER_SELECTORS;

/** Hosts that serve the widget document. */
export const KUSTOMER_HOSTS = /(^|\.)kustomerapp\.com$/;

function bindKustomer(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('kustomer', parts.log, parts.container) : null;
}

export const kustomer: WidgetAdapter = {
  id: 'kustomer',
  name: 'Kustomer Chat',
  frame: 'widget-frame',
  matches: (doc, location) => hostMatches(location, KUSTOMER_HOSTS) || frameElementMatches(doc, S.hostFrame),
  bind: bindKustomer,
};
