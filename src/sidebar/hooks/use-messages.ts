import { useEffect, useState } from 'preact/hooks';
import { getMessages } from '../../platform/transcript-db';
import type { ConversationRecord, MessageRecord } from '../../shared/transcript-types';

/** The conversation's stored messages, re-read when its message count or head changes. */
export function useMessages(conversation: ConversationRecord | null): MessageRecord[] {
  const [messages, setMessages] = useState<MessageRecord[]>([]);
  const id = conversation?.id;
  const head = conversation?.headHash;
  useEffect(() => {
    if (!id) {
      setMessages([]);
      return;
    }
    let live = true;
    void getMessages(id).then(
      (list) => live && setMessages([...list].sort((a, b) => a.seq - b.seq)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, head]);
  return messages;
}
