/** Sentence boundaries of a text, for "same sentence" checks (allow phrases, negation). */
const ENDS = /[.!?。！？\n]+/g;

/** Sorted end offsets of sentences (the position after each terminator run). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  ENDS.lastIndex = 0;
  for (let m = ENDS.exec(text); m; m = ENDS.exec(text)) {
    ends.push(m.index + m[0].length);
  }
  return ends;
}

/** Index of the sentence holding offset pos (binary search over the ends). */
export function sentenceOf(ends: readonly number[], pos: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= pos) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
