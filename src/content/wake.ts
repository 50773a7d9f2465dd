/**
 * How Parley's own code wakes a sleeping content script. Until a chat is found in a frame, the
 * content script touches no extension API (binding one costs every frame of every page about a
 * millisecond); it keeps a wake function on this key of its isolated world, which page scripts
 * cannot reach. Two callers use it:
 * - the background, through `scripting.executeScript`, before it messages a frame that may be
 *   asleep (the sidebar mount in the top frame, the element picker): see src/platform/wake.ts;
 * - the script the background registers for sites where the user picked the chat by hand
 *   (public/wake-picked.js), so the frame reads its pick at start-up.
 * The registered script may run before the content script: it then leaves the reason under the
 * key, which the content script picks up at start. The key is spelled out again in those two
 * places, which cannot import it.
 */
export const WAKE_KEY = 'parley.wake';

/** What the registered script leaves when it runs first. */
export type WakeReason = 'picked';

/**
 * Where the awake stage's file (awake-entry.ts, injected by the background) leaves its module in
 * Parley's isolated world, for the stage that asked for it (awake-load.ts).
 */
export const AWAKE_MODULE_KEY = 'parley.awake';
