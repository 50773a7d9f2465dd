/**
 * Restoring a verified backup: merge it with what is stored (no duplicates: mergeImported) and
 * write the result in one transaction. If a capture moved a conversation meanwhile, the merge is
 * redone on the fresh data rather than overwriting the new messages.
 */
import type { ImportedConversation } from '../../core/export/import';
import { mergeImported } from '../../core/transcript/merge';
import type { StoredConversation } from '../../core/transcript/stored-conversation';
import { ConcurrentWrite } from '../../platform/transcript-db';
import { loadStoredConversations, writeMergedConversations } from '../../platform/transcript-import';

export interface RestoreResult {
  addedConversations: number;
  addedMessages: number;
}

const ATTEMPTS = 3;

function asStored(c: ImportedConversation): StoredConversation {
  // Case files are keyed by conversation id: a restored conversation links to its own.
  return { conversation: { ...c.conversation, caseId: c.conversation.caseId ?? c.conversation.id }, messages: c.messages };
}

export async function restoreBackup(imported: readonly ImportedConversation[]): Promise<RestoreResult> {
  const incoming = imported.map(asStored);
  const ids = [...new Set(incoming.map((c) => c.conversation.id))];
  for (let attempt = 1; ; attempt++) {
    const existing = await loadStoredConversations(ids);
    const heads = new Map(existing.map((c) => [c.conversation.id, c.conversation.headHash]));
    const merge = await mergeImported(existing, incoming);
    try {
      if (merge.changed.length > 0) await writeMergedConversations(merge.changed, heads);
      return { addedConversations: merge.addedConversations, addedMessages: merge.addedMessages };
    } catch (error) {
      if (!(error instanceof ConcurrentWrite) || attempt >= ATTEMPTS) throw error;
    }
  }
}
