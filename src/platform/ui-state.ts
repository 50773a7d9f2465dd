/**
 * Small pieces of interface state that must survive reloads and be shared between the sidebar
 * page and the content script that hosts it (storage.local: the extension's own storage).
 */
import { browser } from './browser';

const COLLAPSED = 'ui.sidebarCollapsed';

export async function getSidebarCollapsed(): Promise<boolean> {
  return (await browser.storage.local.get(COLLAPSED))[COLLAPSED] === true;
}

export async function setSidebarCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [COLLAPSED]: collapsed });
}

export function onSidebarCollapsedChange(listener: (collapsed: boolean) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && COLLAPSED in changes) listener(changes[COLLAPSED]?.newValue === true);
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => removeQuietly(() => browser.storage.onChanged.removeListener(handler)), { once: true });
}

/** After the extension was reloaded its API is gone; a listener removed then is already gone too. */
function removeQuietly(remove: () => void): void {
  try {
    remove();
  } catch {
    // Nothing to remove any more.
  }
}
