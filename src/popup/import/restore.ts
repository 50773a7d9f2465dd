/**
 * Restoring a verified backup: merge it with what is stored (no duplicates: mergeImported) and
 * write the result, with the case files the backup carried, in one transaction. If a capture
 * moved a conversation meanwhile, the merge is redone on the fresh data rather than overwriting
 * the new messages.
 */
import { caseFileFromExport, type CaseFile } from '../../core/case';
import type { ImportedConversation } from '../../core/export/import';
import { mergeImported } from '../../core/transcript/merge';
import type { StoredConversation } from '../../core/transcript/stored-conversation';
import { ConcurrentWrite } from '../../platform/transcript-db';
import { loadStoredConversations, writeMergedConversations } from '../../platform/transcript-import';

export interface RestoreResult {
  addedConversations: number;
  addedMessages: number;
  /** Case files stored for conversations that had none. */
  addedCaseFiles: number;
}

const ATTEMPTS = 3;

function asStored(c: ImportedConversation): StoredConversation {
  // Case files are keyed by conversation id: a restored conversation links to its own.
  return { conversation: { ...c.conversation, caseId: c.conversation.caseId ?? c.conversation.id }, messages: c.messages };
}

/** The backup's case files, keyed as the conversations they belong to link them (a stored one's own link wins). */
function caseFilesOf(imported: readonly ImportedConversation[], existing: readonly StoredConversation[], now: number): CaseFile[] {
  const linked = new Map(existing.map(({ conversation: c }) => [c.id, c.caseId ?? c.id]));
  return imported.flatMap(({ conversation: c, caseFile }) => {
    const file = caseFile && caseFileFromExport(linked.get(c.id) ?? c.caseId ?? c.id, caseFile, now);
    return file ? [file] : [];
  });
}

export async function restoreBackup(imported: readonly ImportedConversation[], now = Date.now()): Promise<RestoreResult> {
  const incoming = imported.map(asStored);
  const ids = [...new Set(incoming.map((c) => c.conversation.id))];
  for (let attempt = 1; ; attempt++) {
    const existing = await loadStoredConversations(ids);
    const heads = new Map(existing.map((c) => [c.conversation.id, c.conversation.headHash]));
    const merge = await mergeImported(existing, incoming);
    const caseFiles = caseFilesOf(imported, existing, now);
    try {
      const addedCaseFiles = merge.changed.length > 0 || caseFiles.length > 0 ? await writeMergedConversations(merge.changed, heads, caseFiles) : 0;
      return { addedConversations: merge.addedConversations, addedMessages: merge.addedMessages, addedCaseFiles };
    } catch (error) {
      if (!(error instanceof ConcurrentWrite) || attempt >= ATTEMPTS) throw error;
    }
  }
}
