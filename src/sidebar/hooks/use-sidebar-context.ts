import { useEffect, useState } from 'preact/hooks';
import { listenToBroadcasts, sendFromPage } from '../../platform/messaging';
import type { SidebarContext } from '../../shared/protocol';

/** The tab's binding and conversation, refreshed whenever a transcript is updated. */
export function useSidebarContext(): { context: SidebarContext | null; error: string | null } {
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () =>
      sendFromPage('sidebar/context', {}).then(
        (ctx) => {
          setContext(ctx);
          setError(null);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    void refresh();
    return listenToBroadcasts({ 'transcript/updated': () => void refresh() });
  }, []);
  return { context, error };
}
