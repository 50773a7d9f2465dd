import { browser } from './browser';
import { t } from './i18n';

type Manifest = { version: string; commands?: Record<string, { description?: string; suggested_key?: { default?: string } }> };

export function extensionVersion(): string {
  return (browser.runtime.getManifest() as Manifest).version;
}

export interface Shortcut {
  name: string;
  /** The keys in effect ('' when the user removed the shortcut). */
  keys: string;
  /** What the manifest suggests (a fresh install's keys, unless they clash with another extension). */
  suggested: string;
  description: string;
}

/** The keyboard shortcuts in effect (the user may have changed them in the browser). */
export async function shortcuts(): Promise<Shortcut[]> {
  const declared = (browser.runtime.getManifest() as Manifest).commands ?? {};
  // The manifest's descriptions are i18n keys (__MSG_x__); the browser may hand them over
  // already translated into its own language, so look the key up again for a chosen language.
  const KEYS: Record<string, string> = { 'toggle-sidebar': 'commandToggleSidebar', 'focus-template-search': 'commandFocusSearch' };
  const describe = (name: string, fallback?: string) => {
    const key = /^__MSG_(\w+)__$/.exec(declared[name]?.description ?? '')?.[1] ?? KEYS[name];
    return key ? t(key) : fallback || declared[name]?.description || name;
  };
  try {
    const active = await browser.commands.getAll();
    return active.filter((c) => c.name && c.name in declared).map((c) => ({ name: c.name!, keys: c.shortcut ?? '', suggested: declared[c.name!]?.suggested_key?.default ?? '', description: describe(c.name!, c.description) }));
  } catch {
    return Object.entries(declared).map(([name, c]) => ({ name, keys: c.suggested_key?.default ?? '', suggested: c.suggested_key?.default ?? '', description: describe(name) }));
  }
}

/** Opens Parley's options page (a tab of its own, or the browser's add-on settings). */
export function openSettings(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
