/**
 * Merging captured messages into a stored conversation: the one implementation the background's
 * write path uses. Widgets re-render and re-send what they already showed, and a page read again
 * (reload, widget reopened) may key the same message differently, so a captured message is
 * matched to a stored one
 *
 * 1. by capture key;
 * 2. by its neighbours: it follows (its `after`) a matched message whose stored successor has the
 *    same text, or it precedes a matched message whose stored predecessor has the same text
 *    (a reload that shows only a window of the conversation, or history loaded earlier);
 * 3. as the confirmation of an optimistic copy: a stored 'sending'/'failed' message with the same
 *    author and text (widgets that give a message its own id only once the server has it).
 *
 * A matched message updates the stored record (its status; its key, so the next batch matches
 * by key) and never adds a copy; the author stored first stays. New messages go where the log
 * showed them: after the message they name, or, first in the log, before the first matched
 * message that follows them (history loaded above); the chain is rehashed from the first
 * position that moved.
 */
import type { CapturedMessage, MessageRecord } from '../../shared/transcript-types';
import { clockOf } from './align-log';
import { chainHash, GENESIS_HASH } from './hash-chain';
import { firstDifference, rechain, type UnchainedMessage } from './rechain';
import type { StoredConversation } from './stored-conversation';
import { summarize } from './summarize';

export { mergeImported, type ImportMerge } from './merge-imported';

export interface CaptureMerge extends StoredConversation {
  /** Records that were not stored before. */
  added: MessageRecord[];
  /**
   * Stored records that changed: status or key (matched under another key), or seq and hash
   * (moved by history put before them).
   */
  updated: MessageRecord[];
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

function sameContent(stored: MessageRecord, m: CapturedMessage): boolean {
  if (stored.text !== m.text) return false;
  const a = clockOf(stored.shownTime);
  const b = clockOf(m.shownTime);
  return a === undefined || b === undefined || a === b;
}

const pending = (m: MessageRecord) => m.status === 'sending' || m.status === 'failed';

/**
 * One message per key, each naming the message before it: a message without `after` follows
 * the one before it in the batch (the batch is in log order); the first keeps none, which
 * places it by what follows it, or at the end.
 */
function linked(batch: readonly CapturedMessage[]): CapturedMessage[] {
  const unique = dedupeCaptured(batch);
  return unique.map((m, i) => (m.after !== undefined || i === 0 ? m : { ...m, after: unique[i - 1]!.key }));
}

/**
 * Which stored message (index into `stored`, in chain order) each captured message is, by key
 * of the captured message. Messages not in the map are new.
 */
export function matchCaptured(stored: readonly MessageRecord[], captured: readonly CapturedMessage[]): Map<string, number> {
  const batch = linked(captured);
  const storedAt = new Map(stored.map((m, i) => [m.key, i]));
  const match = new Map<string, number>();
  const claimed = new Set<number>();
  const claim = (m: CapturedMessage, i: number) => {
    match.set(m.key, i);
    claimed.add(i);
  };
  for (const m of batch) {
    const i = storedAt.get(m.key);
    if (i !== undefined) claim(m, i);
  }
  // Neighbours: walk the links the batch gives (`after`) outwards from every match.
  const inBatch = new Map(batch.map((m) => [m.key, m]));
  const followers = new Map<string, CapturedMessage[]>();
  for (const m of batch) if (m.after) followers.set(m.after, [...(followers.get(m.after) ?? []), m]);
  const positionOf = (key: string) => match.get(key) ?? storedAt.get(key);
  const tryAt = (m: CapturedMessage | undefined, i: number): boolean => {
    if (!m || match.has(m.key) || claimed.has(i) || !stored[i] || !sameContent(stored[i], m)) return false;
    claim(m, i);
    return true;
  };
  const propagate = (start: Iterable<string>) => {
    const queue = [...start];
    while (queue.length > 0) {
      const key = queue.pop()!;
      const at = positionOf(key);
      if (at === undefined) continue;
      for (const next of followers.get(key) ?? []) if (tryAt(next, at + 1)) queue.push(next.key);
      const self = inBatch.get(key);
      if (self?.after && inBatch.has(self.after) && tryAt(inBatch.get(self.after), at - 1)) queue.push(self.after);
    }
  };
  propagate([...match.keys(), ...[...followers.keys()].filter((key) => storedAt.has(key))]);
  // Optimistic copies confirmed under a new key, then what their matches tell about neighbours.
  const confirmed: string[] = [];
  const waiting = stored.flatMap((s, i) => (pending(s) ? [i] : []));
  for (const m of batch) {
    if (match.has(m.key) || waiting.length === 0) continue;
    const i = waiting.find((j) => !claimed.has(j) && stored[j]!.author === m.author && stored[j]!.text === m.text);
    if (i !== undefined) {
      claim(m, i);
      confirmed.push(m.key);
    }
  }
  propagate(confirmed);
  return match;
}

/**
 * The common case, without rebuilding anything: nothing in the batch is stored yet and it
 * continues the conversation's last message, in order. Only the new records are chained.
 */
async function appendOnly(current: StoredConversation, batch: readonly CapturedMessage[], subtle?: SubtleCrypto): Promise<CaptureMerge | null> {
  const last = current.messages.at(-1);
  const continues = batch.every((m, i) => (i === 0 ? (last ? m.after === last.key : m.after === '' || m.after === undefined) : m.after === batch[i - 1]!.key));
  if (!continues) return null;
  const added: MessageRecord[] = [];
  let prev = last?.hash ?? GENESIS_HASH;
  for (const [i, m] of batch.entries()) {
    const record = toRecord(current.conversation.id, m);
    prev = await chainHash(prev, record, subtle);
    added.push({ ...record, seq: current.messages.length + i, hash: prev });
  }
  const messages = [...current.messages, ...added];
  return { conversation: summarize(current.conversation, messages, added), messages, added, updated: [] };
}

function toRecord(conversationId: string, m: CapturedMessage): UnchainedMessage {
  return {
    conversationId,
    key: m.key,
    author: m.author,
    text: m.text,
    at: m.seenAt,
    ...(m.name ? { name: m.name } : {}),
    ...(m.shownTime ? { shownTime: m.shownTime } : {}),
    ...(m.status ? { status: m.status } : {}),
    ...(m.attachments?.length ? { attachments: m.attachments } : {}),
  };
}

/** A doubly linked list of records by key: insertions anywhere in constant time. */
class Order {
  private readonly next = new Map<string, string>();
  private readonly prev = new Map<string, string>();
  private readonly records = new Map<string, UnchainedMessage>();
  private head = '';
  private tail = '';

