import { describe, expect, it } from 'vitest';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';
import { compilePack } from '../../../src/core/tone/compile/pack';
import type { NonWordSet } from '../../../src/core/tone/compile/skeleton';
import { rng } from '../fuzz/random';

/**
 * A pack's skeleton keeps ASCII, letters, marks, digits and the pack's kept characters, and turns
 * every other unit into NUL, one for one. The engine builds it from slices around the few changed
 * characters, or with a buffer past 64 of them; both must equal this unit-by-unit reference.
 */
function reference(text: string, w: NonWordSet): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const pair = text.slice(i, i + 2);
      out += /[\p{L}\p{M}\p{N}]/u.test(pair) ? pair : '\0\0';
      i++;
    } else if (c < 0x80 || (!(c >= 0xd800 && c <= 0xdfff) && (/[\p{L}\p{M}\p{N}]/u.test(text[i] as string) || w.kept.has(c)))) {
      out += text[i];
    } else {
      out += '\0';
    }
  }
  return out;
}

const PIECES = ['idiot', 'Größe', 'ふざけるな', '、', '。', '！', '「引用」', '“help”', '¡Hola!', '¿qué?', '…', '—', '\u00a0', '🙂', '👨\u200d👩\u200d👧', '𝐀𝐁', '\ud800', '\udfff', 'e\u0301', ' ', 'ž', '①'];

describe.each(ALL_PACKS.map((p) => [p.lang, p] as const))('skeleton %s', (_lang, pack) => {
  const scheme = compilePack(pack).scheme;

  it('equals the unit-by-unit reference, with none, a few and many changed characters', () => {
    const r = rng(7);
    const texts = ['', 'plain ascii only', 'Größe ohne Änderung', ...PIECES];
    for (let k = 0; k < 300; k++) {
      const n = Math.floor(r() * (k % 3 === 0 ? 200 : 20));
      texts.push(Array.from({ length: n }, () => PIECES[Math.floor(r() * PIECES.length)]).join(''));
    }
    for (const text of texts) {
      const skeleton = scheme.skeleton(text);
      expect(skeleton.length, text).toBe(text.length);
      expect(skeleton, JSON.stringify(text)).toBe(reference(text, scheme.nonWord));
    }
    // Both ways of building it were taken.
    expect(texts.some((t) => (reference(t, scheme.nonWord).match(/\0/g) ?? []).length > 64)).toBe(true);
    expect(texts.some((t) => { const nuls = (reference(t, scheme.nonWord).match(/\0/g) ?? []).length; return nuls > 0 && nuls <= 64; })).toBe(true);
  });
});
