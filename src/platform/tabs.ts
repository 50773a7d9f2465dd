import { browser } from './browser';

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

/** The URL of a tab's top-level page, when Parley may see it (its host access covers the page). */
export async function tabUrl(tabId: number): Promise<URL | null> {
  try {
    const { url } = await browser.tabs.get(tabId);
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}
