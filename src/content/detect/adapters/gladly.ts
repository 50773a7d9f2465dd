/**
 * Gladly Sidekick chat (INLINE in `#gladlyChat_container`; styled-components classes
 * `GladlyChat-<hash> <hash>` plus a few ids such as `#gladlyStartChatButton`, `#closeButtonTitleId`).
 *
 * Fixture: tests/fixtures/widgets/gladly/index.html.
 * Facts: container, `.minimizedChatButton` M (third-party scripts); the inline model and the
 * `GladlyChat-` class prefix come from one Selenium page object (L). Message markup unknown, so
 * the generic heuristics read the log inside the container; authors then rest on receipts,
 * avatars and names, since hashed classes carry no author words.
 */
import type { Binding, WidgetAdapter } from '../types';
import { GLADLY_ROOT } from '../markers';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const GLADLY_SELECTORS = {
  root: GLADLY_ROOT,
  launcher: '.minimizedChatButton',
} as const;

const S = GLADLY_SELECTORS;

function bindGladly(root: Document | ShadowRoot): Binding | null {
  const scope = safeQuery(root, S.root);
  const parts = scope ? findChatLog(scope) : null;
  return parts ? bindGenericLog('gladly', parts.log, parts.container) : null;
}

export const gladly: WidgetAdapter = {
  id: 'gladly',
  name: 'Gladly Sidekick',
  frame: 'top',
  markers: [S.root],
  matches: (doc) => safeQuery(doc, S.root) !== null,
  bind: bindGladly,
};
