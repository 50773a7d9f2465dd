/**
 * Reading version 1 of `parley-transcripts` into stored records. Structure only: the hash chain
 * is checked afterwards by `import.ts`, on the records this returns.
 */
import type { MessageRecord } from '../../shared/transcript-types';
import type { StoredConversation } from '../transcript/stored-conversation';
import { array, hash, InvalidImport, isoTime, object, oneOf, optionalString, string, type Plain } from './import-checks';
import { IMPORT_LIMITS as L } from './import-limits';
import { INTEGRITY_ALGORITHM, type ExportCaseFile } from './model';

export interface ImportedConversation extends StoredConversation {
  /** The case file that travelled with the conversation, for the caller to store and link. */
  caseFile?: ExportCaseFile;
  /** `integrity.head` as written in the file (checked against the chain by the importer). */
  head: string;
}

/** As read, before the chain is checked: also how many hashes the file listed. */
export interface ParsedConversation extends ImportedConversation {
  hashCount: number;
}

const AUTHORS = ['agent', 'customer', 'system'] as const;
const STATUSES = ['sending', 'sent', 'failed'] as const;

function readCaseFile(v: unknown, path: string): ExportCaseFile | undefined {
  if (v === undefined) return undefined;
  const fields = Object.entries(object(v, path));
  if (fields.length > L.caseFileFields) throw new InvalidImport(path, `at most ${L.caseFileFields} fields`);
  const out: ExportCaseFile = {};
  for (const [key, value] of fields) {
    string(key, `${path} key`, L.caseFileKey);
    out[key] = string(value, `${path}.${key}`, L.caseFileValue);
  }
  return out;
}

function readMessage(v: unknown, path: string, conversationId: string, seq: number, hashOf: string): MessageRecord {
  const m = object(v, path);
  const name = optionalString(m.name, `${path}.name`, L.name);
  const status = m.status === undefined ? undefined : oneOf(m.status, `${path}.status`, STATUSES);
  return {
    conversationId,
    seq,
    // Exports carry no capture keys; the message's own chain hash is unique within the conversation.
    key: `imported:${hashOf}`,
    author: oneOf(m.author, `${path}.author`, AUTHORS),
    ...(name !== undefined ? { name } : {}),
    text: string(m.text, `${path}.text`, L.messageText),
    at: isoTime(m.at, `${path}.at`),
    ...(status ? { status } : {}),
    hash: hashOf,
  };
}

function readHashes(v: unknown, path: string): { hashes: string[]; head: string } {
  const integrity = object(v, path);
  if (integrity.algorithm !== INTEGRITY_ALGORITHM) throw new InvalidImport(`${path}.algorithm`, `"${INTEGRITY_ALGORITHM}"`);
  const hashes = array(integrity.hashes, `${path}.hashes`, L.messagesPerConversation).map((h, i) => hash(h, `${path}.hashes[${i}]`));
  const head = integrity.head === '' ? '' : hash(integrity.head, `${path}.head`);
  return { hashes, head };
}

function readConversation(v: unknown, path: string): ParsedConversation {
  const c: Plain = object(v, path);
  const id = string(c.id, `${path}.id`, L.id);
  if (id === '') throw new InvalidImport(`${path}.id`, 'a non-empty id');
  const { hashes, head } = readHashes(c.integrity, `${path}.integrity`);
  const rawMessages = array(c.messages, `${path}.messages`, L.messagesPerConversation);
  // Messages beyond the recorded hashes (or hashes beyond the messages) are a chain problem,
  // reported by the importer with the position; here a missing hash reads as ''.
  const messages = rawMessages.map((m, i) => readMessage(m, `${path}.messages[${i}]`, id, i, hashes[i] ?? ''));
  const caseFile = readCaseFile(c.caseFile, `${path}.caseFile`);
  return {
    conversation: {
      id,
      site: string(c.site, `${path}.site`, L.url),
      url: string(c.url, `${path}.url`, L.url),
      title: string(c.title, `${path}.title`, L.title),
      widget: string(c.widget, `${path}.widget`, L.widget),
      startedAt: isoTime(c.startedAt, `${path}.startedAt`),
      lastActivityAt: isoTime(c.endedAt, `${path}.endedAt`),
      messageCount: messages.length,
      headHash: head,
    },
    messages,
    hashCount: hashes.length,
    head,
    ...(caseFile ? { caseFile } : {}),
  };
}

/** Version 1 documents: `{format, version: 1, exportedAt, conversations: [...]}`. */
export function readVersion1(doc: Plain): ParsedConversation[] {
  isoTime(doc.exportedAt, 'exportedAt');
  const list = array(doc.conversations, 'conversations', L.conversations);
  const seen = new Set<string>();
  let total = 0;
  return list.map((v, i) => {
    const c = readConversation(v, `conversations[${i}]`);
    if (seen.has(c.conversation.id)) throw new InvalidImport(`conversations[${i}].id`, 'an id not used by another conversation in the file');
    seen.add(c.conversation.id);
    total += c.messages.length;
    if (total > L.messagesTotal) throw new InvalidImport('conversations', `at most ${L.messagesTotal} messages in all`);
    return c;
  });
}
