/**
 * The user's own templates, synced through storage.sync so they follow the user to other
 * browsers. storage.sync is small (8,192 bytes per item, 102,400 in all): when a save would not
 * fit, the list is kept in storage.local instead and `area: 'local'` tells the UI to say so.
 * Stored data is untrusted and may come from another version: entries are validated on read.
 */
import { browser } from './browser';
import { onStorageChanged } from './storage-events';
import { LANGS, type Lang } from '../core/tone/types';
import type { Template } from '../core/templates';

const KEY = 'templates.user';
export const QUOTA_BYTES_PER_ITEM = 8192;
export const QUOTA_BYTES = 102_400;
const MAX_TEMPLATES = 500;

export type StorageArea = 'sync' | 'local';
export interface UserTemplates {
  templates: Template[];
  area: StorageArea;
}

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function normaliseUserTemplates(value: unknown): Template[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((t): t is Record<string, unknown> => typeof t === 'object' && t !== null)
    .filter((t) => typeof t.id === 'string' && t.id.startsWith('user:') && isLang(t.lang) && typeof t.title === 'string' && typeof t.body === 'string')
    .slice(0, MAX_TEMPLATES)
    .map((t) => ({ id: String(t.id).slice(0, 100), lang: t.lang as Lang, title: String(t.title).slice(0, 200), body: String(t.body).slice(0, 5_000) }));
}

/** Bytes storage.sync counts for an item: the key plus its JSON value. */
export function syncSize(templates: readonly Template[]): number {
  return new TextEncoder().encode(KEY + JSON.stringify(templates)).length;
}

export async function loadUserTemplates(): Promise<UserTemplates> {
  const local = (await browser.storage.local.get(KEY))[KEY];
  if (local !== undefined) return { templates: normaliseUserTemplates(local), area: 'local' };
  const synced = (await browser.storage.sync.get(KEY))[KEY];
  return { templates: normaliseUserTemplates(synced), area: 'sync' };
}

export async function saveUserTemplates(templates: readonly Template[]): Promise<StorageArea> {
  if (syncSize(templates) <= QUOTA_BYTES_PER_ITEM) {
    try {
      await browser.storage.sync.set({ [KEY]: templates });
      await browser.storage.local.remove(KEY);
      return 'sync';
    } catch {
      // Over the total quota or the write rate: keep the list on this machine instead.
    }
  }
  await browser.storage.local.set({ [KEY]: templates });
  return 'local';
}

/** Calls `listener` when the list changes in either area (another sidebar, another device). */
export function onUserTemplatesChange(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>) => {
    if (KEY in changes) listener();
  };
  return onStorageChanged(handler);
}
