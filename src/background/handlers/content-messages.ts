/** Handlers for messages from content scripts. The router has checked that they come from a tab. */
import type { Handlers, SenderInfo } from '../../platform/messaging';
import { broadcastToPages, sendToFrame, sendToTab } from '../../platform/messaging';
import { getTabState, setTabState } from '../../platform/tab-state';
import type { ContentToBackground, ContentToBackgroundResponses } from '../../shared/protocol';
import { siteOf } from '../../core/session/assign';
import { fetchCatalog } from '../../platform/i18n';
import { withLock } from '../../platform/locks';
import { wakeFrames } from '../../platform/wake';
import { injectAwake } from '../../platform/awake-file';
import { loadSettings } from '../../platform/settings-store';
import { parleyRunsOn } from '../../shared/settings-schema';
import { saveCaptured } from '../save-captured';
import { composerContentHandlers } from './composer-messages';

const TOP_FRAME = 0;

function originOf(url: string | undefined): string | null {
  try {
    const origin = url ? new URL(url).origin : 'null';
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

async function tabOf(sender: SenderInfo): Promise<number> {
  if (sender.tabId === undefined) throw new Error('No tab');
  return sender.tabId;
}

export const contentHandlers: Handlers<ContentToBackground, ContentToBackgroundResponses> = {
  ...composerContentHandlers,
  async 'widget/found'({ widget }, sender) {
    const tabId = await tabOf(sender);
    const topUrl = sender.tabUrl ?? sender.url ?? '';
    // "Where Parley runs" is decided here, on the tab's real top-level URL (a widget's frame
    // cannot always tell which page it is embedded in).
    if (!parleyRunsOn(await loadSettings(), hostOf(topUrl))) {
      await sendToFrame(tabId, TOP_FRAME, 'sidebar/unmount', {}).catch(() => undefined);
      return { mounted: false, allowed: false };
    }
    const previous = await getTabState(tabId);
    await setTabState(tabId, {
      widget,
      frameId: sender.frameId ?? TOP_FRAME,
      site: siteOf(topUrl),
      conversationId: previous?.widget === widget ? previous.conversationId : undefined,
    });
    // The top frame's content script sleeps when the chat is in another frame: wake it first.
    if ((sender.frameId ?? TOP_FRAME) !== TOP_FRAME) await wakeFrames(tabId, [TOP_FRAME]);
    await sendToFrame(tabId, TOP_FRAME, 'sidebar/mount', { widget });
    return { mounted: true, allowed: true };
  },

  async 'picker/done'(_payload, sender) {
    const tabId = await tabOf(sender);
    // The first frame to finish wins: the pickers still running in the tab's other frames stop.
    await sendToTab(tabId, 'picker/stop', {}).catch(() => undefined);
    return { ok: true };
  },

  async 'frame/awake'(_payload, sender) {
    const tabId = await tabOf(sender);
    await injectAwake(tabId, sender.frameId ?? TOP_FRAME);
    return { ok: true };
  },

  async 'picker/site'(_payload, sender) {
    await tabOf(sender);
    return { topOrigin: originOf(sender.tabUrl) };
  },

  async 'i18n/catalog'({ lang }) {
    return { messages: await fetchCatalog(lang) };
  },

  async 'widget/lost'({ widget }, sender) {
    const tabId = await tabOf(sender);
    const state = await getTabState(tabId);
    if (state?.widget === widget && state.frameId === sender.frameId) {
      await sendToFrame(tabId, TOP_FRAME, 'sidebar/unmount', {}).catch(() => undefined);
    }
    return { ok: true };
  },

  async 'transcript/append'(batch, sender) {
    const tabId = await tabOf(sender);
    const topUrl = sender.tabUrl ?? batch.frameUrl;
    const title = sender.tabTitle ?? batch.title;
    // One batch of a tab at a time, in the order they came (a page that is closing sends what
    // it still holds at once): each batch sees the conversation the one before chose.
    const result = await withLock(`parley-tab ${tabId}`, async () => {
      // The conversation this tab writes to: its next batches continue it, not another tab's.
      const conversationId = (await getTabState(tabId))?.conversationId;
      const saved = await saveCaptured({ ...batch, title, topUrl, ...(conversationId ? { conversationId } : {}) }, Date.now());
      const state = await getTabState(tabId);
      if (state && saved.conversationId !== '') await setTabState(tabId, { ...state, conversationId: saved.conversationId });
      return saved;
    });
    if (result.conversationId !== '') {
      broadcastToPages('transcript/updated', { conversationId: result.conversationId, messageCount: result.messageCount, tabId });
    }
    return result;
  },
};
