import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';
import { compilePack } from '../../../src/core/tone/compile/pack';
import type { PhraseMatcher } from '../../../src/core/tone/compile/matcher';
import { matchAll } from '../../../src/core/tone/compile/matcher';
import { firstPairs, firstTokens, SEPARATOR } from '../../../src/core/tone/compile/phrase';
import { normalize } from '../../../src/core/tone/normalize';
import { skeletonWords } from '../../../src/core/tone/compile/skeleton';
import type { LanguagePack } from '../../../src/core/tone/pack';

/**
 * The matcher narrows a bucket to the phrases that can begin with a word start's first two units,
 * and asks a factored probe without captures before the capturing expression. Neither shortcut
 * may lose or add a match: on every example sentence, every labelled message of the evaluation
 * set, and the same texts typed with the pack's other spellings (ä as ae and a), the matcher
 * finds exactly what the capturing expressions alone find at every word start.
 */
function unfiltered(m: PhraseMatcher): PhraseMatcher {
  // No narrowing by second unit, and a probe that accepts every try (the capturing expression decides).
  const open = <T extends object>(b: T): T => ({ ...b, seconds: null, probe: /(?:)/y });
  // No start filter: the capturing expressions are tried at every word start.
  return { ...m, filter: null, buckets: new Map([...m.buckets].map(([c, b]) => [c, open(b)])), any: m.any && open(m.any) };
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
  it('finds with its shortcuts exactly what the capturing expressions alone find', () => {
    const compiled = compilePack(pack);
    const matchers = [compiled.main, compiled.negation, compiled.allow, compiled.safe].filter((m): m is PhraseMatcher => m !== null);
    let skipped = 0;
    for (const text of texts(pack)) {
      const skeleton = compiled.scheme.skeleton(normalize(text).text);
      const words = skeletonWords(compiled.scheme.nonWord, skeleton);
      for (const m of matchers) {
        const expected = matchAll(unfiltered(m), skeleton);
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
