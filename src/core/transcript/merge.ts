/**
 * Merging captured messages into a stored conversation. Widgets re-render and re-send what they
 * already showed, so the same message arrives many times: it is stored once (by capture key),
 * a changed delivery status updates the stored record instead of adding a copy, and history that
 * shows up above what was stored is put in front, in order. Redaction, when asked for, happens
 * here, before anything is hashed or stored.
 */
import type { CapturedMessage, MessageRecord } from '../../shared/transcript-types';
import { placeInOrder } from './place-in-order';
import { redactText, type RedactionOptions } from './redact';
import { firstDifference, rechain, type UnchainedMessage } from './rechain';
import type { StoredConversation } from './stored-conversation';
import { summarize } from './summarize';

export { mergeImported, type ImportMerge } from './merge-imported';

export interface CaptureMerge extends StoredConversation {
  /** Records that were not stored before. */
  added: MessageRecord[];
  /**
   * Stored records that changed: status or key (an optimistic message confirmed), or seq and
   * hash (moved by prepended history). Ascending by seq: writing them in this order keeps the
   * unique (conversationId, key) index satisfied at every step.
   */
  updated: MessageRecord[];
}

export interface CaptureMergeOptions {
  /** Redact new messages' text before it is hashed and stored. */
  redaction?: RedactionOptions;
  subtle?: SubtleCrypto;
}

/** One record per key: a later copy's status wins, the first sighting's time stays. */
export function dedupeCaptured(batch: readonly CapturedMessage[]): CapturedMessage[] {
  const byKey = new Map<string, CapturedMessage>();
  for (const m of batch) {
    const first = byKey.get(m.key);
    byKey.set(m.key, first ? { ...first, ...m, seenAt: Math.min(first.seenAt, m.seenAt) } : m);
  }
  return [...byKey.values()];
}

function toRecord(conversationId: string, m: CapturedMessage, redaction?: RedactionOptions): UnchainedMessage {
  return {
    conversationId,
    key: m.key,
    author: m.author,
    text: redaction ? redactText(m.text, redaction) : m.text,
    at: m.seenAt,
    ...(m.name ? { name: m.name } : {}),
    ...(m.shownTime ? { shownTime: m.shownTime } : {}),
    ...(m.status ? { status: m.status } : {}),
    ...(m.attachments?.length ? { attachments: m.attachments } : {}),
  };
}

/**
 * Stored messages still waiting for confirmation ('sending' or 'failed') that a new key in the
 * batch confirms: same author and text. A widget that gives a message its own id only once the
 * server has it would otherwise store the optimistic copy and the confirmed one twice.
 */
function confirmedOptimistic(stored: readonly MessageRecord[], fresh: readonly UnchainedMessage[]): Map<string, string> {
  const renames = new Map<string, string>();
  const pending = stored.filter((s) => s.status === 'sending' || s.status === 'failed');
  for (const m of fresh) {
    const match = pending.find((s) => !renames.has(s.key) && s.author === m.author && s.text === m.text);
    if (match) renames.set(match.key, m.key);
  }
  return renames;
}

export async function mergeCaptured(
  current: StoredConversation,
  batch: readonly CapturedMessage[],
  options: CaptureMergeOptions = {},
): Promise<CaptureMerge> {
  const id = current.conversation.id;
  const storedKeys = new Set(current.messages.map((m) => m.key));
  const incoming = dedupeCaptured(batch).map((m) => toRecord(id, m, options.redaction));
  const renames = confirmedOptimistic(current.messages, incoming.filter((m) => !storedKeys.has(m.key)));
  const byKey = new Map(incoming.map((m) => [m.key, m]));
  const stored: UnchainedMessage[] = current.messages.map((s) => {
    const key = renames.get(s.key) ?? s.key;
    const status = byKey.get(key)?.status ?? s.status;
    return { ...s, key, ...(status ? { status } : {}) };
  });
  const ordered = placeInOrder(stored, incoming, (m) => m.key);
  const renamedFrom = new Map([...renames].map(([oldKey, newKey]) => [newKey, oldKey]));
  const from = firstDifference(current.messages, ordered, (m) => renamedFrom.get(m.key) ?? m.key);
  const messages = await rechain(id, ordered, from, options.subtle);
  const before = new Map(current.messages.map((m) => [m.key, m]));
  const added: MessageRecord[] = [];
  const updated: MessageRecord[] = [];
  for (const m of messages) {
    const old = before.get(renamedFrom.get(m.key) ?? m.key);
    if (!old) added.push(m);
    else if (old.seq !== m.seq || old.hash !== m.hash || old.status !== m.status || old.key !== m.key) updated.push(m);
  }
  return { conversation: summarize(current.conversation, messages, added), messages, added, updated };
}
