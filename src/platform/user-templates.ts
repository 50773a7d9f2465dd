/**
 * The user's own templates, synced through storage.sync so they follow the user to their other
 * browsers. storage.sync allows 8,192 bytes per item and 102,400 in all (settings included), so
 * the list is spread over numbered items as core/templates/sync-quota.ts plans it:
 * `templates.user.0`, `templates.user.1` … and `templates.user.items`, their count, written in
 * one call so another browser never reads half a list. When the plan does not fit (one template
 * over the item quota, or all of them over what settings leave) or the browser refuses the write,
 * the list is kept in storage.local with the reason, and the UI says why.
 * Stored data is untrusted and may come from another version: it is read through
 * `normaliseUserTemplates`.
 */
import { normaliseUserTemplates, planSyncStorage, syncItemBytes, type Template } from '../core/templates';
import { browser } from './browser';
import { onStorageChanged } from './storage-events';

const PREFIX = 'templates.user';
const COUNT_KEY = `${PREFIX}.items`;
/** storage.local: `{ templates, reason }` while the list cannot be synced. */
const LOCAL_KEY = `${PREFIX}.local`;
/** Earlier versions kept the whole list in this one key (sync, or local when it did not fit). */
const LEGACY_KEY = PREFIX;
/** More items than 102,400 bytes of 8,192-byte items could ever need; anything beyond is not ours. */
const MAX_ITEMS = 64;

/** Why the templates are on this device only: see `planSyncStorage`, or the browser refused the write. */
export type LocalReason = 'item' | 'total' | 'refused';
export type UserTemplates = { templates: Template[]; area: 'sync' } | { templates: Template[]; area: 'local'; reason: LocalReason };
export type TemplateStorage = { area: 'sync' } | { area: 'local'; reason: LocalReason };

const isTemplateKey = (key: string) => key === LEGACY_KEY || key.startsWith(`${PREFIX}.`);
const isReason = (value: unknown): value is LocalReason => value === 'item' || value === 'total' || value === 'refused';

/** Bytes the other synced data (settings) uses, plus room for the count item. */
function reservedBytes(synced: Record<string, unknown>): number {
  let bytes = syncItemBytes(COUNT_KEY, MAX_ITEMS);
  for (const [key, value] of Object.entries(synced)) if (!isTemplateKey(key)) bytes += syncItemBytes(key, value);
  return bytes;
}

function fromSync(synced: Record<string, unknown>): Template[] {
  const count = synced[COUNT_KEY];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_ITEMS) return normaliseUserTemplates(synced[LEGACY_KEY]);
  const items = Array.from({ length: count }, (_, i) => synced[`${PREFIX}.${i}`]);
  return normaliseUserTemplates(items.flatMap((item) => (Array.isArray(item) ? (item as unknown[]) : [])));
}

/** Everything in storage.sync, or null when the browser offers no sync storage. */
async function syncedData(): Promise<Record<string, unknown> | null> {
  try {
    return (await browser.storage.sync.get(null)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export async function loadUserTemplates(): Promise<UserTemplates> {
  const local = await browser.storage.local.get([LOCAL_KEY, LEGACY_KEY]);
  const kept = local[LOCAL_KEY] as { templates?: unknown; reason?: unknown } | undefined;
  if (kept && typeof kept === 'object') {
    return { templates: normaliseUserTemplates(kept.templates), area: 'local', reason: isReason(kept.reason) ? kept.reason : 'refused' };
  }
  const synced = (await syncedData()) ?? {};
  if (local[LEGACY_KEY] !== undefined) {
    // Kept locally by an earlier version, which did not record why: judge it as a save would.
    const templates = normaliseUserTemplates(local[LEGACY_KEY]);
    const plan = planSyncStorage(templates, { keyPrefix: PREFIX, reservedBytes: reservedBytes(synced) });
    return { templates, area: 'local', reason: plan.area === 'local' ? plan.reason : 'refused' };
  }
  return { templates: fromSync(synced), area: 'sync' };
}

async function keepLocally(templates: readonly Template[], reason: LocalReason): Promise<TemplateStorage> {
  await browser.storage.local.set({ [LOCAL_KEY]: { templates, reason } });
  await browser.storage.local.remove(LEGACY_KEY);
  return { area: 'local', reason };
}

/**
 * Saves the list: in storage.sync when it fits, else in storage.local (the synced copy is left as
 * it was, so the user's other browsers keep the last list that fitted). Resolves to where it went.
 */
export async function saveUserTemplates(templates: readonly Template[]): Promise<TemplateStorage> {
  const synced = await syncedData();
  if (!synced) return keepLocally(templates, 'refused');
  const plan = planSyncStorage(templates, { keyPrefix: PREFIX, reservedBytes: reservedBytes(synced) });
  if (plan.area === 'local') return keepLocally(templates, plan.reason);
  const items: Record<string, unknown> = { [COUNT_KEY]: plan.items.length };
  for (const item of plan.items) items[item.key] = item.templates;
  try {
    await browser.storage.sync.set(items);
  } catch {
    // Sync is off or unavailable, or the write rate was exceeded.
    return keepLocally(templates, 'refused');
  }
  const leftovers = Object.keys(synced).filter((key) => isTemplateKey(key) && !(key in items));
  // Items past the new count are never read; removing them only frees their room.
  if (leftovers.length > 0) await browser.storage.sync.remove(leftovers).catch(() => undefined);
  await browser.storage.local.remove([LOCAL_KEY, LEGACY_KEY]);
  return { area: 'sync' };
}

/** Calls `listener` when the list changes in either area (another page, another device). */
export function onUserTemplatesChange(listener: () => void): () => void {
  return onStorageChanged((changes) => {
    if (Object.keys(changes).some(isTemplateKey)) listener();
  });
}
