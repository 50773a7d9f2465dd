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
  const base: ConversationRecord =
    continues && latest
      ? latest
      : {
          id: newConversationId(now, Math.random),
          site,
          url: input.topUrl,
          title: input.title,
          widget: input.widget,
          startedAt: now,
          lastActivityAt: now,
          messageCount: 0,
          headHash: '',
        };
  const existing = continues ? known : new Map<string, MessageRecord>();
  const updated = statusUpdates(unique, existing);
  const added = await chainNew(base, unique.filter((m) => !existing.has(m.key)));
  if (added.length === 0 && updated.length === 0) {
    return { conversationId: base.id, stored: 0, messageCount: base.messageCount };
  }
  const last = added.at(-1);
  const conversation: ConversationRecord = {
    ...base,
    title: base.title || input.title,
    lastActivityAt: last ? Math.max(base.lastActivityAt, last.at) : base.lastActivityAt,
    messageCount: base.messageCount + added.length,
    headHash: last?.hash ?? base.headHash,
  };
  await commitMessages(conversation, continues ? base.headHash : null, added, updated);
  return { conversationId: conversation.id, stored: added.length, messageCount: conversation.messageCount };
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

async function chainNew(conversation: ConversationRecord, fresh: CapturedMessage[]): Promise<MessageRecord[]> {
  const out: MessageRecord[] = [];
  let prev = conversation.headHash;
  for (const [i, m] of fresh.entries()) {
    const record: Omit<MessageRecord, 'hash'> = {
      conversationId: conversation.id,
      seq: conversation.messageCount + i,
      key: m.key,
      author: m.author,
      text: m.text,
      at: m.seenAt,
      ...(m.name ? { name: m.name } : {}),
      ...(m.shownTime ? { shownTime: m.shownTime } : {}),
      ...(m.status ? { status: m.status } : {}),
      ...(m.attachments?.length ? { attachments: m.attachments } : {}),
    };
    prev = await chainHash(prev, record);
    out.push({ ...record, hash: prev });
  }
  return out;
}
