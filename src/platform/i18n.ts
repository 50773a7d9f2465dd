import { browser } from './browser';

/** An interface string in the browser's language (public/_locales). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    // The extension was reloaded under this page: the old script keeps working in English keys
    // until it notices and stops, rather than throwing into the page.
    return key;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // The extension went away under this page (reloaded or removed).
    return 'en';
  }
}
