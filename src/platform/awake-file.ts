/**
 * Injects the content script's awake stage (its own file, src/content/awake-entry.ts) into one
 * frame that asked for it. The file is Parley's own and runs in Parley's isolated world, like the
 * content script; a frame that was navigated away or closed meanwhile makes this reject.
 */
import { browser } from './browser';

/** Where the build writes the awake stage (vite.config.ts). */
export const AWAKE_FILE = 'src/content/awake.js';

export async function injectAwake(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [AWAKE_FILE], injectImmediately: true });
}
