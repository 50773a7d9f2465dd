/**
 * Appending captured messages to the right conversation: picks the conversation (the one this
 * tab was writing to, else the site's latest for the widget; see core/session/assign), merges
 * the batch into it (core/transcript/merge: de-duplication by key and by neighbours, optimistic
 * copies confirmed, history put in order, the hash chain extended or rebuilt from the first
 * message that moved), and writes everything in one transaction. Batches for one site's widget
 * are appended one at a time, in the order they arrived.
 */
import { continuesConversation, newConversationId, siteOf, telling } from '../core/session/assign';
import { matchCaptured, mergeCaptured } from '../core/transcript/merge';
import { withLock } from '../platform/locks';
import { commitMessages, ConcurrentWrite, getConversation, getMessages, latestConversation } from '../platform/transcript-db';
import type { CapturedMessage, ConversationRecord, MessageRecord } from '../shared/transcript-types';

export interface AppendInput {
  widget: string;
  topUrl: string;
  title: string;
  /** The batch holds the first messages read from a binding (see protocol `transcript/append`). */
  snapshot: boolean;
  messages: CapturedMessage[];
  /** The conversation the sending tab was writing to, if any. */
  conversationId?: string;
}

export interface AppendResult {
  /** '' when the batch was empty and the tab writes to no conversation yet. */
  conversationId: string;
  stored: number;
  messageCount: number;
}

const MAX_ATTEMPTS = 5;

export function appendToConversation(input: AppendInput, now: number): Promise<AppendResult> {
  // Batches of one tab arrive in order but are handled concurrently; two tabs of one site may
  // open the same chat. One at a time per site and widget keeps both choices consistent.
  return withLock(`parley-append ${siteOf(input.topUrl)} ${input.widget}`, async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await appendOnce(input, now);
      } catch (error) {
        // Another context (an import) wrote the conversation between our read and our write.
        if (!(error instanceof ConcurrentWrite) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  });
}

/** The conversations the batch may continue: the tab's own first, then the widget's latest. */
async function candidates(site: string, input: AppendInput): Promise<ConversationRecord[]> {
  const own = input.conversationId ? await getConversation(input.conversationId) : undefined;
  const out = own && own.site === site && own.widget === input.widget ? [own] : [];
  const latest = await latestConversation(site, input.widget);
  if (latest && latest.id !== own?.id) out.push(latest);
  return out;
}

async function appendOnce(input: AppendInput, now: number): Promise<AppendResult> {
  const site = siteOf(input.topUrl);
  if (input.messages.length === 0) {
    const own = input.conversationId ? await getConversation(input.conversationId) : undefined;
    return { conversationId: own?.id ?? '', stored: 0, messageCount: own?.messageCount ?? 0 };
  }
  let base: ConversationRecord | undefined;
  let stored: MessageRecord[] = [];
  for (const candidate of await candidates(site, input)) {
    const messages = await getMessages(candidate.id);
    const shared = telling(messages, matchCaptured(messages, input.messages).values());
    const facts = { snapshot: input.snapshot, own: candidate.id === input.conversationId, tabWrites: input.conversationId !== undefined, telling: shared };
    if (continuesConversation(candidate, facts, now)) {
      base = candidate;
      stored = messages;
      break;
    }
  }
  const conversation = base ?? newConversation(site, input, now);
  const merged = await mergeCaptured({ conversation, messages: stored }, input.messages);
  if (merged.added.length === 0 && merged.updated.length === 0) {
    return { conversationId: conversation.id, stored: 0, messageCount: conversation.messageCount };
  }
  const record: ConversationRecord = { ...merged.conversation, title: conversation.title || input.title };
  await commitMessages(record, base ? base.headHash : null, merged.added, merged.updated);
  return { conversationId: record.id, stored: merged.added.length, messageCount: record.messageCount };
}

function newConversation(site: string, input: AppendInput, now: number): ConversationRecord {
  const id = newConversationId(now, Math.random);
  // Case files are keyed by conversation id, so a conversation links to its own.
  return { id, site, url: input.topUrl, title: input.title, widget: input.widget, startedAt: now, lastActivityAt: now, messageCount: 0, caseId: id, headHash: '' };
}
