/** Handlers for messages from Parley's own pages (sidebar, popup, options). */
import type { Handlers } from '../../platform/messaging';
import { activeTabId } from '../../platform/context-menu';
import { sendToFrame, sendToTab } from '../../platform/messaging';
import { getTabState } from '../../platform/tab-state';
import { tabUrl } from '../../platform/tabs';
import { wakeFrames } from '../../platform/wake';
import { deleteConversations, getConversation } from '../../platform/transcript-db';
import { PICKED_WIDGET, type PageToBackground, type PageToBackgroundResponses } from '../../shared/protocol';
import { getDraftTone } from '../../platform/draft-tone-state';
import { normaliseHost } from '../../shared/settings-schema';
import { composerPageHandlers } from './composer-messages';
import { transcriptPageHandlers } from './transcript-messages';

export const pageHandlers: Handlers<PageToBackground, PageToBackgroundResponses> = {
  ...composerPageHandlers,
  ...transcriptPageHandlers,
  async 'sidebar/context'(_payload, sender) {
    const state = sender.tabId === undefined ? undefined : await getTabState(sender.tabId);
    const tabId = sender.tabId ?? null;
    if (!state) return { tabId, widget: null, conversation: null, draftTone: null };
    const conversation = state.conversationId ? await getConversation(state.conversationId) : undefined;
    const draftTone = sender.tabId === undefined ? null : await getDraftTone(sender.tabId);
    return { tabId, widget: state.widget, conversation: conversation ?? null, draftTone };
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
    const url = await tabUrl(tabId);
    return { host: url ? normaliseHost(url.hostname) : null };
  },

  async 'picker/start-active'() {
    const tabId = await activeTabId();
    if (tabId === undefined) return { started: false };
    // Every frame: the chat may live in an iframe. Each frame's picker highlights its own
    // document; the frame the user clicks in reports `picker/done` and the others are stopped.
    // Not awaited: the picker answers only when the user has picked, and the popup closes first.
    // Frames without a chat sleep: woken first, each starts its picker when the message comes.
    void wakeFrames(tabId, 'all').then(() => sendToTab(tabId, 'picker/start', {})).catch(() => undefined);
    return { started: true };
  },

  async 'picker/forget'(_payload, sender) {
    // The sidebar asks for the tab it is shown in.
    const tabId = sender.tabId;
    const state = tabId === undefined ? undefined : await getTabState(tabId);
    if (tabId === undefined || state?.widget !== PICKED_WIDGET) return { forgotten: false };
    // The frame that bound the pick knows its own origin and its page's site, which key the pick.
    return sendToFrame(tabId, state.frameId, 'picker/forget', {});
  },
};
