/** Reading what an export needs: conversations with their messages, and their case files. */
import { caseFileToExport } from '../../core/case';
import type { ExportCaseFile } from '../../core/export/model';
import type { StoredConversation } from '../../core/transcript/stored-conversation';
import { getCaseFile } from '../../platform/case-store';
import { listConversations } from '../../platform/transcript-db';
import { loadStoredConversations } from '../../platform/transcript-import';

export interface ExportSource {
  conversations: StoredConversation[];
  caseFiles: Map<string, ExportCaseFile>;
}

/** One conversation by id, or every conversation (newest first) when `id` is null. */
export async function loadForExport(id: string | null): Promise<ExportSource> {
  const ids = id ? [id] : (await listConversations()).conversations.map((c) => c.id);
  const conversations = await loadStoredConversations(ids);
  const caseFiles = new Map<string, ExportCaseFile>();
  // A missing or unreadable case file only leaves `caseFile` out; the transcript still exports.
  await Promise.all(
    conversations.map(async ({ conversation }) => {
      const fields = await getCaseFile(conversation.caseId ?? conversation.id).then(caseFileToExport, () => undefined);
      if (fields) caseFiles.set(conversation.caseId ?? conversation.id, fields);
    }),
  );
  return { conversations, caseFiles };
}
