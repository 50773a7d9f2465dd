/**
 * An ordered queue of capture batches with acknowledgement and retry. Batches go one at a time,
 * in order; a failed send (worker restarting, storage busy) is retried with back-off. Only an
 * aborted signal (the extension was reloaded, the page left) ends the queue.
 *
 * A page that is being hidden or closed may never run another timer: `hurry` sends every batch
 * still waiting at once, without waiting for acknowledgements or back-off (the background
 * appends one tab's batches in the order they arrive, and a batch it already stored adds nothing).
 */
import type { CapturedMessage } from '../../shared/transcript-types';

export interface Batch {
  snapshot: boolean;
  messages: CapturedMessage[];
}

const RETRY_MS = [250, 1_000, 3_000, 10_000, 30_000];

export class BatchQueue {
  private readonly pending: Batch[] = [];
  /** Sends under way, by batch: resolves true once acknowledged. */
  private readonly sending = new Map<Batch, Promise<boolean>>();
  private running = false;
  /** Ends the current back-off wait early. */
  private wake: (() => void) | null = null;

  constructor(
    private readonly send: (batch: Batch) => Promise<void>,
    private readonly signal: AbortSignal,
  ) {}

  push(batch: Batch): void {
    this.pending.push(batch);
    void this.drain();
  }

  get size(): number {
    return this.pending.length;
  }

  /** Sends every waiting batch now, in order, and retries a failed one without further wait. */
  hurry(): void {
    if (this.signal.aborted) return;
    for (const batch of [...this.pending]) void this.attempt(batch);
    this.wake?.();
  }

  /** One send of a batch (joining one under way); true when acknowledged. */
  private attempt(batch: Batch): Promise<boolean> {
    const current = this.sending.get(batch);
    if (current) return current;
    let sent: Promise<void>;
    try {
      sent = this.send(batch);
    } catch (error) {
      sent = Promise.reject(error);
    }
    const done = sent.then(
      () => {
        const i = this.pending.indexOf(batch);
        if (i >= 0) this.pending.splice(i, 1);
        return true;
      },
      () => false,
    );
    this.sending.set(batch, done);
    void done.then(() => this.sending.delete(batch));
    return done;
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let failures = 0;
    while (this.pending.length > 0 && !this.signal.aborted) {
      if (await this.attempt(this.pending[0]!)) {
        failures = 0;
        continue;
      }
      const wait = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
    this.running = false;
  }
}
