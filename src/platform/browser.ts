/**
 * The one place that reaches the WebExtension API. Everything else goes through src/platform,
 * so core logic stays testable without a browser and API use is easy to audit.
 *
 * We use the browser's own promise-based API (Firefox's `browser`, Chrome's MV3 `chrome`) rather
 * than webextension-polyfill: both target browsers return promises natively in MV3, and the
 * polyfill's start-up (its module interop enumerates and instantiates every API namespace) cost
 * about 2 ms of main-thread time in every frame of every page the content script runs in.
 * The polyfill's types (@types/webextension-polyfill) still describe the API.
 */
import type Browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';

type Global = { browser?: typeof Browser; chrome?: typeof Browser };

export const browser: typeof Browser = new Proxy({} as typeof Browser, {
  // Resolved on each access, so a test (or a late-initialised context) sees the current API.
  get(_target, key: string) {
    const g = globalThis as Global;
    const api = g.browser?.runtime?.id ? g.browser : g.chrome;
    if (!api) throw new Error('The WebExtension API is not available here.');
    return api[key as keyof typeof Browser];
  },
});
