/** Handlers for messages from Parley's own pages (sidebar, popup, options). */
import type { Handlers } from '../../platform/messaging';
import { activeTabId } from '../../platform/context-menu';
import { sendToFrame } from '../../platform/messaging';
import { getTabState } from '../../platform/tab-state';
import { deleteConversations, getConversation } from '../../platform/transcript-db';
import type { PageToBackground, PageToBackgroundResponses } from '../../shared/protocol';
import { normaliseHost } from '../../shared/settings-schema';
import { composerPageHandlers } from './composer-messages';
import { transcriptPageHandlers } from './transcript-messages';

export const pageHandlers: Handlers<PageToBackground, PageToBackgroundResponses> = {
  ...composerPageHandlers,
  ...transcriptPageHandlers,
  async 'sidebar/context'(_payload, sender) {
    const state = sender.tabId === undefined ? undefined : await getTabState(sender.tabId);
    const tabId = sender.tabId ?? null;
    if (!state) return { tabId, widget: null, conversation: null };
    const conversation = state.conversationId ? await getConversation(state.conversationId) : undefined;
    return { tabId, widget: state.widget, conversation: conversation ?? null };
  },

  async 'conversations/delete'({ ids }, sender) {
    // Bulk actions only from the popup or options page, never from the page-embedded sidebar.
    if (!/\/src\/(popup|options)\/index\.html/.test(sender.url ?? '')) throw new Error('Not allowed here');
    return { deleted: await deleteConversations(ids) };
  },

  async 'site/current'(_payload, sender) {
    // The sidebar is about the tab it is shown in; the popup about the tab it was opened over.
    const tabId = /\/src\/sidebar\/index\.html/.test(sender.url ?? '') ? sender.tabId : await activeTabId();
    if (tabId === undefined) return { host: null };
    const reply = await sendToFrame(tabId, 0, 'page/host', {}).catch(() => null);
    return { host: reply ? normaliseHost(reply.host) : null };
  },

  async 'picker/start-active'() {
    const tabId = await activeTabId();
    if (tabId === undefined) return { started: false };
    // Not awaited: the picker answers only when the user has picked, and the popup closes first.
    void sendToFrame(tabId, 0, 'picker/start', {}).catch(() => undefined);
    return { started: true };
  },
};
