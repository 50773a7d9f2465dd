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
  /** ASCII text: every unit maps to itself, and `start`/`end` are left empty. */
  same?: boolean;
}

import { matchText } from './units';

const MARK = /^\p{M}$/u;
const EMPTY = new Int32Array(0);
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
  if (n.same) {
    const s = Math.min(Math.max(start, 0), n.text.length - 1);
    return [s, Math.max(s, Math.min(Math.max(end - 1, 0), n.text.length - 1) + 1)];
  }
  const s = n.start[Math.min(Math.max(start, 0), n.text.length - 1)] ?? 0;
  const e = n.end[Math.min(Math.max(end - 1, 0), n.text.length - 1)] ?? s;
  return [s, Math.max(e, s)];
}

function identity(text: string): Normalized {
  return { text: text.toLowerCase(), start: EMPTY, end: EMPTY, same: true };
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

/** Whether the BMP unit is a combining mark: 1 yes, 2 no, 0 not yet known (filled on demand). */
const MARK_BMP = new Uint8Array(0x10000);

function isMarkAt(text: string, j: number, len: number): boolean {
  const c = text.charCodeAt(j);
  if (len === 1) {
    let known = MARK_BMP[c] as number;
    if (known === 0) {
      known = MARK.test(text[j] as string) ? 1 : 2;
      MARK_BMP[c] = known;
    }
    return known === 1;
  }
  return MARK.test(text.slice(j, j + len));
}

/** Whether the unit at j may start a combining mark (marks start at U+0300; astral ones are looked at in full). */
function markMayFollow(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 0x300) {
    return false;
  }
  return c >= 0xd800 && c <= 0xdfff ? true : isMarkAt(text, j, 1);
}

/** End of the chunk starting at i: one code point plus the combining marks after it. */
function chunkEnd(text: string, i: number): number {
  let j = i + codePointLength(text, i);
  while (j < text.length && text.charCodeAt(j) >= 0x300) {
    const len = codePointLength(text, j);
    if (!isMarkAt(text, j, len)) {
      break;
    }
    j += len;
  }
  return j;
}

/** Normalised form of one chunk, remembered: chat text repeats the same few hundred characters. */
const chunkCache = new Map<string, string>();
const CHUNK_CACHE_MAX = 4096;

function normalizeChunk(chunk: string): string {
  let out = chunkCache.get(chunk);
  if (out === undefined) {
    out = foldApostrophes(chunk.normalize('NFKC').toLowerCase());
    if (chunk.includes('\u0130')) {
      // 'İ' lowercases to 'i' + U+0307; the dot would split "İDİOT" into non-words.
      out = out.replace(/i\u0307/g, 'i');
    }
    if (chunkCache.size >= CHUNK_CACHE_MAX) {
      chunkCache.clear();
    }
    chunkCache.set(chunk, out);
  }
  return out;
}

/**
 * Single BMP units (a character with no combining mark after it), by code: 1 when NFKC and
 * lower-casing keep the unit as it is (most of any script), 2 when they change it (then its
 * normalised form is in SINGLE_CHANGED), 0 not yet known. Japanese text with one full-width
 * `！` is not in NFKC as a whole, and then every other character takes this table's fast path.
 */
const SINGLE_KIND = new Uint8Array(0x10000);
const SINGLE_CHANGED = new Map<number, string>();

function singleChanged(c: number): string | null {
  const kind = SINGLE_KIND[c] as number;
  if (kind === 1) {
    return null;
  }
  if (kind === 2) {
    return SINGLE_CHANGED.get(c) as string;
  }
  const out = normalizeChunk(String.fromCharCode(c));
  if (out.length === 1 && out.charCodeAt(0) === c) {
    SINGLE_KIND[c] = 1;
    return null;
  }
  SINGLE_KIND[c] = 2;
  SINGLE_CHANGED.set(c, out);
  return out;
}

/** Units compared at a time by changesOneForOne. */
const SAME_BLOCK = 64;

