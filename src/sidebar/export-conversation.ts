/** This conversation as a `parley-transcripts` JSON file, with its case file, downloaded from the sidebar. */
import { caseFileToExport } from '../core/case';
import { buildExportDocument } from '../core/export/build-document';
import { exportFileName } from '../core/export/file-name';
import { json } from '../core/export/formats/json';
import { getCaseFile } from '../platform/case-store';
import { getConversation, getMessages } from '../platform/transcript-db';
import { downloadBlob } from '../platform/download';

export async function exportConversationJson(conversationId: string): Promise<boolean> {
  const conversation = await getConversation(conversationId);
  if (!conversation) return false;
  const [messages, file] = await Promise.all([getMessages(conversationId), getCaseFile(conversationId)]);
  const now = Date.now();
  // The sidebar's case file is keyed by conversation; link it for the export only.
  const linked = { ...conversation, caseId: conversation.caseId ?? conversation.id };
  const doc = buildExportDocument([{ conversation: linked, messages }], now, { caseFileOf: () => caseFileToExport(file) });
  const name = exportFileName(conversation.site, now, json.fileExtension, -new Date(now).getTimezoneOffset());
  downloadBlob(json.serialize(doc), name, json.mimeType);
  return true;
}
