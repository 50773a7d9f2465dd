/**
 * An ordered queue of capture batches with acknowledgement and retry. Batches go one at a time,
 * in order; a failed send (worker restarting, storage busy) is retried with back-off. Only an
 * aborted signal (the extension was reloaded, the page left) ends the queue.
 */
import type { CapturedMessage } from '../../shared/transcript-types';

export interface Batch {
  snapshot: boolean;
  messages: CapturedMessage[];
}

const RETRY_MS = [250, 1_000, 3_000, 10_000, 30_000];

export class BatchQueue {
  private readonly pending: Batch[] = [];
  private running = false;

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

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let failures = 0;
    while (this.pending.length > 0 && !this.signal.aborted) {
      try {
        await this.send(this.pending[0]!);
        this.pending.shift();
        failures = 0;
      } catch {
        const wait = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    this.running = false;
  }
}
