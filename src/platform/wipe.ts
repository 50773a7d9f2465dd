/**
 * "Delete everything" on the options page, apart from the conversations (the background deletes
 * those, with their case files, on the options page's request): every remaining case file, and
 * everything Parley keeps in the browser's storage. storage.local holds the templates kept on
 * this device, the chats picked by hand (`picked:*`), the sidebar's layout and the background's
 * notes; storage.sync the settings (which fall back to their defaults) and the synced templates.
 * Both are cleared whole, so a key added later cannot be missed. storage.session keeps only the
 * case-file drafts of open tabs here; the background's per-tab state there is left alone.
 */
import { browser } from './browser';
import { DRAFT_PREFIX } from './case-drafts';
import { clearCaseFiles } from './case-store';
import { PICKED_KEY_PREFIX as PICKED_PREFIX } from './picked-chats';
import { loadUserTemplates } from './user-templates';

export interface StoredInventory {
  /** The user's own templates (synced or on this device). */
  templates: number;
  /** Sites where the user picked the chat by hand. */
  pickedSites: number;
  /** Open tabs with a case-file draft. */
  drafts: number;
}

const countPrefix = (items: Record<string, unknown>, prefix: string) => Object.keys(items).filter((k) => k.startsWith(prefix)).length;

/** What "delete everything" will remove besides conversations and settings, counted. */
export async function storedInventory(): Promise<StoredInventory> {
  const [templates, local, session] = await Promise.all([loadUserTemplates(), browser.storage.local.get(null), browser.storage.session.get(null)]);
  return { templates: templates.templates.length, pickedSites: countPrefix(local, PICKED_PREFIX), drafts: countPrefix(session, DRAFT_PREFIX) };
}

export async function wipeStorage(): Promise<void> {
  const session = await browser.storage.session.get(null);
  await Promise.all([
    clearCaseFiles(),
    browser.storage.local.clear(),
    browser.storage.sync.clear(),
    browser.storage.session.remove(Object.keys(session).filter((k) => k.startsWith(DRAFT_PREFIX))),
  ]);
}
