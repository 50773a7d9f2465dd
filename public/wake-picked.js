// Parley: registered by the background only for frames of origins where the user picked a chat by
// hand ("This is my support chat"). It wakes Parley's content script, which then reads the pick
// from the extension's storage (src/content/wake.ts). Runs in Parley's isolated world.
(() => {
  const key = Symbol.for('parley.wake');
  const wake = globalThis[key];
  if (typeof wake === 'function') wake('picked');
  else globalThis[key] = 'picked';
})();
