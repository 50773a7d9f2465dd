import { browser } from './browser';

export interface MenuClick {
  menuItemId: string | number;
  tabId?: number;
  frameId?: number;
}

/**
 * Documents the menu item shows in. `<all_urls>` covers web pages and, in Chromium, the
 * about:blank and about:srcdoc frames many widgets render into (http(s) patterns never match
 * those); `about:` patterns themselves are rejected by Firefox. Extension pages stay out.
 */
export const MENU_DOCUMENT_PATTERNS: readonly string[] = ['<all_urls>'];

export function createContextMenu(id: string, title: string): void {
  browser.contextMenus.removeAll().then(
    () => browser.contextMenus.create({ id, title, contexts: ['page', 'frame', 'selection', 'editable'], documentUrlPatterns: [...MENU_DOCUMENT_PATTERNS] }),
    () => undefined,
  );
}

export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

export function onContextMenuClick(listener: (click: MenuClick) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => listener({ menuItemId: info.menuItemId, tabId: tab?.id, frameId: info.frameId }));
}

/** The active tab's id in the current window (no "tabs" permission needed for the id). */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function onCommand(listener: (command: string) => void): void {
  browser.commands.onCommand.addListener((command) => listener(command));
}
