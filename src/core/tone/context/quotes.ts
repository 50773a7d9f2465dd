/**
 * Spans the customer is quoting (the agent's words, a policy): „…“ »…« «…» 「…」 『…』 "…" “…”
 * and lines that start with `>`. Hits inside them are not the customer's tone.
 */
export type Span = readonly [number, number];

const CLOSERS: Record<string, string> = {
  '"': '"',
  '\u201c': '\u201d',
  '\u201e': '\u201c\u201d',
  '\u201a': '\u2018\u2019',
  '\u00bb': '\u00ab\u00bb',
  '\u00ab': '\u00bb',
  '\u2039': '\u203a',
  '\u300c': '\u300d',
  '\u300e': '\u300f',
};
/** A stray quote mark must not hide the rest of a long message. */
const MAX_QUOTE = 400;

/** Finds quoted spans in linear time (each closer's next position is remembered). */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const next = new Map<string, number>();
  const nextOf = (ch: string, from: number): number => {
    const known = next.get(ch);
    if (known !== undefined && (known >= from || known === Infinity)) {
      return known;
    }
    const at = text.indexOf(ch, from);
    const pos = at < 0 ? Infinity : at;
    next.set(ch, pos);
    return pos;
  };
  let i = 0;
  let lineStart = true;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 32 && code !== 9 && code !== 62 && code !== 34 && code < 0xab) {
      // Not a newline, blank, `>` or any opening quote mark: the common case, no string made.
      lineStart = false;
      i++;
      continue;
    }
    const ch = text[i] as string;
    if (ch === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    const quotedLine = lineStart && ch === '>';
    lineStart = false;
    if (quotedLine) {
      const end = nextOf('\n', i);
      const stop = end === Infinity ? text.length : end;
      spans.push([i, stop]);
      i = stop;
      continue;
    }
    const closers = CLOSERS[ch];
    if (closers !== undefined) {
      let close = Infinity;
      for (const c of closers) {
        close = Math.min(close, nextOf(c, i + 1));
      }
      if (close !== Infinity && close - i <= MAX_QUOTE) {
        spans.push([i, close + 1]);
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** Whether [start, end) lies inside one of the sorted spans (binary search). */
export function insideSpan(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as Span;
    if (span[1] <= start) {
      lo = mid + 1;
    } else if (span[0] > start) {
      hi = mid - 1;
    } else {
      return end <= span[1];
    }
  }
  return false;
}