  constructor(records: readonly UnchainedMessage[]) {
    for (const r of records) this.insertAfter(this.tail, r);
  }

  has(key: string): boolean {
    return this.records.has(key);
  }

  /** Inserts after `key`; '' inserts first. */
  insertAfter(key: string, r: UnchainedMessage): void {
    const following = key === '' ? this.head : (this.next.get(key) ?? '');
    this.records.set(r.key, r);
    this.link(key, r.key);
    this.link(r.key, following);
  }

  insertBefore(key: string, r: UnchainedMessage): void {
    this.insertAfter(this.prev.get(key) ?? '', r);
  }

  get last(): string {
    return this.tail;
  }

  list(): UnchainedMessage[] {
    const out: UnchainedMessage[] = [];
    for (let key = this.head; key !== ''; key = this.next.get(key) ?? '') out.push(this.records.get(key)!);
    return out;
  }

  private link(a: string, b: string): void {
    if (a === '') this.head = b;
    else this.next.set(a, b);
    if (b === '') this.tail = a;
    else this.prev.set(b, a);
  }
}

export async function mergeCaptured(current: StoredConversation, batch: readonly CapturedMessage[], subtle?: SubtleCrypto): Promise<CaptureMerge> {
  const id = current.conversation.id;
  const unique = linked(batch);
  const match = matchCaptured(current.messages, unique);
  const inBatch = new Map(unique.map((m) => [m.key, m]));
  const byStored = new Map([...match].map(([key, i]) => [i, inBatch.get(key)!]));
  const stored: UnchainedMessage[] = current.messages.map((s, i) => {
    const m = byStored.get(i);
    if (!m) return s;
    return { ...s, key: m.key, ...(m.status ? { status: m.status } : {}) };
  });
  const fresh = unique.filter((m) => !match.has(m.key));
  const appended = match.size === 0 ? await appendOnly(current, unique, subtle) : null;
  if (appended) return appended;
  const follower = new Map(unique.filter((m) => m.after).map((m) => [m.after!, m]));
  // Usually new messages follow the last one: appended without building the linked order.
  let ordered = [...stored];
  let order: Order | null = null;
  for (const m of fresh) {
    const record = toRecord(id, m);
    const last = ordered.at(-1)?.key;
    if (!order && (last === undefined ? m.after === '' || m.after === undefined : m.after === last)) {
      ordered.push(record);
      continue;
    }
    order ??= new Order(ordered);
    if (m.after && order.has(m.after)) {
      order.insertAfter(m.after, record);
      continue;
    }
    // The top of the log (or of a batch without links): before the first stored message below.
    let below = follower.get(m.key);
    for (let steps = 0; below && !match.has(below.key) && steps < unique.length; steps++) below = follower.get(below.key);
    if (below && match.has(below.key)) order.insertBefore(below.key, record);
    // Nothing stored below: first in the conversation when it is the top of the log, otherwise
    // (it names a message this conversation does not hold) after what is there.
    else order.insertAfter(m.after === '' ? '' : order.last, record);
  }
  if (order) ordered = order.list();
  // A stored record's identity is its key before this merge (a match may have renamed it).
  const renamed = new Map(current.messages.map((m, i) => [stored[i]!.key, m.key]));
  const identity = (m: UnchainedMessage) => renamed.get(m.key) ?? m.key;
  const from = firstDifference(current.messages, ordered, identity);
  const messages = await rechain(id, ordered, from, subtle);
  const before = new Map(current.messages.map((m) => [m.key, m]));
  const added: MessageRecord[] = [];
  const updated: MessageRecord[] = [];
  for (const m of messages) {
    const old = before.get(identity(m));
    if (!old) added.push(m);
    else if (old.seq !== m.seq || old.hash !== m.hash || old.status !== m.status || old.key !== m.key) updated.push(m);
  }
  return { conversation: summarize(current.conversation, messages, added), messages, added, updated };
}
