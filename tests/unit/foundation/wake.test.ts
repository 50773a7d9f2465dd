/**
 * The background wakes a frame's sleeping content script before it messages it, and keeps the
 * script that wakes frames at start-up registered for exactly the origins with a pick.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { contentHandlers } from '../../../src/background/handlers/content-messages';
import { onMenuClick, PICK_MENU_ID } from '../../../src/background/handlers/context-menu';
import { followPicks, syncPickWakers } from '../../../src/platform/pick-wakers';

const calls: string[] = [];
beforeEach(() => {
  calls.length = 0;
  vi.mocked(browser.scripting.executeScript).mockImplementation((async (details: { target: { frameIds?: number[]; allFrames?: boolean } }) => {
    calls.push(`wake ${details.target.allFrames ? 'all' : details.target.frameIds?.join(',')}`);
    return [{ frameId: 0, result: true }];
  }) as never);
  vi.mocked(browser.tabs.sendMessage).mockImplementation((async (_tab: number, message: { name: string }, options?: { frameId?: number }) => {
    calls.push(`${message.name} ${options?.frameId ?? 'all'}`);
    return { ok: true, value: { ok: true } };
  }) as never);
});
afterEach(async () => {
  await browser.storage.local.clear();
  await browser.scripting.unregisterContentScripts();
});

const content = (frameId: number) => ({ kind: 'content' as const, tabId: 7, frameId, url: 'https://widget.example/chat', tabUrl: 'https://shop.example/order' });

describe('waking frames before messaging them', () => {
  it('wakes the top frame before mounting the sidebar for a chat found in an iframe', async () => {
    await contentHandlers['widget/found']({ widget: 'intercom' }, content(3));
    expect(calls).toEqual(['wake 0', 'sidebar/mount 0']);
  });

  it('mounts at once when the chat is in the top frame (it is awake already)', async () => {
    await contentHandlers['widget/found']({ widget: 'intercom' }, content(0));
    expect(calls).toEqual(['sidebar/mount 0']);
  });

  it('injects the awake stage\'s file into exactly the frame that asks for it', async () => {
    await contentHandlers['frame/awake']({}, content(4));
    expect(vi.mocked(browser.scripting.executeScript)).toHaveBeenLastCalledWith({ target: { tabId: 7, frameIds: [4] }, files: ['src/content/awake.js'], injectImmediately: true });
  });

  it('says so when the frame cannot take it (navigated away, closed)', async () => {
    vi.mocked(browser.scripting.executeScript).mockRejectedValueOnce(new Error('Frame with ID 4 was removed.'));
    await expect(contentHandlers['frame/awake']({}, content(4))).rejects.toThrow(/removed/);
  });

  it('wakes the clicked frame before starting its picker from the context menu', async () => {
    onMenuClick({ menuItemId: PICK_MENU_ID, tabId: 7, frameId: 5 });
    await vi.waitFor(() => expect(calls).toEqual(['wake 5', 'picker/start 5']));
  });
});

describe('the script that wakes frames with a pick', () => {
  const registeredMatches = async () => (await browser.scripting.getRegisteredContentScripts())[0]?.matches ?? null;

  it('covers the origins with a pick, and is removed with the last pick', async () => {
    await browser.storage.local.set({ 'picked:https://help.example:8443': { sites: {} }, 'picked:http://127.0.0.1:4173': { sites: {} }, settings: 1 });
    await syncPickWakers();
    expect(await registeredMatches()).toEqual(['http://127.0.0.1/*', 'https://help.example/*']);
    expect((await browser.scripting.getRegisteredContentScripts())[0]?.js).toEqual(['wake-picked.js']);

    await browser.storage.local.remove(['picked:https://help.example:8443', 'picked:http://127.0.0.1:4173']);
    await syncPickWakers();
    expect(await registeredMatches()).toBeNull();
  });

  it('follows picks saved and forgotten after start', async () => {
    followPicks();
    await browser.storage.local.set({ 'picked:https://chat.example': { sites: {} } });
    await vi.waitFor(async () => expect(await registeredMatches()).toEqual(['https://chat.example/*']));
    await browser.storage.local.set({ 'ui:layout': 1 });
    expect(await registeredMatches()).toEqual(['https://chat.example/*']);
  });
});
