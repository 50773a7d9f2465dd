/**
 * Whether the user's templates fit in storage.sync, and how to lay them out there. The quotas
 * are Chrome's and Firefox's: 8,192 bytes per item and 102,400 in all, where an item counts its
 * key plus the JSON of its value in UTF-8
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync).
 * The list is packed into numbered items so it can use more than one item's worth; when even
 * that fails, the answer is "local", and the UI says the templates stay on this device.
 */
import type { Template } from './types';

export const QUOTA_BYTES_PER_ITEM = 8_192;
export const QUOTA_BYTES = 102_400;

export interface SyncItem {
  key: string;
  templates: Template[];
  bytes: number;
}

export type SyncPlan =
  | { area: 'sync'; items: SyncItem[]; bytes: number }
  /** `item`: one template alone is over the per-item quota; `total`: all together exceed what is left. */
  | { area: 'local'; reason: 'item' | 'total'; bytes: number };

export interface SyncPlanOptions {
  /** Items are `<keyPrefix>.0`, `<keyPrefix>.1`, … Default `templates.user`. */
  keyPrefix?: string;
  /** Bytes other data (settings) already uses in storage.sync. */
  reservedBytes?: number;
}

const encoder = new TextEncoder();

/** What storage.sync counts for one item. */
export function syncItemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** Packs templates in order into as few items as fit, or says why they can't be synced. */
export function planSyncStorage(templates: readonly Template[], options: SyncPlanOptions = {}): SyncPlan {
  const prefix = options.keyPrefix ?? 'templates.user';
  const items: SyncItem[] = [];
  let current: Template[] = [];
  const keyOf = (i: number) => `${prefix}.${i}`;
  for (const template of templates) {
    const grown = [...current, template];
    if (syncItemBytes(keyOf(items.length), grown) <= QUOTA_BYTES_PER_ITEM) {
      current = grown;
      continue;
    }
    if (current.length === 0) return { area: 'local', reason: 'item', bytes: syncItemBytes(keyOf(0), [template]) };
    items.push({ key: keyOf(items.length), templates: current, bytes: syncItemBytes(keyOf(items.length), current) });
    current = [template];
    if (syncItemBytes(keyOf(items.length), current) > QUOTA_BYTES_PER_ITEM) return { area: 'local', reason: 'item', bytes: syncItemBytes(keyOf(0), current) };
  }
  if (current.length > 0) items.push({ key: keyOf(items.length), templates: current, bytes: syncItemBytes(keyOf(items.length), current) });
  const bytes = items.reduce((sum, item) => sum + item.bytes, 0);
  if (bytes + (options.reservedBytes ?? 0) > QUOTA_BYTES) return { area: 'local', reason: 'total', bytes };
  return { area: 'sync', items, bytes };
}
