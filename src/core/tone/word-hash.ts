/**
 * A word's hash, taken unit by unit as a scan reads it (FNV-1a over UTF-16 units), and bitsets of
 * known words by that hash: a clear bit says a word is not one of them without slicing it out of
 * the text or looking it up; a set bit says it may be.
 */
export const WORD_SEED = 0x811c9dc5;
const SLOT_MASK = 8191;

export const wordStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
export const wordSlot = (h: number): number => (h ^ (h >>> 15)) & SLOT_MASK;

/** The slot of a whole string. */
export function slotOf(word: string): number {
  let h = WORD_SEED;
  for (let i = 0; i < word.length; i++) {
    h = wordStep(h, word.charCodeAt(i));
  }
  return wordSlot(h);
}

/** An empty bitset, or one with the given words. */
export function wordBits(words: Iterable<string> = []): Uint8Array {
  const bits = new Uint8Array(SLOT_MASK + 1);
  for (const word of words) {
    bits[slotOf(word)] = 1;
  }
  return bits;
}
