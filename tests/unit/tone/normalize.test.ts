import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../../src/core/tone/normalize';

/**
 * Normalisation is defined chunk by chunk (a character with its combining marks: NFKC, lower
 * case, typographic apostrophes folded, İ without its dot). The fast paths hand back the native
 * calls' result on the whole text when that is the same thing unit for unit; these texts check
 * they never hand back anything else (but for Greek's word-final sigma, which lower-casing the
 * whole text writes ς and a letter alone σ), and that offsets map back into the original.
 */
const sigma = (s: string) => s.replace(/ς/g, 'σ');
const MARK = /^\p{M}$/u;
function chunkByChunk(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; ) {
    let chunk = chars[i] as string;
    i++;
    while (i < chars.length && MARK.test(chars[i] as string)) chunk += chars[i++];
    let n = chunk.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc\u2032]/g, "'");
    if (chunk.includes('\u0130')) n = n.replace(/i\u0307/g, 'i');
    out += n;
  }
  return out;
}

const TEXTS = [
  'ふざけるな！！ 注文番号４４１１の商品が届きません。',
  'ＡＢＣ ｄｅｆ ＧＨＩ！',
  'ΣΟΦΙΑΣ λέγει ΟΔΟΣ',
  'ﬁne ﬂights and café\u0301',
  'Größe ÄÖÜ, İSTANBUL and ﬀ',
  'ｶﾀｶﾅ half-width ﾊﾟﾝ',
  '①②③ ™ ㎏ ½',
  'It’s “quoted” ʼtext′',
  'e\u0301 a\u0308 Ａ\u0301',
  '가 \u1100\u1161 jamo',
];
/** The same texts placed so that their changes fall on and across the 64-unit blocks compared at a time. */
const SHIFTED = TEXTS.flatMap((t) => [`${'あ'.repeat(63)}${t}`, `${'こ'.repeat(62)}${t}${'ん'.repeat(70)}${t}`]);

describe('normalize', () => {
  it.each([...TEXTS, ...SHIFTED])('is the chunk-by-chunk normalisation, with offsets into the original: %s', (text) => {
    const n = normalize(text);
    expect(sigma(n.text)).toBe(sigma(chunkByChunk(text)));
    for (let k = 0; k < n.text.length; k++) {
      const [start, end] = toOriginal(n, k, k + 1);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(end).toBeGreaterThan(start);
    }
  });

  it('keeps the offset table where lengths only happen to add up (ﬁ is two units, é one)', () => {
    const n = normalize('ﬁe\u0301');
    expect(n.text).toBe('fié');
    expect(toOriginal(n, 2, 3)).toEqual([1, 3]);
    expect(toOriginal(n, 0, 2)).toEqual([0, 1]);
  });

  it('maps a Japanese text with a full-width mark one for one, without an offset table', () => {
    const n = normalize('ふざけるな！！');
    expect(n.text).toBe('ふざけるな!!');
    expect(n.same).toBe(true);
  });
});
