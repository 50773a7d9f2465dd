/**
 * "This is my support chat" plumbing: where the picker starts and stops, how a pick is remembered
 * (per frame origin and top-level site) and forgotten, and where the context menu item shows.
 * The clicks themselves run in Chromium: tests/e2e/picker.test.mjs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { installContextMenu } from '../../../src/background/handlers/context-menu';
import { contentHandlers } from '../../../src/background/handlers/content-messages';
import { pageHandlers } from '../../../src/background/handlers/page-messages';
import { topOriginOf } from '../../../src/content/picker/site';
import type { SenderInfo } from '../../../src/platform/messaging';
import { forgetPickedChat, getPickedChats, savePickedChat } from '../../../src/platform/picked-chats';
import { setTabState } from '../../../src/platform/tab-state';

type Mocked = Omit<typeof browser, 'tabs' | 'contextMenus' | 'scripting'> & {
  tabs: { sendMessage: ReturnType<typeof vi.fn>; query: ReturnType<typeof vi.fn> };
  scripting: { executeScript: ReturnType<typeof vi.fn> };
  contextMenus?: unknown;
};
const api = browser as unknown as Mocked;

const SHOP = 'https://shop.example';
const VENDOR = 'https://chat.vendor.example';
const pick = (selector: string) => ({ selector, pickedAt: 1 });

beforeEach(async () => {
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  api.tabs.sendMessage.mockClear();
  api.tabs.query.mockResolvedValue([{ id: 7 }]);
});

afterEach(() => {
  api.tabs.query.mockResolvedValue([]);
});

describe('remembered picks', () => {
  it('count only on the site they were picked on, even inside a vendor frame shared by many sites', async () => {
    await savePickedChat(VENDOR, SHOP, pick('#thread'));
    await savePickedChat(VENDOR, 'https://other.example', pick('.log'));
    expect(await getPickedChats(VENDOR)).toEqual({ [SHOP]: pick('#thread'), 'https://other.example': pick('.log') });
    expect(await getPickedChats(SHOP)).toEqual({});
  });

  it('are forgotten one site at a time', async () => {
    await savePickedChat(VENDOR, SHOP, pick('#thread'));
    await savePickedChat(VENDOR, 'https://other.example', pick('.log'));
    await forgetPickedChat(VENDOR, SHOP);
    expect(await getPickedChats(VENDOR)).toEqual({ 'https://other.example': pick('.log') });
    await forgetPickedChat(VENDOR, 'https://other.example');
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('made before picks were keyed by site still count on the page they were made on', async () => {
    await browser.storage.local.set({ [`picked:${SHOP}`]: pick('#help') });
    expect(await getPickedChats(SHOP)).toEqual({ [SHOP]: pick('#help') });
  });

  it('ignore malformed entries', async () => {
    await browser.storage.local.set({ [`picked:${VENDOR}`]: { sites: { [SHOP]: { selector: 3 }, x: null } } });
    expect(await getPickedChats(VENDOR)).toEqual({});
  });
});

describe("a frame's top-level site", () => {
  const frame = (top: unknown, ancestors?: string[]) =>
    ({ origin: VENDOR, top, location: { ancestorOrigins: ancestors && { length: ancestors.length, item: (i: number) => ancestors[i] ?? null } } }) as unknown as Window;

  it('is its own origin in the top frame, and the top window’s when that one is readable', async () => {
    const top = { origin: SHOP } as Window;
    (top as { top: Window }).top = top;
    expect(await topOriginOf(top, async () => null)).toBe(SHOP);
    expect(await topOriginOf(frame(top), async () => null)).toBe(SHOP);
  });

  it('comes from location.ancestorOrigins in a cross-origin frame, else from the background', async () => {
    const crossOrigin = new Proxy({}, { get: () => { throw new DOMException('Blocked', 'SecurityError'); } });
    expect(await topOriginOf(frame(crossOrigin, ['https://middle.example', SHOP]), async () => null)).toBe(SHOP);
    expect(await topOriginOf(frame(crossOrigin), async () => SHOP)).toBe(SHOP);
  });
});

describe('background: the picker in a tab', () => {
  const page: SenderInfo = { kind: 'page', url: 'chrome-extension://parleytestid/src/popup/index.html' };
  const envelope = (name: string) => ({ parley: 1, name, payload: {} });

  it('starts from the popup in every frame of the active tab, not only the top one, each woken first', async () => {
    api.scripting.executeScript.mockClear();
    expect(await pageHandlers['picker/start-active']({}, page)).toEqual({ started: true });
    await vi.waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, envelope('picker/start')));
    expect(api.scripting.executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, allFrames: true } }));
    expect(api.scripting.executeScript.mock.invocationCallOrder[0]).toBeLessThan(api.tabs.sendMessage.mock.invocationCallOrder[0] ?? 0);
  });

  it('stops in every frame once one frame has its answer', async () => {
    const frame: SenderInfo = { kind: 'content', tabId: 7, frameId: 3, url: `${VENDOR}/widget` };
    await contentHandlers['picker/done']({ picked: true }, frame);
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, envelope('picker/stop'));
  });

  it('tells a frame its top-level site from the tab', async () => {
    const frame: SenderInfo = { kind: 'content', tabId: 7, frameId: 3, url: `${VENDOR}/widget`, tabUrl: `${SHOP}/help?x=1` };
    expect(await contentHandlers['picker/site']({}, frame)).toEqual({ topOrigin: SHOP });
    expect(await contentHandlers['picker/site']({}, { ...frame, tabUrl: undefined })).toEqual({ topOrigin: null });
  });

  it('forgets a pick through the frame that bound it, and only when the binding is a pick', async () => {
    const sidebar: SenderInfo = { kind: 'page', tabId: 7, url: 'chrome-extension://parleytestid/src/sidebar/index.html' };
    await setTabState(7, { widget: 'intercom', frameId: 3, site: SHOP });
    expect(await pageHandlers['picker/forget']({}, sidebar)).toEqual({ forgotten: false });
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();

    api.tabs.sendMessage.mockResolvedValueOnce({ ok: true, value: { forgotten: true } });
    await setTabState(7, { widget: 'picked', frameId: 3, site: SHOP });
    expect(await pageHandlers['picker/forget']({}, sidebar)).toEqual({ forgotten: true });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, envelope('picker/forget'), { frameId: 3 });
  });
});

describe('context menu', () => {
  it('shows in about:blank and srcdoc frames too, not only on http(s) documents', async () => {
    const create = vi.fn();
    api.contextMenus = { removeAll: vi.fn(async () => undefined), create };
    try {
      installContextMenu();
      await vi.waitFor(() => expect(create).toHaveBeenCalled());
      const item = create.mock.calls[0]![0] as { contexts: string[]; documentUrlPatterns?: string[] };
      expect(item.contexts).toContain('frame');
      // Chromium matches about:blank/about:srcdoc frames only with <all_urls> (or no patterns).
      expect(item.documentUrlPatterns === undefined || item.documentUrlPatterns.includes('<all_urls>')).toBe(true);
    } finally {
      delete api.contextMenus;
    }
  });
});
