/**
 * Per-tab state of the background (which widget a tab's frame bound, which conversation it
 * writes to). Kept in storage.session, not in module variables: the service worker can be
 * stopped between any two events, and session storage outlives it while the browser runs.
 */
import { browser } from './browser';

export interface TabState {
  widget: string;
  frameId: number;
  site: string;
  conversationId?: string;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabState | undefined;
  return stored && typeof stored.widget === 'string' ? stored : undefined;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
