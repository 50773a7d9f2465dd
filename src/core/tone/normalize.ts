/**
 * Normalisation for matching: NFKC + lowercase, with a map from every UTF-16 unit of the
 * normalised text back to the original. NFKC and lowercasing change lengths ('‼' → '!!',
 * 'İ' → 'i̇', 'ﬁ' → 'fi'), so highlights must be mapped back before they reach the editor.
 */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** For normalised unit k: the start of the original chunk it came from. */
  start: Int32Array;
  /** For normalised unit k: the end of the original chunk it came from. */
  end: Int32Array;
}

const MARK = /^\p{M}$/u;
const ASCII = /^[\0-\x7f]*$/;

/** Typographic apostrophes fold to ASCII, one unit for one, so phrases need only one form. */
function foldApostrophes(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc\u2032]/g, "'");
}

/** Maps a span of the normalised text back to the original; clamps to valid offsets. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (n.text.length === 0) {
    return [0, 0];
  }
  const s = n.start[Math.min(Math.max(start, 0), n.text.length - 1)] ?? 0;
  const e = n.end[Math.min(Math.max(end - 1, 0), n.text.length - 1)] ?? s;
  return [s, Math.max(e, s)];
}

function identity(text: string): Normalized {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text: text.toLowerCase(), start, end };
}

/** Length in UTF-16 units of the code point at i (a lone surrogate counts as one). */
function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      return 2;
    }
  }
  return 1;
}

/** End of the chunk starting at i: one code point plus the combining marks after it. */
function chunkEnd(text: string, i: number): number {
  let j = i + codePointLength(text, i);
  while (j < text.length && text.charCodeAt(j) >= 0x300) {
    const len = codePointLength(text, j);
    if (!MARK.test(text.slice(j, j + len))) {
      break;
    }
    j += len;
  }
  return j;
}

/** NFKC + lowercase, chunk by chunk (a base character with its marks), keeping the offset map. */
export function normalize(text: string): Normalized {
  if (ASCII.test(text)) {
    return identity(text);
  }
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && (i + 1 >= text.length || text.charCodeAt(i + 1) < 0x300)) {
      parts.push(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i] as string);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const j = chunkEnd(text, i);
    const chunk = text.slice(i, j);
    let out = foldApostrophes(chunk.normalize('NFKC').toLowerCase());
    if (chunk.includes('\u0130')) {
      // 'İ' lowercases to 'i' + U+0307; the dot would split "İDİOT" into non-words.
      out = out.replace(/i\u0307/g, 'i');
    }
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    parts.push(out);
    i = j;
  }
  return { text: parts.join(''), start: Int32Array.from(starts), end: Int32Array.from(ends) };
}
