/**
 * Deciding which conversation a captured batch belongs to. A page reload or reopening the widget
 * shows the same log again, so it continues the conversation; a new conversation (a fresh log,
 * or the same widget after a long pause) starts a new session.
 */
import type { Author, ConversationRecord } from '../../shared/transcript-types';

/** After this long without activity, a widget's next messages start a new conversation. */
export const SESSION_GAP_MS = 12 * 60 * 60 * 1000;

export interface BatchFacts {
  /** The batch holds the first messages read from a binding (a whole log, or the first of one). */
  snapshot: boolean;
  /** The conversation is the one this tab was writing to. */
  own: boolean;
  /** The tab was writing to some conversation (this one or another). */
  tabWrites: boolean;
  /** How many of the batch's messages the conversation holds that tell it apart (`telling`). */
  telling: number;
}

/**
 * How many of the stored messages a batch shares say "this is the same conversation". System
 * notices do not, and neither does the opening run before the customer's first message (the
 * bot's greeting every new chat starts with) once the conversation has gone past it.
 */
export function telling(stored: readonly { author: Author }[], shared: Iterable<number>): number {
  const firstCustomer = stored.findIndex((m) => m.author === 'customer');
  let count = 0;
  for (const i of shared) {
    const m = stored[i];
    if (m && m.author !== 'system' && (firstCustomer < 0 || i >= firstCustomer)) count++;
  }
  return count;
}

export function continuesConversation(conversation: ConversationRecord | undefined, batch: BatchFacts, now: number): boolean {
  if (!conversation) return false;
  // A long pause first: a week later the same widget greets with the same words, and that is
  // a new conversation.
  if (now - conversation.lastActivityAt > SESSION_GAP_MS) return false;
  if (batch.telling > 0) return true;
  // Messages added live to the log continue the conversation the tab writes to (not the site's
  // latest, which may be another tab's); the first messages of a binding (a reload, the widget
  // reopened, a log that was empty) must share some.
  return !batch.snapshot && (batch.own || !batch.tabWrites);
}

/** The site a conversation is filed under: the origin of the page hosting the widget. */
export function siteOf(url: string): string {
  try {
    const { origin, protocol } = new URL(url);
    return origin === 'null' ? protocol : origin;
  } catch {
    return 'unknown';
  }
}

/** A conversation id that sorts by start time and cannot collide across tabs. */
export function newConversationId(now: number, random: () => number): string {
  const rand = Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
  return `c-${now.toString(36)}-${rand}`;
}
