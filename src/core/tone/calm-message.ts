/**
 * The engine's whole-message rewrite: the message with each hostile sentence replaced by its
 * rule's calm sentence (see calmMessage). The composer's "Use suggestion" draft, which also keeps
 * facts inside hostile clauses, is calm.ts.
 */
import type { Finding } from './types';

/** A sentence of the original text: [start, end), the end after its terminators and blanks. */
type Sentence = readonly [number, number];

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0x3000;

/**
 * Sentences from the positions of their terminators (. ! ? 。 ！ ？ and line ends, see
 * `TextScan.terminators`): a sentence runs to the end of its terminators and the blanks after them.
 */
function sentences(text: string, terminators: readonly number[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let t = 0; t < terminators.length; ) {
    let i = terminators[t] as number;
    while (t < terminators.length && terminators[t] === i) {
      t++;
      i++;
    }
    while (i < text.length && isBlank(text.charCodeAt(i))) {
      i++;
    }
    out.push([start, i]);
    start = i;
  }
  if (start < text.length) {
    out.push([start, text.length]);
  }
  return out;
}

const RANK = { strong: 0, consider: 1, info: 2 } as const;

/**
 * The whole message with the sentences that hold the findings replaced by a calm sentence, the
 * others left as the user wrote them: the rewrite reads as sentences and keeps the order number
 * and the facts. Consecutive hostile sentences become one calm sentence, that of their strongest
 * finding (`calm(f)`; the first on a tie).
 */
export function calmMessage(text: string, terminators: readonly number[], findings: readonly Finding[], calm: (f: Finding) => string | undefined): string {
  const list = sentences(text, terminators);
  const best = new Map<number, { text: string; rank: number }>();
  let s = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const sentence = calm(f);
    if (sentence === undefined) {
      continue;
    }
    while (s < list.length - 1 && (list[s] as Sentence)[1] <= f.start) {
      s++;
    }
    // Every sentence the finding touches (a phrase may run over a full stop).
    for (let k = s; k < list.length && (k === s || (list[k] as Sentence)[0] < f.end); k++) {
      const known = best.get(k);
      if (!known || RANK[f.severity] < known.rank) {
        best.set(k, { text: sentence, rank: RANK[f.severity] });
      }
    }
  }
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const [start, end] = list[i] as Sentence;
    if (!best.has(i)) {
      out += text.slice(start, end);
      continue;
    }
    // A run of hostile sentences: one calm sentence for all of them.
    let j = i;
    let chosen = best.get(i) as { text: string; rank: number };
    while (best.has(j + 1)) {
      j++;
      const next = best.get(j) as { text: string; rank: number };
      if (next.rank < chosen.rank) {
        chosen = next;
      }
    }
    const original = text.slice((list[j] as Sentence)[0], (list[j] as Sentence)[1]);
    const trailing = original.slice(original.trimEnd().length);
    out += chosen.text + (trailing || (j < list.length - 1 ? ' ' : ''));
    i = j;
  }
  return out.trim();
}
