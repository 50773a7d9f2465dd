import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { listenToBroadcasts } from '../../platform/messaging';
import type { Broadcast, RequestOf, SidebarContext } from '../../shared/protocol';

export type DraftTone = RequestOf<Broadcast, 'draft/tone-updated'>;

/**
 * The live draft's tone in this sidebar's tab: what the background last heard when the sidebar
 * got its context (so a sidebar opened after a send was held says so), then the composer gate's
 * broadcasts. The two can arrive out of order (a context asked for before a report, answered after
 * it), so a report older than the one shown is ignored.
 */
export function useDraftTone(context: SidebarContext | null): DraftTone | null {
  const tabId = context?.tabId ?? null;
  const [tone, setTone] = useState<DraftTone | null>(null);
  const latest = useRef(-Infinity);
  const show = useCallback((update: DraftTone) => {
    const at = update.at ?? 0;
    if (at < latest.current) return;
    latest.current = at;
    setTone(update.phase === 'cleared' ? null : update);
  }, []);
  const known = context?.draftTone ?? null;
  useEffect(() => {
    if (known && known.tabId === tabId) show(known);
  }, [known, tabId, show]);
  useEffect(() => {
    if (tabId === null) return;
    return listenToBroadcasts({ 'draft/tone-updated': show }, { tabId });
  }, [tabId, show]);
  return tone;
}
