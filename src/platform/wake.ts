/**
 * Wakes Parley's content script in frames of a tab before the background messages them. A frame
 * without a chat keeps its content script asleep, with no runtime listener (see
 * src/content/wake.ts): the background runs the script's own wake function there, in Parley's
 * isolated world, and waits until the frame listens. Frames Parley may not script (the browser's
 * own pages, a site the user withheld) are skipped: they have no content script to wake either.
 */
import { browser } from './browser';

/** The frame's wake function, or false when the content script is not there (yet). */
function wakeInFrame(): Promise<boolean> | boolean {
  // Serialised into the frame: it can use nothing from outside (key: src/content/wake.ts).
  const wake = (globalThis as Record<symbol, unknown>)[Symbol.for('parley.wake')];
  return typeof wake === 'function' ? (wake as () => Promise<boolean>)() : false;
}

export async function wakeFrames(tabId: number, frames: readonly number[] | 'all'): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [...frames] },
      func: wakeInFrame,
    });
  } catch {
    // No access to the tab's page: nothing of Parley runs there.
  }
}
