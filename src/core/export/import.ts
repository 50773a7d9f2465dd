/**
 * Reading an import (a JSON backup written by any version of Parley) into conversations ready to
 * merge. All or nothing: the result is either every conversation, structurally valid and with an
 * intact hash chain, or one problem naming what is wrong; nothing half-read ever comes back.
 */
import { verifyChain } from '../transcript/hash-chain';
import { InvalidImport, object } from './import-checks';
import { IMPORT_LIMITS } from './import-limits';
import { readVersion1, type ImportedConversation, type ParsedConversation } from './import-v1';
import { EXPORT_FORMAT, EXPORT_VERSION } from './model';

export type { ImportedConversation } from './import-v1';

export type ImportProblem =
  | { code: 'too-large'; message: string; limit: number }
  | { code: 'not-json'; message: string }
  | { code: 'wrong-format'; message: string }
  | { code: 'unsupported-version'; message: string; version: unknown }
  | { code: 'invalid'; message: string; path: string }
  | {
      code: 'tampered';
      message: string;
      /** The finding alone, e.g. "message #3 (2025-01-05T10:32:00.000Z) was altered". */
      detail: string;
      conversationId: string;
      site: string;
      /** 1-based position of the first message that does not match its hash. */
      position: number;
      /** That message's time (ISO), when it exists in the file. */
      at?: string;
    };

export type ImportResult =
  | { ok: true; conversations: ImportedConversation[]; messageCount: number }
  | { ok: false; problem: ImportProblem };

export interface ImportOptions {
  subtle?: SubtleCrypto;
  /** Override the file size limit (characters). */
  maxChars?: number;
}

const fail = (problem: ImportProblem): ImportResult => ({ ok: false, problem });

function parse(text: string): { value: unknown } | ImportProblem {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { code: 'not-json', message: `The file is not valid JSON (it may be truncated or damaged): ${detail}` };
  }
}

/** A short, safe description of a value that may be anything (never serialized whole). */
function describe(v: unknown): string {
  if (v === undefined) return 'none';
  if (typeof v === 'string') return JSON.stringify(v.slice(0, 40));
  return typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : `a${Array.isArray(v) ? 'n array' : 'n object'}`;
}

/** The version switch: every version Parley ever wrote has a reader here. */
function readStructure(value: unknown): ParsedConversation[] | ImportProblem {
  const isDoc = typeof value === 'object' && value !== null && !Array.isArray(value);
  const format = isDoc ? (value as { format?: unknown }).format : undefined;
  if (!isDoc || format !== EXPORT_FORMAT) {
    return { code: 'wrong-format', message: `This is not a Parley transcript export (expected "format": "${EXPORT_FORMAT}").` };
  }
  const doc = object(value, 'document');
  switch (doc.version) {
    case 1:
      return readVersion1(doc);
    default: {
      const newer = typeof doc.version === 'number' && doc.version > EXPORT_VERSION;
      const message = newer
        ? `This file was written by a newer Parley (format version ${String(doc.version)}); update Parley to import it.`
        : `Unknown format version: ${describe(doc.version)}.`;
      return { code: 'unsupported-version', message, version: doc.version };
    }
  }
}

/** The first message of `c` whose hash does not fit, as a problem, or null when the chain holds. */
async function chainProblem(c: ParsedConversation, subtle?: SubtleCrypto): Promise<ImportProblem | null> {
  const verdict = await verifyChain(c.messages, { head: c.head, ...(subtle ? { subtle } : {}) });
  let index = verdict.ok ? -1 : verdict.index;
  if (c.hashCount !== c.messages.length) index = Math.min(index < 0 ? Infinity : index, c.hashCount, c.messages.length);
  if (index < 0) return null;
  const { id, site } = c.conversation;
  const message = c.messages[index];
  const at = message ? new Date(message.at).toISOString() : undefined;
  const k = index + 1;
  const what = !message
    ? `message #${k} is missing (the chain recorded in the file goes on past the last message)`
    : index >= c.hashCount
      ? `message #${k} (${at}) was added (it has no place in the recorded chain)`
      : `message #${k} (${at}) was altered`;
  return {
    code: 'tampered',
    message: `Conversation ${id} (${site}): ${what}. The file has been changed since Parley exported it.`,
    detail: what,
    conversationId: id,
    site,
    position: index + 1,
    ...(at ? { at } : {}),
  };
}

/**
 * Parses, validates and verifies an import. Refuses files over the size limit, invalid JSON
 * (truncated files land here), other formats, unknown versions, wrong types or forbidden keys,
 * and any conversation whose hash chain does not hold, naming the first altered message.
 */
export async function readImport(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const limit = options.maxChars ?? IMPORT_LIMITS.fileChars;
  if (text.length > limit) {
    return fail({ code: 'too-large', message: `The file is too large to import (over ${limit} characters).`, limit });
  }
  const parsed = parse(text);
  if ('code' in parsed) return fail(parsed);
  let conversations: ParsedConversation[];
  try {
    const read = readStructure(parsed.value);
    if ('code' in read) return fail(read);
    conversations = read;
  } catch (error) {
    if (!(error instanceof InvalidImport)) throw error;
    return fail({ code: 'invalid', message: `The file is damaged: ${error.message}.`, path: error.path });
  }
  for (const c of conversations) {
    const problem = await chainProblem(c, options.subtle);
    if (problem) return fail(problem);
  }
  const ready = conversations.map(({ hashCount: _count, ...c }) => c);
  return { ok: true, conversations: ready, messageCount: ready.reduce((n, c) => n + c.messages.length, 0) };
}
