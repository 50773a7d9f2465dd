/**
 * Tamper evidence for transcripts: the messages of a conversation form a SHA-256 hash chain.
 *
 * Encoding (version 1, fixed forever; a change needs a new `integrity.algorithm` in exports):
 *
 *     hash[i] = lowercase hex of SHA-256( UTF-8( JSON.stringify([prev, author, at, text]) ) )
 *
 * where `prev` is hash[i-1] (the empty string for the first message), `author` and `text` are
 * the message's strings exactly as stored, and `at` is its time in integer milliseconds since
 * the Unix epoch (truncated toward zero, the way `Date` stores times, so a time that went through
 * an ISO string and back hashes the same). A JSON array is unambiguous: every string is quoted and
 * escaped, so no choice of field contents can shift a boundary between fields. ECMAScript fixes
 * `JSON.stringify` output for strings (lone surrogates become `\udxxx` escapes) and for integers,
 * so any implementation reproduces it.
 *
 * Only author, time and text are covered; delivery status may legitimately change after a
 * message is stored (sending → sent), and agent name / attachments are display details.
 */

/** The fields a chain hash covers. `MessageRecord` and export messages (with `at` parsed) fit. */
export interface ChainInput {
  author: string;
  /** Epoch milliseconds. */
  at: number;
  text: string;
}

export interface ChainedMessage extends ChainInput {
  /** Lowercase hex SHA-256 as stored or exported. */
  hash: string;
}

/** Why a chain failed to verify. */
export type ChainFailure =
  /** The message's stored hash does not match its content and the hash before it. */
  | 'hash-mismatch'
  /** All messages match, but the recorded head names a different last hash (messages cut off at the end). */
  | 'head-mismatch';

export type ChainVerdict = { ok: true } | { ok: false; index: number; reason: ChainFailure };

/** The genesis `prev` of every chain. */
export const GENESIS_HASH = '';

const encoder = new TextEncoder();

function subtleOf(subtle?: SubtleCrypto): SubtleCrypto {
  const found = subtle ?? globalThis.crypto?.subtle;
  if (!found) throw new Error('WebCrypto (crypto.subtle) is not available');
  return found;
}

/** The exact bytes hashed for one message (exported for tests and independent verifiers). */
export function chainPreimage(prev: string, msg: ChainInput): Uint8Array {
  if (!Number.isFinite(msg.at)) throw new RangeError(`message time is not a finite number: ${msg.at}`);
  return encoder.encode(JSON.stringify([prev, msg.author, Math.trunc(msg.at), msg.text]));
}

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The hash of `msg` chained onto `prev` (use '' for the first message). */
export async function chainHash(prev: string, msg: ChainInput, subtle?: SubtleCrypto): Promise<string> {
  const bytes = chainPreimage(prev, msg);
  return toHex(await subtleOf(subtle).digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** Hashes for a whole sequence, starting from `prev` (the genesis '' unless continuing a chain). */
export async function buildChain(
  messages: readonly ChainInput[],
  prev: string = GENESIS_HASH,
  subtle?: SubtleCrypto,
): Promise<string[]> {
  const hashes: string[] = [];
  for (const msg of messages) {
    prev = await chainHash(prev, msg, subtle);
    hashes.push(prev);
  }
  return hashes;
}

export interface VerifyOptions {
  /** The head recorded apart from the messages (e.g. `integrity.head`); checked when given. */
  head?: string;
  subtle?: SubtleCrypto;
}

/**
 * Checks every message against its stored hash and names the first one that does not fit.
 * Each message is checked against the stored hash of the one before it, so an edit, a removal,
 * an insertion or a swap shows up at the first position where the sequence stops matching.
 */
export async function verifyChain(messages: readonly ChainedMessage[], options: VerifyOptions = {}): Promise<ChainVerdict> {
  let prev = GENESIS_HASH;
  for (const [index, msg] of messages.entries()) {
    const expected = await chainHash(prev, msg, options.subtle);
    if (expected !== msg.hash) return { ok: false, index, reason: 'hash-mismatch' };
    prev = msg.hash;
  }
  if (options.head !== undefined && options.head !== prev) {
    return { ok: false, index: messages.length, reason: 'head-mismatch' };
  }
  return { ok: true };
}
