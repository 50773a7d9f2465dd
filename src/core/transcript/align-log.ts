/**
 * Which messages of a chat log, read again, are ones already seen. A widget re-renders its log,
 * virtualises it (only a window of the conversation is in the DOM, sliding as the user scrolls or
 * messages arrive), loads history above it, and repeats short texts ("ok"): neither a DOM node
 * nor a position nor a count of identical texts identifies a message. What does is its content
 * together with its neighbours: a log shows a contiguous stretch of the conversation, so the read
 * is aligned with the conversation seen so far as a whole.
 *
 * 1. Every pair of consecutive messages in the read votes for the offsets (known index minus read
 *    index) where the same pair occurs in what is known, a pair that occurs c times with 1/c: a
 *    repeated "ok" is placed by its neighbours, a coincidence is outvoted by the rest of the log.
 * 2. The best few offsets are tried; the one along which most messages agree wins, and its runs
 *    of agreeing messages are matches.
 * 3. The stretches left before, between and after the runs are aligned the same way. Between two
 *    matches small stretches fall back on a longest common subsequence. Above the first match and
 *    below the last one only runs of two or more count: what the log shows above is history
 *    loaded on scroll, below is new, never one old message far away that happens to say the same.
 *
 * Time labels take part where the widget shows a clock time: two messages with different clock
 * times are different, one without a label (many widgets label only the last of a group) agrees
 * with any. Linear in the log's length in the usual cases (nothing changed, new messages at the
 * end, history above, a sliding window).
 */

export interface LogItem {
  /** The message's identity as far as its content tells: the widget's id, or a hash of its text. */
  token: string;
  /** Clock time shown with the message (see `clockOf`), when the widget shows one. */
  clock?: string;
}

/** Recursion depth for the stretches between runs; deeper ones are left unmatched. */
const MAX_DEPTH = 16;
/** A pair that occurs more often than this in the known log is too common to vote. */
const MAX_OCCURRENCES = 64;
/** Offsets tried per stretch, best voted first. */
const CANDIDATES = 8;
/** Largest stretch (rows × columns) aligned by a longest common subsequence table. */
const MAX_LCS_CELLS = 250_000;

function same(a: LogItem, b: LogItem): boolean {
  return a.token === b.token && (a.clock === undefined || b.clock === undefined || a.clock === b.clock);
}

const pairOf = (items: readonly LogItem[], i: number) => `${items[i]!.token}\u0001${items[i + 1]!.token}`;

/**
 * Where each pair of consecutive messages occurs in a known log. A caller aligning many reads
 * with the same known log (capture re-reading an unchanged conversation) keeps one per version.
 */
export class KnownIndex {
  private pairs: Map<string, number[]> | undefined;
  private singles: Map<string, number[]> | undefined;

  constructor(private readonly known: readonly LogItem[]) {}

  /** Known indexes where the pair (width 2) or item (width 1) at `read[i]` starts. */
  at(read: readonly LogItem[], i: number, width: 1 | 2): readonly number[] {
    if (width === 2) {
      this.pairs ??= this.build(2);
      return this.pairs.get(pairOf(read, i)) ?? [];
    }
    this.singles ??= this.build(1);
    return this.singles.get(read[i]!.token) ?? [];
  }

  private build(width: 1 | 2): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (let k = 0; k + width <= this.known.length; k++) {
      const key = width === 2 ? pairOf(this.known, k) : this.known[k]!.token;
      const list = out.get(key);
      if (!list) out.set(key, [k]);
      else if (list.length <= MAX_OCCURRENCES) list.push(k);
    }
    return out;
  }
}

/**
 * For each read item, the index of the known item it is, or -1 for a message not seen before.
 * Matched indexes increase with the read index. `index` must describe `known`.
 */
export function alignLog(known: readonly LogItem[], read: readonly LogItem[], index = new KnownIndex(known)): number[] {
  const match = new Array<number>(read.length).fill(-1);
  // The common case: the log shows everything seen so far, maybe followed by new messages.
  if (read.length >= known.length && known.every((k, i) => same(k, read[i]!))) {
    for (let i = 0; i < known.length; i++) match[i] = i;
    return match;
  }
  new Aligner(known, read, match, index).solve({ r0: 0, r1: read.length, k0: 0, k1: known.length }, false, false, 0);
  return match;
}

interface Stretch {
  r0: number;
  r1: number;
  k0: number;
  k1: number;
}

class Aligner {
  constructor(
    private readonly known: readonly LogItem[],
    private readonly read: readonly LogItem[],
    private readonly match: number[],
    private readonly index: KnownIndex,
  ) {}

  /**
   * Aligns read[r0, r1) with known[k0, k1). `left`/`right`: the stretch is bounded by a match on
   * that side, so matches may grow from it.
   */
  solve(s: Stretch, left: boolean, right: boolean, depth: number): void {
    const { known, read, match } = this;
    let { r0, r1, k0, k1 } = s;
    if (left) while (r0 < r1 && k0 < k1 && same(read[r0]!, known[k0]!)) match[r0++] = k0++;
    if (right) while (r0 < r1 && k0 < k1 && same(read[r1 - 1]!, known[k1 - 1]!)) match[--r1] = --k1;
    if (r0 >= r1 || k0 >= k1 || depth >= MAX_DEPTH) return;
    const inner = left && right;
    // Outside the matches, a single agreeing message is too weak (unless the log shows just one).
    const minRun = inner || r1 - r0 === 1 ? 1 : 2;
    const stretch = { r0, r1, k0, k1 };
    const runs = this.bestRuns(stretch, minRun, left);
    if (runs.length === 0) {
      if (inner) this.lcs(stretch);
      return;
    }
    let from = { r: r0, k: k0 };
    let bounded = left;
    for (const [r, k, n] of runs) {
      for (let j = 0; j < n; j++) match[r + j] = k + j;
      this.solve({ r0: from.r, r1: r, k0: from.k, k1: k }, bounded, true, depth + 1);
      from = { r: r + n, k: k + n };
      bounded = true;
    }
    this.solve({ r0: from.r, r1, k0: from.k, k1 }, true, right, depth + 1);
  }

