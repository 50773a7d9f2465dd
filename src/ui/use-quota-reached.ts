/**
 * Whether the browser's storage quota stopped a transcript write (the background's notice), with
 * live updates: set by the background's broadcast, re-read whenever `refresh` changes (a later
 * write that succeeded clears the notice).
 */
import { useEffect, useState } from 'preact/hooks';
import { listenToBroadcasts } from '../platform/messaging';
import { quotaReachedAt } from '../platform/transcript-notices';

export function useQuotaReached(refresh: unknown): boolean {
  const [reached, setReached] = useState(false);
  useEffect(() => {
    let live = true;
    quotaReachedAt().then((at) => live && setReached(at !== null), () => undefined);
    return () => {
      live = false;
    };
  }, [refresh]);
  useEffect(() => listenToBroadcasts({ 'transcripts/quota-reached': () => setReached(true) }), []);
  return reached;
}
