import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';
import { compilePack } from '../../../src/core/tone/compile/pack';
import type { PhraseMatch, PhraseMatcher } from '../../../src/core/tone/compile/matcher';
import { matchAll } from '../../../src/core/tone/compile/matcher';
import { firstPairs, firstTokens, SEPARATOR } from '../../../src/core/tone/compile/phrase';
import { normalize } from '../../../src/core/tone/normalize';
import { isNonWord, skeletonWords } from '../../../src/core/tone/compile/skeleton';
import type { LanguagePack } from '../../../src/core/tone/pack';

/**
 * The matcher narrows a bucket to the phrases that can begin with a word start's first units and
 * word, asks a factored probe without captures, and only then tries the bucket's phrases one by
 * one. None of that may lose or add a match: on every example sentence, every labelled message
 * of the evaluation set, and the same texts typed with the pack's other spellings (ä as ae and
 * a), the matcher finds exactly what one capturing alternation of each bucket's phrases finds at
 * every word start (`alternation`, the reference).
 */
function alternation(m: PhraseMatcher, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const cache = new Map<object, RegExp>();
  let candidate = true;
  for (let p = 0; p < text.length; ) {
    const b = (m.buckets.get(text.charCodeAt(p)) ?? m.any) as { entries: number[]; tail: string } | null;
    if (b && (candidate || m.boundary !== 'word')) {
      let re = cache.get(b);
      if (!re) {
        re = new RegExp(`(?:${b.entries.map((e) => `(${m.sourceOf[e] as string})`).join('|')})${b.tail}`, 'y');
        cache.set(b, re);
      }
      re.lastIndex = p;
      const hit = re.exec(text);
      if (hit && hit[0].length > 0) {
        const g = hit.findIndex((group, i) => i > 0 && group !== undefined);
        out.push({ start: p, end: p + hit[0].length, entry: b.entries[g - 1] as number });
        p += hit[0].length;
        candidate = isNonWord(m.nonWord, text.charCodeAt(p - 1));
        continue;
      }
    }
    candidate = isNonWord(m.nonWord, text.charCodeAt(p));
    p++;
  }
  return out;
}

function texts(pack: LanguagePack): string[] {
  const examples = pack.rules.flatMap((r) => [...r.examples.flag, ...r.examples.pass]);
  const labelled = (JSON.parse(readFileSync(join(__dirname, '../../tone-eval', `${pack.lang}.json`), 'utf8')) as { text: string }[]).map((m) => m.text);
  const base = [...examples, ...labelled];
  const respelled = Object.entries(pack.spellings ?? {}).flatMap(([letter, alts]) =>
    alts.map((alt) => base.filter((t) => t.toLowerCase().includes(letter)).map((t) => t.toLowerCase().split(letter).join(alt))).flat());
  return [...base, ...respelled];
}

describe.each(ALL_PACKS.map((p) => [p.lang, p] as const))('phrase matcher %s', (_lang, pack) => {
  it('finds with its shortcuts exactly what one capturing alternation per bucket finds', () => {
    const compiled = compilePack(pack);
    const matchers = [compiled.main, compiled.negation, compiled.allow, compiled.safe].filter((m): m is PhraseMatcher => m !== null);
    let skipped = 0;
    for (const text of texts(pack)) {
      const skeleton = compiled.scheme.skeleton(normalize(text).text);
      const words = skeletonWords(compiled.scheme.nonWord, skeleton);
      for (const m of matchers) {
        const expected = alternation(m, skeleton);
        expect(matchAll(m, skeleton), text).toEqual(expected);
        // The same from the word starts of the one pass over the skeleton, all of them or those
        // the walk let through the matcher's filter.
        expect(matchAll(m, skeleton, Infinity, words), text).toEqual(expected);
        expect(matchAll(m, skeleton, Infinity, skeletonWords(compiled.scheme.nonWord, skeleton, m.filter)), text).toEqual(expected);
      }
      skipped += [...compiled.main!.buckets.values()].filter((b) => [...b.bySecond.values()].some((n) => n !== b)).length;
    }
    // The shortcut is in use: buckets were narrowed by second unit.
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('firstPairs', () => {
  const cls = { word: '[^\\x00-\\x2f]', nonWord: '[\\x00-\\x2f]', spellings: { ä: ['ae', 'a'] } };
  const pairs = (phrase: string, boundary: 'word' | 'substring' = 'word') =>
    firstPairs(phrase, boundary, cls)?.map(([a, b]) => String.fromCharCode(a) + (b === SEPARATOR ? '·' : String.fromCharCode(b))).sort();

  it('lists the first two letters of every alternative and spelling', () => {
    expect(pairs('(you|ya) idiot*')).toEqual(['ya', 'yo']);
    expect(pairs('ärger')).toEqual(['ae', 'ar', 'är']);
    expect(pairs("i'm done")).toEqual(["i'", 'im']);
    expect(pairs('(vous êtes|tu es) nul')).toEqual(['tu', 'vo']);
  });

  it('marks a one-letter first word as followed by a separator, and gives up where it cannot tell', () => {
    expect(pairs('i will')).toEqual(['i·']);
    expect(pairs('~2 idiot')).toBeUndefined();
    expect(pairs('a* word')).toBeUndefined();
    expect(pairs('x ほか', 'substring')).toBeUndefined();
  });
});

describe('firstTokens', () => {
  const cls = { word: '[^\\x00-\\x2f]', nonWord: '[\\x00-\\x2f]', spellings: { ä: ['ae', 'a'] } };
  const nonWord = (c: number): boolean => c < 0x30;
  const tokens = (phrase: string) => {
    const t = firstTokens(phrase, 'word', cls, nonWord);
    return t && { exact: [...new Set(t.exact)].sort(), prefixes: [...new Set(t.prefixes)].sort() };
  };

  it('lists the whole first words a match can start with, in every typing', () => {
    // An apostrophe ends the text's word ("you" of "you're") or is left out ("youre").
    expect(tokens("you're stupid")).toEqual({ exact: ['you', 'youre'], prefixes: [] });
    expect(tokens('ärger ~2 x')).toEqual({ exact: ['aerger', 'arger', 'ärger'], prefixes: [] });
    expect(tokens('(you|ya) idiot*')).toEqual({ exact: ['ya', 'you'], prefixes: [] });
    expect(tokens('(vous êtes|tu es) nul')).toEqual({ exact: ['tu', 'vous'], prefixes: [] });
    expect(tokens('so-called experts')).toEqual({ exact: ['so'], prefixes: [] });
  });

  it('lists stems as prefixes, and gives up where the first word is not known', () => {
    expect(tokens('idiot*')).toEqual({ exact: [], prefixes: ['idiot'] });
    expect(tokens('retard(|s|ed)')).toEqual({ exact: ['retard', 'retarded', 'retards'], prefixes: [] });
    expect(tokens('~2 idiot')).toBeNull();
    expect(tokens('x(a b|c) y')).toBeNull();
    expect(firstTokens('ばか', 'substring', cls, nonWord)).toBeNull();
    // A phrase that starts with a quote mark cannot start at a word's first letter.
    expect(tokens('"help" desk')).toEqual({ exact: [], prefixes: [] });
  });
});
