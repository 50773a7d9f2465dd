import { useCallback, useEffect, useState } from 'preact/hooks';
import { listenToBroadcasts, sendFromPage } from '../../platform/messaging';
import type { SidebarContext } from '../../shared/protocol';

/**
 * The tab's binding and conversation, refreshed whenever this tab's transcript is updated. The
 * sidebar listens only to its own tab's updates (known once the first context names the tab), so
 * twenty chat tabs do not wake every sidebar for every message.
 */
export function useSidebarContext(): { context: SidebarContext | null; error: string | null } {
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tabId = context?.tabId ?? null;
  const refresh = useCallback(
    () =>
      sendFromPage('sidebar/context', {}).then(
        (ctx) => {
          setContext(ctx);
          setError(null);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      ),
    [],
  );
  useEffect(() => void refresh(), [refresh]);
  useEffect(() => {
    if (tabId === null) return;
    const stop = listenToBroadcasts({ 'transcript/updated': () => void refresh() }, { tabId });
    // An update between the first answer and this listener would otherwise go unseen.
    void refresh();
    return stop;
  }, [tabId, refresh]);
  return { context, error };
}
