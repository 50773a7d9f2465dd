/**
 * Capturing a bound widget's conversation: one observer on the log only, coalesced reads, and
 * batches that are queued until the background acknowledges them (the service worker may be
 * stopped at any moment; a batch that fails is retried, never dropped).
 */
import type { CapturedMessage } from '../../shared/transcript-types';
import type { Binding, ReadMessage } from '../detect/types';
import { LogMemory, normaliseText } from './keys';
import { BatchQueue, type Batch } from './queue';

const FLUSH_DELAY_MS = 60;
/**
 * Limits that keep every batch inside what the background accepts (the protocol's schema) and
 * what a runtime message carries comfortably: a batch the background refused would be retried
 * forever and hold up everything captured after it.
 */
export const MAX_TEXT = 2_000_000;
const BATCH_MESSAGES = 500;
const BATCH_CHARS = 4_000_000;
const CLIPPED = ' […]';

export interface CaptureOptions {
  signal: AbortSignal;
  send: (batch: Batch) => Promise<void>;
  now: () => number;
  /** Called when the log left the document (widget closed, chat ended, navigation). */
  onDetached: () => void;
}

export function startCapture(binding: Binding, options: CaptureOptions): void {
  const { signal, now } = options;
  const queue = new BatchQueue(options.send, signal);
  const memory = new LogMemory();
  const reads: ReadCache = new WeakMap();
  const doc = binding.log.ownerDocument;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** No message sent yet: the next batch is the snapshot (a log empty at bind time waits). */
  let first = true;

  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    if (!binding.log.isConnected) {
      observer.disconnect();
      options.onDetached();
      return;
    }
    const fresh = collect(binding, memory, reads, now());
    if (fresh.length === 0) return;
    // A long log read at once goes in several batches; only the first is the snapshot, the
    // rest continue it (each message names the one before it, so the order holds).
    splitBatches(fresh).forEach((messages, i) => queue.push({ snapshot: first && i === 0, messages }));
    first = false;
  };
  const observer = new MutationObserver((records) => {
    // What changed is read again; every other message keeps its last reading, so a flush in a
    // 5,000-message log reads the new message, not all of them.
    for (const record of records) forget(reads, record.target, binding.log);
    // In a hidden tab the browser throttles timers by a CPU budget (seconds of delay once it is
    // spent), so there the change is read at once instead of a few frames later.
    if (doc.visibilityState === 'hidden') {
      if (timer !== undefined) clearTimeout(timer);
      flush();
    } else {
      timer ??= setTimeout(flush, FLUSH_DELAY_MS);
    }
  });
  observer.observe(binding.log, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'data-status', 'aria-label'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  }, { once: true });
  // The tab is closing, navigating or going to the background, where timers may never run
  // again: read what the log shows now and send everything still waiting, this moment.
  const leaving = () => {
    if (timer !== undefined) clearTimeout(timer);
    flush();
    queue.hurry();
  };
  doc.defaultView?.addEventListener('pagehide', leaving, { signal });
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') leaving();
  }, { signal });
  flush();
}

/**
 * The last reading of each message element, until a mutation inside it (or of it) drops it. A
 * cache only: identity comes from what is read (keys.ts), never from the element.
 */
type ReadCache = WeakMap<Node, ReadMessage | null>;

/** Drops the readings of `node` and its ancestors up to the log. */
function forget(reads: ReadCache, node: Node | null, log: Element): void {
  for (let n = node; n && n !== log; n = n.parentNode) reads.delete(n);
}

/** Messages that are new, or whose delivery status changed, since the last batch. */
function collect(binding: Binding, memory: LogMemory, reads: ReadCache, at: number): CapturedMessage[] {
  const read: ReadMessage[] = [];
  for (const el of binding.messages()) {
    let message = reads.get(el);
    if (message === undefined) {
      try {
        message = binding.read(el);
      } catch {
        message = null;
      }
      if (message && !normaliseText(message.text)) message = null;
      reads.set(el, message);
    }
    if (message) read.push(message);
  }
  return memory.update(read, at).map(({ message: m, key, author, seenAt, after }) => ({
    key,
    author,
    text: clip(m.text),
    seenAt,
    after,
    ...(m.name ? { name: m.name } : {}),
    ...(m.time ? { shownTime: m.time } : {}),
    ...(m.status ? { status: m.status } : {}),
    ...(m.attachments?.length ? { attachments: m.attachments } : {}),
  }));
}

/** A text within MAX_TEXT, cut at a code point boundary and marked as cut. */
export function clip(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  let end = MAX_TEXT - CLIPPED.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + CLIPPED;
}

/** Consecutive runs of at most BATCH_MESSAGES messages and (past the first) BATCH_CHARS characters. */
export function splitBatches(messages: CapturedMessage[]): CapturedMessage[][] {
  const out: CapturedMessage[][] = [];
  let run: CapturedMessage[] = [];
  let chars = 0;
  for (const m of messages) {
    if (run.length > 0 && (run.length >= BATCH_MESSAGES || chars + m.text.length > BATCH_CHARS)) {
      out.push(run);
      run = [];
      chars = 0;
    }
    run.push(m);
    chars += m.text.length;
  }
  if (run.length > 0) out.push(run);
  return out;
}
