import { browser } from './browser';

/** The URL of one of Parley's own pages (for the sidebar iframe). */
export function extensionPageUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/**
 * False once the extension was reloaded, updated or removed while this content script lives on
 * in the page ("Extension context invalidated"): the script must then stop cleanly.
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}
