/**
 * Search across every stored transcript. The messages store is read in key order in chunks
 * (getAll with a range: one request per chunk instead of one per message), and texts are
 * matched case- and accent-insensitively. A search that a newer one replaced stops between chunks.
 */
import type { ConversationRecord, MessageRecord } from '../shared/transcript-types';
import { isConversation, openTranscriptDb } from './transcript-db';

export interface SearchHit {
  conversationId: string;
  /** Sequence number of the first matching message, or -1 when only the site or title matched. */
  seq: number;
  /** The first matching message's text, cut around the match. */
  snippet: string;
}

const CHUNK = 2_000;
const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 140;

/** Lower case without diacritics, so "resume" finds "Résumé". Keeps string length for ASCII text. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function snippetOf(text: string, at: number): string {
  const start = Math.max(0, at - SNIPPET_BEFORE);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + SNIPPET_LENGTH)}${start + SNIPPET_LENGTH < text.length ? '…' : ''}`;
}

function metaHits(conversations: ConversationRecord[], needle: string): Map<string, SearchHit> {
  const hits = new Map<string, SearchHit>();
  for (const c of conversations) {
    if (foldText(`${c.site} ${c.title}`).includes(needle)) hits.set(c.id, { conversationId: c.id, seq: -1, snippet: c.title });
  }
  return hits;
}

/**
 * Conversations whose messages (or site or title) contain `query`, one hit per conversation.
 * `isStale` is asked between chunks; when it says yes the search gives up and returns null.
 */
export async function searchTranscripts(query: string, isStale: () => boolean = () => false): Promise<SearchHit[] | null> {
  const needle = foldText(query.trim());
  if (!needle) return [];
  const db = await openTranscriptDb();
  const conversations = (await db.getAll('conversations')).filter(isConversation);
  const hits = metaHits(conversations, needle);
  let after: [string, number] | null = null;
  for (;;) {
    if (isStale()) return null;
    const range: IDBKeyRange | null = after ? IDBKeyRange.lowerBound(after, true) : null;
    const chunk: MessageRecord[] = await db.getAll('messages', range, CHUNK);
    for (const m of chunk) {
      const existing = hits.get(m.conversationId);
      if (existing && existing.seq >= 0) continue;
      const at = typeof m.text === 'string' ? foldText(m.text).indexOf(needle) : -1;
      if (at >= 0) hits.set(m.conversationId, { conversationId: m.conversationId, seq: m.seq, snippet: snippetOf(m.text, at) });
    }
    if (chunk.length < CHUNK) break;
    const last: MessageRecord = chunk[chunk.length - 1]!;
    after = [last.conversationId, last.seq];
  }
  return [...hits.values()];
}
