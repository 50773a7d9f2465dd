import { browser } from './browser';

type Handler = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

/**
 * Subscribes to extension storage changes until `unsubscribe` is called. After the extension was
 * reloaded or removed under a page, its API is gone: subscribing then does nothing (nothing will
 * change any more) and unsubscribing is quiet, so an orphaned page never throws.
 */
export function onStorageChanged(handler: Handler): () => void {
  try {
    browser.storage.onChanged.addListener(handler);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      browser.storage.onChanged.removeListener(handler);
    } catch {
      // The extension context is gone; so is the listener.
    }
  };
}
