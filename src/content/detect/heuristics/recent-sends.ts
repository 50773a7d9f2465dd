import { normalizeText } from './text-extract';

/** How long a sent draft counts as "just sent": long enough for slow widget echoes. */
const DEFAULT_WINDOW_MS = 2 * 60 * 1000;
const MAX_ENTRIES = 20;

/**
 * Remembers the texts the user just sent through a composer, so a bubble with that text is the
 * customer's even when the widget gives no class or geometry evidence (widgets.md D.1, cue 5).
 * The capture pipeline calls `note()` from its send hook; readers call `has()`.
 */
export class RecentSends {
  private entries: { text: string; at: number }[] = [];

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly windowMs = DEFAULT_WINDOW_MS,
  ) {}

  note(text: string): void {
    const key = normalizeText(text);
    if (key === '') {
      return;
    }
    this.prune();
    this.entries.push({ text: key, at: this.now() });
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.shift();
    }
  }

  has(text: string): boolean {
    this.prune();
    const key = normalizeText(text);
    return this.entries.some((entry) => entry.text === key);
  }

  clear(): void {
    this.entries = [];
  }

  private prune(): void {
    const cutoff = this.now() - this.windowMs;
    this.entries = this.entries.filter((entry) => entry.at >= cutoff);
  }
}

/** The frame's shared memory of just-sent texts (one content script per frame). */
export const recentSends = new RecentSends();