/**
 * Whether `normalised` (the whole text through NFKC, lower case and folded apostrophes) is what
 * normalising the text chunk by chunk gives, unit for unit: every unit that differs is a single
 * BMP character with no mark after it, whose own normalised form is that one unit.
 */
function changesOneForOne(text: string, normalised: string): boolean {
  const n = text.length;
  // Equal stretches (most of the text) are compared natively a block at a time.
  for (let from = 0; from < n; from += SAME_BLOCK) {
    const to = Math.min(n, from + SAME_BLOCK);
    if (text.slice(from, to) === normalised.slice(from, to)) {
      continue;
    }
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const d = normalised.charCodeAt(i);
      if (c === d) {
        continue;
      }
      if ((c >= 0xd800 && c <= 0xdfff) || (i + 1 < n && markMayFollow(text, i + 1))) {
        return false;
      }
      const changed = c < 0x80 ? null : singleChanged(c);
      const own = c < 0x80 ? (c >= 65 && c <= 90 ? c + 32 : c) : changed === null ? c : changed.length === 1 ? changed.charCodeAt(0) : -1;
      if (own !== d) {
        return false;
      }
    }
  }
  return true;
}
/** Normalised units with, for each, the original chunk it came from; grows by doubling. */
class OffsetUnits {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  k = 0;

  constructor(size: number) {
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(unit: number, start: number, end: number): void {
    if (this.k === this.units.length) {
      const size = this.units.length * 2;
      const u = new Uint16Array(size);
      const s = new Int32Array(size);
      const e = new Int32Array(size);
      u.set(this.units);
      s.set(this.starts);
      e.set(this.ends);
      this.units = u;
      this.starts = s;
      this.ends = e;
    }
    this.units[this.k] = unit;
    this.starts[this.k] = start;
    this.ends[this.k] = end;
    this.k++;
  }
}

/** NFKC + lowercase, chunk by chunk (a base character with its marks), keeping the offset map. */
export function normalize(text: string): Normalized {
  if (ASCII.test(text)) {
    return identity(text);
  }
  // Most chat text is already in NFKC and keeps its length when lower-cased (German, Slovak,
  // Japanese…): then every unit maps to itself and the native calls do the whole job.
  const nfkc = text.normalize('NFKC');
  if (nfkc === text) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) {
      return { text: foldApostrophes(lower), start: EMPTY, end: EMPTY, same: true };
    }
  } else if (nfkc.length === text.length) {
    // Text in NFKC but for a few characters that change one for one (a full-width ！ in Japanese):
    // the native calls' result, once each changed unit is checked to be what normalising it alone gives.
    const lower = foldApostrophes(nfkc.toLowerCase());
    if (lower.length === text.length && changesOneForOne(text, lower)) {
      return { text: lower, start: EMPTY, end: EMPTY, same: true };
    }
  }
  const out = new OffsetUnits(text.length + 16);
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && (i + 1 >= text.length || text.charCodeAt(i + 1) < 0x300)) {
      out.push(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1);
      i++;
      continue;
    }
    // The common case outside ASCII: a character known to stay as it is, and after it none that
    // is or may be a combining mark. Tables only, no call.
    if (SINGLE_KIND[c] === 1) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (d < 0x300 || (MARK_BMP[d] === 2 && (d < 0xd800 || d > 0xdfff))) {
        out.push(c, i, i + 1);
        i++;
        continue;
      }
    }
    // A BMP character not followed by a combining mark is a chunk of its own.
    const single = (c < 0xd800 || c > 0xdfff) && (i + 1 >= text.length || !markMayFollow(text, i + 1));
    if (single) {
      const changed = singleChanged(c);
      if (changed === null) {
        out.push(c, i, i + 1);
        i++;
        continue;
      }
    }
    const j = single ? i + 1 : chunkEnd(text, i);
    const chunk = single ? (singleChanged(c) as string) : normalizeChunk(text.slice(i, j));
    for (let n = 0; n < chunk.length; n++) {
      out.push(chunk.charCodeAt(n), i, j);
    }
    i = j;
  }
  return { text: matchText(out.units, out.k), start: out.starts.subarray(0, out.k), end: out.ends.subarray(0, out.k) };
}
