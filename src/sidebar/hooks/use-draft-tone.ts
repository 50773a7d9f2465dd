import { useEffect, useState } from 'preact/hooks';
import { listenToBroadcasts } from '../../platform/messaging';
import type { Broadcast, RequestOf, SidebarContext } from '../../shared/protocol';

export type DraftTone = RequestOf<Broadcast, 'draft/tone-updated'>;

/**
 * The live draft's tone in this sidebar's tab: what the background last heard when the sidebar
 * got its context (so a sidebar opened after a send was held says so), then the composer gate's
 * broadcasts.
 */
export function useDraftTone(context: SidebarContext | null): DraftTone | null {
  const tabId = context?.tabId ?? null;
  const [tone, setTone] = useState<DraftTone | null>(null);
  const known = context?.draftTone ?? null;
  useEffect(() => {
    if (known && known.tabId === tabId) setTone(known.phase === 'cleared' ? null : known);
  }, [known, tabId]);
  useEffect(() => {
    if (tabId === null) return;
    return listenToBroadcasts({ 'draft/tone-updated': (update) => setTone(update.phase === 'cleared' ? null : update) }, { tabId });
  }, [tabId]);
  return tone;
}
