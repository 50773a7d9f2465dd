/** The stored conversations, newest first, reloaded whenever the background stores messages. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { listenToBroadcasts } from '../../platform/messaging';
import { listConversations } from '../../platform/transcript-db';
import type { ConversationRecord } from '../../shared/transcript-types';

export interface Conversations {
  list: ConversationRecord[] | null;
  skipped: number;
  error: string | null;
  reload: () => Promise<void>;
}

export function useConversations(): Conversations {
  const [list, setList] = useState<ConversationRecord[] | null>(null);
  const [skipped, setSkipped] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      listConversations().then(
        (r) => {
          setList(r.conversations);
          setSkipped(r.skipped);
          setError(null);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      ),
    [],
  );
  useEffect(() => {
    void reload();
    return listenToBroadcasts({ 'transcript/updated': () => void reload() });
  }, [reload]);
  return { list, skipped, error, reload };
}
