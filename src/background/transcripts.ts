/**
 * Appending captured messages to the right conversation: assigns the session, de-duplicates
 * against what is stored, extends the hash chain, and writes everything in one transaction.
 */
import { continuesConversation, newConversationId, siteOf } from '../core/session/assign';
import { chainHash } from '../core/transcript/hash-chain';
import {
  commitMessages,
  ConcurrentWrite,
  findByKeys,
  getMessages,
  latestConversation,
} from '../platform/transcript-db';
import type { CapturedMessage, ConversationRecord, MessageRecord } from '../shared/transcript-types';

export interface AppendInput {
  widget: string;
  topUrl: string;
  title: string;
  snapshot: boolean;
  messages: CapturedMessage[];
}

export interface AppendResult {
  conversationId: string;
  stored: number;
  messageCount: number;
}

const MAX_ATTEMPTS = 5;

export async function appendToConversation(input: AppendInput, now: number): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await appendOnce(input, now);
    } catch (error) {
      // Another batch for the same conversation landed between our read and our write.
      if (!(error instanceof ConcurrentWrite) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function appendOnce(input: AppendInput, now: number): Promise<AppendResult> {
  const site = siteOf(input.topUrl);
  const unique = dedupeBatch(input.messages);
  const keys = unique.map((m) => m.key);
  const latest = await latestConversation(site, input.widget);
  const known = latest ? await findByKeys(latest.id, keys) : new Map<string, MessageRecord>();
  const continues = continuesConversation(latest, { snapshot: input.snapshot, overlap: known.size, size: unique.length }, now);
  const base: ConversationRecord = continues && latest ? latest : newConversation(site, input, now);
  const existing = continues ? known : new Map<string, MessageRecord>();
  const fresh = unique.filter((m) => !existing.has(m.key));
  const plan = fresh.length > 0 && continues ? await planInsertion(base, fresh, existing) : { from: base.messageCount, before: [] };
  const added = await chainFrom(base, plan.before, plan.from, fresh, plan.order);
  // A stored message that moved (renumbered after an insertion) takes its new status along.
  const moved = new Map(added.map((r) => [r.key, r]));
  const updated: MessageRecord[] = [];
  for (const record of statusUpdates(unique, existing)) {
    const target = moved.get(record.key);
    if (target) target.status = record.status;
    else updated.push(record);
  }
  if (added.length === 0 && updated.length === 0) {
    return { conversationId: base.id, stored: 0, messageCount: base.messageCount };
  }
  const newest = Math.max(base.lastActivityAt, ...fresh.map((m) => m.seenAt));
  const conversation: ConversationRecord = {
    ...base,
    title: base.title || input.title,
    lastActivityAt: newest,
    messageCount: base.messageCount + fresh.length,
    headHash: added.at(-1)?.hash ?? base.headHash,
  };
  await commitMessages(conversation, continues ? base.headHash : null, added, updated);
  return { conversationId: conversation.id, stored: fresh.length, messageCount: conversation.messageCount };
}

function newConversation(site: string, input: AppendInput, now: number): ConversationRecord {
  const id = newConversationId(now, Math.random);
  // Case files are keyed by conversation id, so a conversation links to its own.
  return { id, site, url: input.topUrl, title: input.title, widget: input.widget, startedAt: now, lastActivityAt: now, messageCount: 0, caseId: id, headHash: '' };
}

interface InsertionPlan {
  /** Sequence number from which records are (re)written. */
  from: number;
  /** Stored messages before `from`, needed for the hash of the first rewritten one. */
  before: MessageRecord[];
  /** When messages go between stored ones: the full order from `from` on (stored and fresh). */
  order?: (MessageRecord | CapturedMessage)[];
}

/**
 * Usually new messages follow the last stored one. History loaded on scroll comes before what
 * we stored: then the messages from the insertion point on are renumbered and re-chained, so
 * the transcript (and its chain) reads in conversation order.
 */
async function planInsertion(base: ConversationRecord, fresh: CapturedMessage[], existing: Map<string, MessageRecord>): Promise<InsertionPlan> {
  const inline = fresh.some((m) => m.after !== undefined && (m.after === '' ? base.messageCount > 0 : existing.has(m.after) && existing.get(m.after)!.seq < base.messageCount - 1));
  if (!inline) return { from: base.messageCount, before: [] };
  const stored = await getMessages(base.id);
  const order: (MessageRecord | CapturedMessage)[] = [...stored];
  for (const m of fresh) {
    const at = m.after === '' ? 0 : order.findIndex((x) => x.key === m.after) + 1;
    order.splice(at > 0 || m.after === '' ? at : order.length, 0, m);
  }
  const from = order.findIndex((x, i) => stored[i]?.key !== x.key);
  return { from, before: stored.slice(0, from), order: order.slice(from) };
}

async function chainFrom(
  conversation: ConversationRecord,
  before: MessageRecord[],
  from: number,
  fresh: CapturedMessage[],
  order?: (MessageRecord | CapturedMessage)[],
): Promise<MessageRecord[]> {
  const out: MessageRecord[] = [];
  let prev = from === conversation.messageCount ? conversation.headHash : (before.at(-1)?.hash ?? '');
  for (const [i, m] of (order ?? fresh).entries()) {
    const record = 'seq' in m ? withoutHash({ ...m, seq: from + i }) : toRecord(conversation.id, from + i, m);
    prev = await chainHash(prev, record);
    out.push({ ...record, hash: prev });
  }
  return out;
}

function withoutHash(record: MessageRecord): Omit<MessageRecord, 'hash'> {
  const { hash: _hash, ...rest } = record;
  return rest;
}

function toRecord(conversationId: string, seq: number, m: CapturedMessage): Omit<MessageRecord, 'hash'> {
  return {
    conversationId,
    seq,
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

/** A batch can name the same message twice (an optimistic copy and the confirmed one). */
function dedupeBatch(messages: CapturedMessage[]): CapturedMessage[] {
  const byKey = new Map<string, CapturedMessage>();
  for (const m of messages) byKey.set(m.key, { ...(byKey.get(m.key) ?? {}), ...m, seenAt: byKey.get(m.key)?.seenAt ?? m.seenAt });
  return [...byKey.values()];
}

function statusUpdates(batch: CapturedMessage[], existing: Map<string, MessageRecord>): MessageRecord[] {
  const out: MessageRecord[] = [];
  for (const m of batch) {
    const stored = existing.get(m.key);
    if (stored && m.status && stored.status !== m.status) out.push({ ...stored, status: m.status });
  }
  return out;
}
