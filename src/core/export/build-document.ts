/** Turning stored conversations into the export document every format serializes. */
import type { MessageRecord } from '../../shared/transcript-types';
import type { StoredConversation } from '../transcript/stored-conversation';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  INTEGRITY_ALGORITHM,
  type ExportCaseFile,
  type ExportConversation,
  type ExportDocument,
  type ExportMessage,
} from './model';

export interface BuildOptions {
  /** The case file linked to a conversation (by `caseId`), if it should travel with the export. */
  caseFileOf?: (caseId: string) => ExportCaseFile | undefined;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function exportMessage(m: MessageRecord): ExportMessage {
  return {
    author: m.author,
    ...(m.name ? { name: m.name } : {}),
    text: m.text,
    at: iso(m.at),
    ...(m.status ? { status: m.status } : {}),
  };
}

export function exportConversation({ conversation: c, messages }: StoredConversation, options: BuildOptions = {}): ExportConversation {
  const ordered = [...messages].sort((a, b) => a.seq - b.seq);
  const caseFile = c.caseId ? options.caseFileOf?.(c.caseId) : undefined;
  return {
    id: c.id,
    site: c.site,
    url: c.url,
    title: c.title,
    widget: c.widget,
    startedAt: iso(c.startedAt),
    endedAt: iso(c.lastActivityAt),
    ...(caseFile ? { caseFile } : {}),
    messages: ordered.map(exportMessage),
    integrity: {
      algorithm: INTEGRITY_ALGORITHM,
      hashes: ordered.map((m) => m.hash),
      head: ordered.at(-1)?.hash ?? '',
    },
  };
}

/** `exportedAt` is passed in (epoch ms): core code keeps no clock. */
export function buildExportDocument(
  conversations: readonly StoredConversation[],
  exportedAt: number,
  options: BuildOptions = {},
): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(exportedAt),
    conversations: conversations.map((c) => exportConversation(c, options)),
  };
}
