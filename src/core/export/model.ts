/**
 * The JSON export model, format `parley-transcripts` version 1 (see ./format-v1.md). Every
 * serializer renders this one document; the import reads it back. Times are ISO 8601 strings in
 * UTC with milliseconds, exactly as `Date.prototype.toISOString` writes them.
 */
import type { Author, DeliveryStatus } from '../../shared/transcript-types';

export const EXPORT_FORMAT = 'parley-transcripts';
export const EXPORT_VERSION = 1;
/** The chain of version 1: SHA-256 over JSON [prev, author, at (epoch ms), text]; see core/transcript/hash-chain. */
export const INTEGRITY_ALGORITHM = 'SHA-256';

export interface ExportMessage {
  author: Author;
  /** The agent's display name, when the widget showed one. */
  name?: string;
  text: string;
  /** When Parley first saw the message (ISO). */
  at: string;
  status?: DeliveryStatus;
}

/** The conversation's hash chain: one hash per message, in order, and the last one again as head. */
export interface ExportIntegrity {
  algorithm: typeof INTEGRITY_ALGORITHM;
  hashes: string[];
  /** Hash of the last message, '' for an empty conversation. */
  head: string;
}

/** The linked case file's fields (order number, item, amount …) as plain strings. */
export type ExportCaseFile = Record<string, string>;

export interface ExportConversation {
  id: string;
  /** Origin of the page hosting the chat. */
  site: string;
  url: string;
  title: string;
  /** Widget adapter id, e.g. `intercom`. */
  widget: string;
  startedAt: string;
  /** Time of the last activity. */
  endedAt: string;
  caseFile?: ExportCaseFile;
  messages: ExportMessage[];
  integrity: ExportIntegrity;
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  conversations: ExportConversation[];
}
