/** Storage used by Parley and whether the browser's quota stopped a write (with live updates). */
import { useEffect, useState } from 'preact/hooks';
import { estimateStorage, type StorageUse } from '../../platform/storage-estimate';
import { useQuotaReached } from '../../ui/use-quota-reached';

export interface StorageStatus {
  use: StorageUse | null;
  quotaReached: boolean;
}

export function useStorageStatus(refresh: unknown): StorageStatus {
  const [use, setUse] = useState<StorageUse | null>(null);
  const quotaReached = useQuotaReached(refresh);
  useEffect(() => void estimateStorage().then(setUse), [refresh]);
  return { use, quotaReached };
}
