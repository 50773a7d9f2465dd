/**
 * A notice the background leaves for the popup and sidebar: the browser refused a transcript
 * write because the storage quota is reached. Kept in storage.local so a page opened later
 * still shows it; cleared by the next write that succeeds.
 */
import { browser } from './browser';

const QUOTA_KEY = 'transcripts:quotaReachedAt';

/** True for the error IndexedDB reports when the origin's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error instanceof DOMException && error.code === 22);
}

export async function markQuotaReached(at: number): Promise<void> {
  await browser.storage.local.set({ [QUOTA_KEY]: at });
}

export async function clearQuotaReached(): Promise<void> {
  const stored = await browser.storage.local.get(QUOTA_KEY);
  if (stored[QUOTA_KEY] !== undefined) await browser.storage.local.remove(QUOTA_KEY);
}

/** When the quota was last reached (epoch ms), or null when the last write succeeded. */
export async function quotaReachedAt(): Promise<number | null> {
  const value = (await browser.storage.local.get(QUOTA_KEY))[QUOTA_KEY];
  return typeof value === 'number' ? value : null;
}
