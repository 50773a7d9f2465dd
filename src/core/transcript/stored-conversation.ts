/**
 * A conversation with its messages, the unit that merge, export and import pass around. The
 * records are the shared storage types, so the transcript database can write them as they are.
 */
import type { ConversationRecord, MessageRecord } from '../../shared/transcript-types';

export interface StoredConversation {
  conversation: ConversationRecord;
  /** In chain order (`seq` 0, 1, 2 …), each carrying its chain hash. */
  messages: MessageRecord[];
}
