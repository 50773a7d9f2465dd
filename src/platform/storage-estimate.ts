/** How much storage Parley's origin uses, as the browser reports it (IndexedDB included). */
export interface StorageUse {
  usage: number;
  /** What the browser would allow, or null when it does not say. */
  quota: number | null;
}

export async function estimateStorage(): Promise<StorageUse | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return { usage: usage ?? 0, quota: quota ?? null };
  } catch {
    return null;
  }
}
