import { useEffect, useState } from 'preact/hooks';
import { listenToBroadcasts, sendFromPage } from '../../platform/messaging';
import type { SidebarContext } from '../../shared/protocol';

/**
 * The tab's binding and conversation, refreshed whenever this tab's transcript is updated. Every
 * open sidebar hears every tab's updates; answering only its own keeps twenty chat tabs from each
 * asking the background twenty times per message.
 */
export function useSidebarContext(): { context: SidebarContext | null; error: string | null } {
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let tabId: number | null = null;
    const refresh = () =>
      sendFromPage('sidebar/context', {}).then(
        (ctx) => {
          tabId = ctx.tabId;
          setContext(ctx);
          setError(null);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    void refresh();
    return listenToBroadcasts({
      'transcript/updated': (update) => {
        if (tabId === null || update.tabId === undefined || update.tabId === tabId) void refresh();
      },
    });
  }, []);
  return { context, error };
}
