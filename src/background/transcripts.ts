/**
 * Appending captured messages to the right conversation: assigns the session, merges the batch
 * into it (core/transcript/merge: de-duplication by key and by neighbours, optimistic copies
 * confirmed, history put in order, the hash chain extended or rebuilt from the first message
 * that moved), and writes everything in one transaction.
 */
import { continuesConversation, newConversationId, siteOf } from '../core/session/assign';
import { dedupeCaptured, matchCaptured, mergeCaptured } from '../core/transcript/merge';
import { commitMessages, ConcurrentWrite, getMessages, latestConversation } from '../platform/transcript-db';
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
  const latest = await latestConversation(site, input.widget);
  const messages: MessageRecord[] = latest ? await getMessages(latest.id) : [];
  const overlap = matchCaptured(messages, input.messages).size;
  const continues = continuesConversation(latest, { snapshot: input.snapshot, overlap, size: dedupeCaptured(input.messages).length }, now);
  const base = continues && latest ? latest : newConversation(site, input, now);
  const merged = await mergeCaptured({ conversation: base, messages: continues ? messages : [] }, input.messages);
  if (merged.added.length === 0 && merged.updated.length === 0) {
    return { conversationId: base.id, stored: 0, messageCount: base.messageCount };
  }
  const conversation: ConversationRecord = { ...merged.conversation, title: base.title || input.title };
  await commitMessages(conversation, continues ? base.headHash : null, merged.added, merged.updated);
  return { conversationId: conversation.id, stored: merged.added.length, messageCount: conversation.messageCount };
}

function newConversation(site: string, input: AppendInput, now: number): ConversationRecord {
  const id = newConversationId(now, Math.random);
  // Case files are keyed by conversation id, so a conversation links to its own.
  return { id, site, url: input.topUrl, title: input.title, widget: input.widget, startedAt: now, lastActivityAt: now, messageCount: 0, caseId: id, headHash: '' };
}