  /**
   * Runs `[read index, known index, length]` along the best offset for the stretch. `early`:
   * between equally good offsets take the one nearest the stretch's start (else its end).
   */
  private bestRuns(s: Stretch, minRun: number, early: boolean): [number, number, number][] {
    // Pairs place a message by its neighbour; single messages only where no pair agrees.
    for (const width of [2, 1] as const) {
      const votes = [...this.votes(s, width)];
      votes.sort((a, b) => b[1] - a[1] || (early ? a[0] - b[0] : b[0] - a[0]));
      let best: [number, number, number][] = [];
      let bestScore = 0;
      let bestOffset = 0;
      for (const [offset] of votes.slice(0, CANDIDATES)) {
        const runs = this.runsAlong(s, offset, minRun);
        const agreeing = runs.reduce((sum, run) => sum + run[2], 0);
        if (agreeing === 0) continue;
        // Messages the offset puts against known ones that differ count against it; those it
        // puts beyond the known log (new below, history above) do not.
        const facing = Math.min(s.r1, s.k1 - offset) - Math.max(s.r0, s.k0 - offset);
        const score = 2 * agreeing - facing;
        const nearer = early ? offset < bestOffset : offset > bestOffset;
        if (best.length === 0 || score > bestScore || (score === bestScore && nearer)) {
          best = runs;
          bestScore = score;
          bestOffset = offset;
        }
      }
      if (best.length > 0) return best;
    }
    return [];
  }

  private votes({ r0, r1, k0, k1 }: Stretch, width: 1 | 2): Map<number, number> {
    const votes = new Map<number, number>();
    for (let r = r0; r + width <= r1; r++) {
      const at = this.index.at(this.read, r, width);
      if (at.length === 0 || at.length > MAX_OCCURRENCES) continue;
      const inside = at.filter((k) => k >= k0 && k + width <= k1);
      for (const k of inside) votes.set(k - r, (votes.get(k - r) ?? 0) + 1 / inside.length);
    }
    return votes;
  }

  /**
   * Runs of agreeing messages along one offset. A run shorter than `minRun` still counts where
   * it is the overlap of two windows: it starts the read and ends the known log, or the reverse.
   */
  private runsAlong({ r0, r1, k0, k1 }: Stretch, offset: number, minRun: number): [number, number, number][] {
    const runs: [number, number, number][] = [];
    const start = Math.max(r0, k0 - offset);
    const end = Math.min(r1, k1 - offset);
    let run = -1;
    for (let r = start; r <= end; r++) {
      const agrees = r < end && same(this.read[r]!, this.known[r + offset]!);
      if (agrees && run < 0) run = r;
      if (!agrees && run >= 0) {
        const k = run + offset;
        const n = r - run;
        if (n >= minRun || (run === r0 && k + n === k1) || (r === r1 && k === k0)) runs.push([run, k, n]);
        run = -1;
      }
    }
    return runs;
  }

  /** Longest common subsequence of a small stretch between two matches, matching early. */
  private lcs({ r0, r1, k0, k1 }: Stretch): void {
    const rows = r1 - r0;
    const cols = k1 - k0;
    if ((rows + 1) * (cols + 1) > MAX_LCS_CELLS) return;
    const width = cols + 1;
    const table = new Int32Array((rows + 1) * width);
    const agrees = (i: number, j: number) => same(this.read[r0 + i]!, this.known[k0 + j]!);
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = cols - 1; j >= 0; j--) {
        const at = i * width + j;
        table[at] = agrees(i, j) ? table[at + width + 1]! + 1 : Math.max(table[at + width]!, table[at + 1]!);
      }
    }
    for (let i = 0, j = 0; i < rows && j < cols; ) {
      const at = i * width + j;
      if (agrees(i, j) && table[at] === table[at + width + 1]! + 1) this.match[r0 + i++] = k0 + j++;
      else if (table[at + width]! >= table[at + 1]!) i++;
      else j++;
    }
  }
}

/**
 * The clock time in a widget's time label, comparable between two reads of the same message:
 * an ISO timestamp as it is, otherwise the first "10:42" (with am/pm) or "10h42" in the label.
 * Relative labels ("just now", "5 min ago") change while they are shown and give nothing.
 */
export function clockOf(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const text = label.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return text;
  const clock = /(?:^|[^\d])(\d{1,2})[:h](\d{2})(?!\d)(\s*[ap]\.?\s?m\b\.?)?/i.exec(text);
  if (!clock) return undefined;
  const suffix = clock[3] ? clock[3].replace(/[\s.]/g, '').toLowerCase() : '';
  return `${Number(clock[1])}:${clock[2]}${suffix}`;
}
