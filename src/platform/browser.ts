/**
 * The one place that imports the WebExtension API. Everything else goes through src/platform,
 * so core logic stays testable without a browser and the contexts' API use is easy to audit.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
