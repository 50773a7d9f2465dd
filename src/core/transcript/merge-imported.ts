/**
 * Merging imported conversations into the stored ones. Conversations are matched by id; messages
 * by what the chain covers (author, time, text, and which occurrence of an identical message it
 * is), since an export carries no capture keys. Importing the same file twice changes nothing.
 */
import type { MessageRecord } from '../../shared/transcript-types';
import { placeInOrder } from './place-in-order';
import { firstDifference, rechain } from './rechain';
import type { StoredConversation } from './stored-conversation';
import { summarize } from './summarize';

export interface ImportMerge {
  /** New or grown conversations, ready to write whole (messages in chain order). */
  changed: StoredConversation[];
  addedConversations: number;
  addedMessages: number;
}

interface Identified {
  m: MessageRecord;
  id: string;
}

/** Identity of each message: author, time and text, plus its occurrence among identical ones. */
function identify(messages: readonly MessageRecord[]): Identified[] {
  const counts = new Map<string, number>();
  return messages.map((m) => {
    const base = JSON.stringify([m.author, Math.trunc(m.at), m.text]);
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return { m, id: `${base}#${n}` };
  });
}

async function mergeOne(
  current: StoredConversation,
  incoming: StoredConversation,
  subtle?: SubtleCrypto,
): Promise<StoredConversation | null> {
  const stored = identify(current.messages);
  const ordered = placeInOrder(stored, identify(incoming.messages), (x) => x.id);
  if (ordered.length === stored.length) return null;
  const id = current.conversation.id;
  const from = firstDifference(stored, ordered, (x) => x.id);
  const messages = await rechain(id, ordered.map((x) => ({ ...x.m, conversationId: id })), from, subtle);
  const known = new Set(stored.map((x) => x.id));
  const added = ordered.filter((x) => !known.has(x.id)).map((x) => x.m);
  const conversation = summarize(current.conversation, messages, added);
  return { conversation: { ...conversation, title: conversation.title || incoming.conversation.title }, messages };
}

export async function mergeImported(
  existing: readonly StoredConversation[],
  imported: readonly StoredConversation[],
  subtle?: SubtleCrypto,
): Promise<ImportMerge> {
  const byId = new Map(existing.map((c) => [c.conversation.id, c]));
  const result: ImportMerge = { changed: [], addedConversations: 0, addedMessages: 0 };
  for (const incoming of imported) {
    const current = byId.get(incoming.conversation.id);
    const merged = current ? await mergeOne(current, incoming, subtle) : incoming;
    if (!merged) continue;
    result.changed.push(merged);
    result.addedConversations += current ? 0 : 1;
    result.addedMessages += merged.messages.length - (current?.messages.length ?? 0);
    byId.set(merged.conversation.id, merged);
  }
  return result;
}
