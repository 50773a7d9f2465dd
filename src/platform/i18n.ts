/**
 * Interface strings. By default the browser's language through browser.i18n; when the user picked
 * another interface language (options: `ui.language`), that locale's messages.json is loaded and
 * rendered with the same rules as getMessage (src/core/i18n/format.ts). Extension pages read their
 * own file; the content script cannot (locales are not web-accessible) and gets the catalog from
 * the background instead (`useCatalog`).
 */
import { catalogLookup, formatMessage, type MessageCatalog, type MessageLookup } from '../core/i18n/format';
import { browser } from './browser';
import { loadSettings, onSettingsChange } from './settings-store';

let override: { lang: string; lookup: MessageLookup } | null = null;

/** An interface string in the chosen language (public/_locales). */
export function t(key: string, substitutions?: string | string[]): string {
  if (override) {
    const entry = override.lookup(key);
    if (entry) return formatMessage(entry, substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]);
  }
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    // The extension was reloaded under this page: the old script keeps working in English keys
    // until it notices and stops, rather than throwing into the page.
    return key;
  }
}

export function uiLanguage(): string {
  if (override) return override.lang;
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // The extension went away under this page (reloaded or removed).
    return 'en';
  }
}

/** Uses this catalog for `lang` (null: back to the browser's language). */
export function useCatalog(lang: string, catalog: MessageCatalog | null): void {
  override = catalog ? { lang, lookup: catalogLookup(catalog) } : null;
}

/** Reads a locale's messages.json from the extension's own files (extension pages, background). */
export async function fetchCatalog(lang: string): Promise<MessageCatalog> {
  const response = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
  if (!response.ok) throw new Error(`No interface strings for ${lang}`);
  return (await response.json()) as MessageCatalog;
}

type CatalogLoader = (lang: string) => Promise<MessageCatalog>;

async function applyChoice(choice: string, load: CatalogLoader): Promise<void> {
  if (choice === 'auto') useCatalog('', null);
  else useCatalog(choice, await load(choice));
}

/**
 * Applies the chosen interface language (an extension page: before its first render), then calls
 * `onChange` whenever the user picks another one. `load` reads a locale's catalog: the page's own
 * file by default; the content script passes one that asks the background.
 */
export async function followInterfaceLanguage(onChange: () => void, signal: AbortSignal, load: CatalogLoader = fetchCatalog): Promise<void> {
  let current = 'auto';
  try {
    current = (await loadSettings())['ui.language'];
    await applyChoice(current, load);
  } catch {
    useCatalog('', null);
  }
  onSettingsChange((settings) => {
    const next = settings['ui.language'];
    if (next === current) return;
    current = next;
    applyChoice(next, load).then(onChange, () => {
      useCatalog('', null);
      onChange();
    });
  }, signal);
}
