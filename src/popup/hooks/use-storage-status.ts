/** Storage used by Parley and whether the browser's quota stopped a write (with live updates). */
import { useEffect, useState } from 'preact/hooks';
import { listenToBroadcasts } from '../../platform/messaging';
import { estimateStorage, type StorageUse } from '../../platform/storage-estimate';
import { quotaReachedAt } from '../../platform/transcript-notices';

export interface StorageStatus {
  use: StorageUse | null;
  quotaReached: boolean;
}

export function useStorageStatus(refresh: unknown): StorageStatus {
  const [use, setUse] = useState<StorageUse | null>(null);
  const [quotaReached, setQuotaReached] = useState(false);
  useEffect(() => {
    void estimateStorage().then(setUse);
    quotaReachedAt().then((at) => setQuotaReached(at !== null), () => undefined);
  }, [refresh]);
  useEffect(() => listenToBroadcasts({ 'transcripts/quota-reached': () => setQuotaReached(true) }), []);
  return { use, quotaReached };
}
