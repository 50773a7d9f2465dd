import { useEffect, useState } from 'preact/hooks';
import { listenToBroadcasts } from '../../platform/messaging';
import type { Broadcast, RequestOf } from '../../shared/protocol';

export type DraftTone = RequestOf<Broadcast, 'draft/tone-updated'>;

/** The live draft's tone in this sidebar's tab, from the composer gate's broadcasts. */
export function useDraftTone(tabId: number | null): DraftTone | null {
  const [tone, setTone] = useState<DraftTone | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    return listenToBroadcasts({
      'draft/tone-updated': (update) => {
        if (update.tabId === tabId) setTone(update.phase === 'cleared' ? null : update);
      },
    });
  }, [tabId]);
  return tone;
}
