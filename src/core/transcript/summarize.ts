import type { ConversationRecord, MessageRecord } from '../../shared/transcript-types';

/** The conversation record after a merge: count, chain head, and the span of activity. */
export function summarize(
  record: ConversationRecord,
  messages: readonly MessageRecord[],
  added: readonly MessageRecord[],
): ConversationRecord {
  return {
    ...record,
    messageCount: messages.length,
    headHash: messages.at(-1)?.hash ?? '',
    startedAt: added.reduce((min, m) => Math.min(min, m.at), record.startedAt),
    lastActivityAt: added.reduce((max, m) => Math.max(max, m.at), record.lastActivityAt),
  };
}
