/**
 * The composer gate's messages: the draft's tone from the widget's frame, relayed to the tab's
 * sidebar, and text from the sidebar (templates) passed to the frame that bound the widget.
 */
import type { Handlers } from '../../platform/messaging';
import { broadcastToPages, sendToFrame } from '../../platform/messaging';
import { setDraftTone } from '../../platform/draft-tone-state';
import { getTabState } from '../../platform/tab-state';
import type {
  ContentToBackground,
  ContentToBackgroundResponses,
  PageToBackground,
  PageToBackgroundResponses,
} from '../../shared/protocol';

type ContentPart = Pick<Handlers<ContentToBackground, ContentToBackgroundResponses>, 'draft/tone'>;
type PagePart = Pick<Handlers<PageToBackground, PageToBackgroundResponses>, 'composer/insert'>;

export const composerContentHandlers: ContentPart = {
  async 'draft/tone'(summary, sender) {
    if (sender.tabId === undefined) throw new Error('No tab');
    // Kept for a sidebar that opens later (see sidebar/context) before it is told to the tab's
    // sidebar: a sidebar that starts listening after this broadcast asks for its context after
    // it started listening, and then finds this report stored. Nobody listening is fine.
    const update = { ...summary, tabId: sender.tabId, at: Date.now() };
    await setDraftTone(sender.tabId, update).catch(() => undefined);
    broadcastToPages('draft/tone-updated', update);
    return { ok: true as const };
  },
};

export const composerPageHandlers: PagePart = {
  async 'composer/insert'(request, sender) {
    // Only a page shown inside a tab (the sidebar) has a composer to write to; never the popup.
    if (sender.tabId === undefined) return { inserted: false };
    const state = await getTabState(sender.tabId);
    if (!state) return { inserted: false };
    return sendToFrame(sender.tabId, state.frameId, 'composer/insert', request).catch(() => ({ inserted: false }));
  },
};
