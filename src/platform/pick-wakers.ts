/**
 * Frames where the user picked the chat by hand must wake at start-up to read the pick. The picks
 * live in storage (picked-chats.ts, one key per frame origin); the background mirrors their
 * origins into one registered content script, public/wake-picked.js, which wakes Parley's content
 * script in those frames only. Every other frame starts without touching the extension's API.
 */
import { pickWakerMatches } from '../core/sites/match-patterns';
import { browser } from './browser';
import { withLock } from './locks';
import { PICKED_KEY_PREFIX } from './picked-chats';

const ID = 'parley-picked-chats';
const FILE = 'wake-picked.js';

/** Registers the waker for the origins with picks now (or removes it when there are none). */
export function syncPickWakers(): Promise<void> {
  return withLock('parley-pick-wakers', async () => {
    const stored = await browser.storage.local.get(null);
    const origins = Object.keys(stored).filter((k) => k.startsWith(PICKED_KEY_PREFIX)).map((k) => k.slice(PICKED_KEY_PREFIX.length));
    const matches = pickWakerMatches(origins);
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ID] });
    if (matches.length === 0) return;
    const script = { id: ID, matches, js: [FILE], allFrames: true, runAt: 'document_start' as const, persistAcrossSessions: true };
    try {
      // about:blank and srcdoc frames of those origins too, where the browser knows the option.
      await browser.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true } as typeof script]);
    } catch {
      await browser.scripting.registerContentScripts([script]);
    }
  });
}

/** Re-syncs whenever a pick is saved or forgotten (by any frame, an import, or a wipe). */
export function followPicks(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(PICKED_KEY_PREFIX))) syncPickWakers().catch(() => undefined);
  });
}
