import type { LanguagePack, PhraseRule } from '../pack';
import type { PhraseMatcher } from './matcher';
import { phraseMatcher } from './matcher';
import type { Boundary } from './phrase';
import { splitWords } from './phrase';
import type { SkeletonScheme } from './skeleton';
import { skeletonScheme } from './skeleton';
import type { NameContext } from '../context/names';

/** A single-word insult or profanity phrase, for the leet/masked-spelling pass. */
export interface LeetWord {
  word: string;
  stem: boolean;
  rule: PhraseRule;
}

/**
 * A pack compiled once: a matcher over all rule phrases, plus the context-filter matchers. All
 * of them run on the pack's skeleton of the normalised text (`scheme.skeleton`), whose offsets
 * are those of the normalised text.
 */
export interface CompiledPack {
  pack: LanguagePack;
  boundary: Boundary;
  scheme: SkeletonScheme;
  /** All rule phrases, longest first. */
  main: PhraseMatcher | null;
  /** Matcher entry → rule. */
  entryRule: PhraseRule[];
  /** Matcher entry → the phrase as written in the pack. */
  entryPhrase: string[];
  /** A text with every letter that has spellings replaced by its shortest one (č → c, ä → a). */
  fold: (text: string) => string;
  /** Words after a comma that keep a negated clause going (`LanguagePack.clauseJoins`). */
  clauseJoins: ReadonlySet<string>;
  negation: PhraseMatcher | null;
  allow: PhraseMatcher | null;
  safe: PhraseMatcher | null;
  leetWords: LeetWord[];
  /** Leet words by their first letter (a masked spelling keeps its first character). */
  leetByFirst: Map<string, LeetWord[]>;
  /** Length of the longest non-stem leet word (longer tokens can only match stems). */
  leetMaxExact: number;
  acronyms: Set<string>;
  /** Name and place context for profanity hits, or null (scripts without capitals). */
  names: NameContext | null;
}

const cache = new WeakMap<LanguagePack, CompiledPack>();

/** Whether a pack was compiled already (its first check will not pay for it). */
export function isCompiled(pack: LanguagePack): boolean {
  return cache.has(pack);
}

/** Expands `(a|b)` alternatives of a one-word phrase into plain words. */
function expandWord(word: string): string[] {
  const m = /\(([^()]*)\)/.exec(word);
  if (!m) {
    return [word];
  }
  const head = word.slice(0, m.index);
  const tail = word.slice(m.index + m[0].length);
  return (m[1] ?? '').split('|').flatMap((alt) => expandWord(head + alt + tail));
}

function leetWords(rules: readonly PhraseRule[]): LeetWord[] {
  const out: LeetWord[] = [];
  for (const rule of rules) {
    if (rule.category !== 'insult' && rule.category !== 'profanity') {
      continue;
    }
    for (const phrase of rule.phrases) {
      if (splitWords(phrase).length !== 1 || /\s/.test(phrase.trim())) {
        continue;
      }
      const stem = phrase.endsWith('*');
      for (const word of expandWord(stem ? phrase.slice(0, -1) : phrase)) {
        if (word.length >= 3) {
          out.push({ word, stem, rule });
        }
      }
    }
  }
  return out;
}

const LITERAL_WORD = /[\p{L}\p{N}']+/gu;

/**
 * Whether every word of `cue` (a negation cue found inside a hit) is spelled by the phrase
 * itself ("can't you read" spells "can't"), as opposed to filling a gap or a stem of it.
 */
export function spelledBy(compiled: CompiledPack, phrase: string, cue: string): boolean {
  const p = compiled.fold(phrase.toLowerCase());
  const c = compiled.fold(cue);
  if (compiled.boundary === 'substring') {
    return p.includes(c);
  }
  const words = new Set(p.match(LITERAL_WORD) ?? []);
  return (c.match(LITERAL_WORD) ?? []).every((w) => words.has(w));
}

/** Folds a text to the shortest spelling of each letter (`CompiledPack.fold`). */
export function folder(spellings: Readonly<Record<string, readonly string[]>> | undefined): (text: string) => string {
  if (!spellings) {
    return (text) => text;
  }
  const to = new Map<string, string>();
  for (const [letter, alts] of Object.entries(spellings)) {
    const shortest = [...alts].sort((a, b) => a.length - b.length)[0];
    if (shortest !== undefined) {
      to.set(letter, shortest);
    }
  }
  return (text) => {
    let out = '';
    for (const c of text) {
      out += to.get(c) ?? c;
    }
    return out;
  };
}

/** Compiles a pack on first use and caches the result for the pack object's lifetime. */
export function compilePack(pack: LanguagePack): CompiledPack {
  const hit = cache.get(pack);
  if (hit) {
    return hit;
  }
  const boundary: Boundary = pack.boundary ?? 'word';
  const phrases = pack.rules.flatMap((r) => r.phrases);
  const scheme = skeletonScheme([...phrases, ...pack.negation, ...pack.allow, ...pack.safeWords]);
  const classes = pack.spellings ? { ...scheme.classes, spellings: pack.spellings } : scheme.classes;
  const matcher = (list: readonly string[]) => phraseMatcher(list, boundary, classes, scheme.nonWord);
  const words = leetWords(pack.rules);
  const leetByFirst = new Map<string, LeetWord[]>();
  for (const w of words) {
    const first = w.word[0] as string;
    leetByFirst.set(first, [...(leetByFirst.get(first) ?? []), w]);
  }
  const compiled: CompiledPack = {
    pack,
    boundary,
    scheme,
    main: matcher(phrases),
    entryRule: pack.rules.flatMap((r) => r.phrases.map(() => r)),
    entryPhrase: phrases,
    fold: folder(pack.spellings),
    clauseJoins: new Set(pack.clauseJoins ?? []),
    negation: matcher(pack.negation),
    allow: matcher(pack.allow),
    safe: matcher(pack.safeWords),
    leetWords: words,
    leetByFirst,
    leetMaxExact: words.reduce((n, w) => (w.stem ? n : Math.max(n, w.word.length)), 0),
    acronyms: new Set((pack.acronyms ?? []).map((a) => a.toUpperCase())),
    names: boundary === 'word' ? { cues: new Set((pack.nameCues ?? []).map((c) => c.toLowerCase())), capitalisedNouns: pack.capitalisedNouns ?? false } : null,
  };
  cache.set(pack, compiled);
  return compiled;
}
