/**
 * Help Scout Beacon (SO-IFRAME: an about:blank frame inside `#beacon-container`, filled by
 * beacon-v2.helpscout.net; the launcher is a separate `.BeaconFabButtonFrame` iframe).
 *
 * Fixtures: tests/fixtures/widgets/helpscout/{index,frame}.html.
 * Facts: host containers M (chat-outreach-engine helpscout adapter, hide-CSS lists). The chat
 * view inside the frame was never probed (widgets.md B.1 "?"), so the adapter recognises the frame
 * by its embedding container and reads it with the generic heuristics. The "Ask" tab is an e-mail
 * form, which the generic log finder rejects as a contact form.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const HELPSCOUT_SELECTORS = {
  /** Containers on the host page that embed the Beacon frame. */
  hostContainer: '#beacon-container, .BeaconContainer, .hsds-beacon',
  /** The launcher frame, or its wrapper (which one carries the class is not certain). */
  fabFrame: '.BeaconFabButtonFrame',
} as const;

const S = HELPSCOUT_SELECTORS;

/** The iframe element embedding this document, when the parent is same-origin; else null. */
function embeddingFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function bindHelpscout(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('helpscout', parts.log, parts.container) : null;
}

export const helpscout: WidgetAdapter = {
  id: 'helpscout',
  name: 'Help Scout Beacon',
  frame: 'widget-frame',
  matches: (doc) => {
    const frame = embeddingFrame(doc);
    return frame !== null && frame.closest(S.fabFrame) === null && frame.closest(S.hostContainer) !== null;
  },
  bind: bindHelpscout,
};
