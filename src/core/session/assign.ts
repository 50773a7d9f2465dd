/**
 * Deciding which conversation a captured batch belongs to. A page reload or reopening the widget
 * shows the same log again, so it continues the conversation; a new conversation (a fresh log,
 * or the same widget after a long pause) starts a new session.
 */
import type { ConversationRecord } from '../../shared/transcript-types';

/** After this long without activity, a widget's next messages start a new conversation. */
export const SESSION_GAP_MS = 12 * 60 * 60 * 1000;

export interface BatchFacts {
  /** The batch holds the whole log as read at bind time. */
  snapshot: boolean;
  /** How many of the batch's keys the latest conversation already holds. */
  overlap: number;
  /** How many messages the batch has. */
  size: number;
}

export function continuesConversation(latest: ConversationRecord | undefined, batch: BatchFacts, now: number): boolean {
  if (!latest) return false;
  if (batch.overlap > 0) return true;
  if (now - latest.lastActivityAt > SESSION_GAP_MS) return false;
  // A whole log read at bind time that shares nothing with what we stored is another
  // conversation (the widget started over). An empty log, or live additions, continue.
  return !(batch.snapshot && batch.size > 0 && latest.messageCount > 0);
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
