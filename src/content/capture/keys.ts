/**
 * Capture keys: a message's identity that survives re-rendering, virtualised lists, history
 * loaded above, and a reader that decides the author differently on another read. A DOM node is
 * never an identity, nor is the author (a heuristic), nor a count of identical texts on screen.
 *
 * Each read of the log is aligned with the conversation seen so far (core/transcript/align-log):
 * a message already seen keeps its key, its first author and its place; a new one goes where the
 * log shows it. A new message's key is the widget's own id when it has one, otherwise the hash
 * of its text after the hash of the text before it (`t:<previous>><text>`), numbered when that
 * pair repeats. Reading the same log again in a fresh page gives the same keys, so a reload
 * adds nothing; where it cannot (only a window of the conversation shown, history loaded
 * earlier), the background matches messages by their neighbours (core/transcript/merge).
 */
import { alignLog, clockOf, KnownIndex, type LogItem } from '../../core/transcript/align-log';
import type { Author, DeliveryStatus } from '../../shared/transcript-types';
import type { ReadMessage } from '../detect/types';

/** cyrb53: a 53-bit string hash, plenty for telling apart the messages of one conversation. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What identifies a text: its hash and its length. */
function textToken(text: string): string {
  const normal = normaliseText(text);
  return `${hash(normal)}.${normal.length.toString(36)}`;
}

interface Seen extends LogItem {
  key: string;
  /** The text's token (the alignment token is the widget id when there is one). */
  text: string;
  /** As first read: a later read may decide differently (receipts gone, widget hidden). */
  author: Author;
  status?: DeliveryStatus;
  seenAt: number;
}

/** A message to send: new, or seen before with a new delivery status. */
export interface Change {
  message: ReadMessage;
  key: string;
  /** The author first read for this message. */
  author: Author;
  /** When this capture first saw it. */
  seenAt: number;
  /** Key of the message before it in the conversation, '' for the first. */
  after: string;
}

interface Reading extends LogItem {
  message: ReadMessage;
  text: string;
}

/**
 * The conversation as this capture has seen it, in order. `update` takes a read of the log and
 * returns the messages to send: new ones, and seen ones whose delivery status changed.
 */
export class LogMemory {
  private seen: Seen[] = [];
  /** What alignment learnt about `seen`; a new one whenever `seen` changes. */
  private index = new KnownIndex(this.seen);
  private readonly keys = new Set<string>();

  /** Text tokens of readings seen before (capture reuses a reading until its element changes). */
  private readonly tokens = new WeakMap<ReadMessage, string>();

  update(read: readonly ReadMessage[], at: number): Change[] {
    const readings: Reading[] = read.map((message) => {
      let text = this.tokens.get(message);
      if (text === undefined) {
        text = textToken(message.text);
        this.tokens.set(message, text);
      }
      const clock = clockOf(message.time);
      return { message, text, token: message.id ? `id:${message.id}` : text, ...(clock ? { clock } : {}) };
    });
    const match = alignLog(this.seen, readings, this.index);
    let fresh = false;
    const entries: Seen[] = readings.map((r, i) => {
      const k = match[i]!;
      if (k >= 0) {
        const old = this.seen[k]!;
        if (old.clock === undefined && r.clock !== undefined) old.clock = r.clock;
        return old;
      }
      fresh = true;
      return { key: '', token: r.token, text: r.text, author: r.message.author, seenAt: at, ...(r.clock ? { clock: r.clock } : {}) };
    });
    if (fresh) {
      this.seen = this.merge(match, entries);
      this.index = new KnownIndex(this.seen);
      this.seen.forEach((entry, i) => {
        if (entry.key === '') entry.key = this.newKey(entry, this.seen[i - 1]);
      });
    }
    const changed = readings.flatMap((r, i) => {
      const entry = entries[i]!;
      const status = r.message.status;
      if (match[i]! >= 0 && (status === undefined || status === entry.status)) return [];
      if (status !== undefined) entry.status = status;
      return [{ message: r.message, entry }];
    });
    if (changed.length === 0) return [];
    const position = new Map(this.seen.map((entry, i) => [entry, i]));
    return changed.map(({ message, entry }) => ({
      message,
      key: entry.key,
      author: entry.author,
      seenAt: entry.seenAt,
      after: this.seen[position.get(entry)! - 1]?.key ?? '',
    }));
  }

  /**
   * The conversation with the new messages in place: each right after the message the log shows
   * before it, or, at the top of the log, right before the first message already seen. A log
   * that shares nothing with what was seen continues it.
   */
  private merge(match: readonly number[], entries: readonly Seen[]): Seen[] {
    const leading: Seen[] = [];
    const after = new Map<number, Seen[]>();
    let first = -1;
    let last = -1;
    entries.forEach((entry, i) => {
      const k = match[i]!;
      if (k >= 0) {
        if (first < 0) first = k;
        last = k;
      } else if (last < 0) {
        leading.push(entry);
      } else {
        const list = after.get(last) ?? [];
        list.push(entry);
        after.set(last, list);
      }
    });
    const out: Seen[] = [];
    this.seen.forEach((entry, k) => {
      if (k === first) out.push(...leading);
      out.push(entry, ...(after.get(k) ?? []));
    });
    if (first < 0) out.push(...leading);
    return out;
  }

  private newKey(entry: Seen, previous: Seen | undefined): string {
    const base = entry.token.startsWith('id:') ? entry.token : `t:${previous?.text ?? ''}>${entry.text}`;
    let key = base;
    for (let n = 2; this.keys.has(key); n++) key = `${base}#${n}`;
    this.keys.add(key);
    return key;
  }
}
