import type { LanguagePack, PhraseRule } from '../pack';
import type { Boundary } from './phrase';
import { compilePhrase, phraseWeight, splitWords, withBoundary } from './phrase';

/** A single-word insult or profanity phrase, for the leet/masked-spelling pass. */
export interface LeetWord {
  word: string;
  stem: boolean;
  rule: PhraseRule;
}

/** A pack compiled once: one alternation for all rules, plus the context-filter regexes. */
export interface CompiledPack {
  pack: LanguagePack;
  boundary: Boundary;
  /** All rule phrases, longest first, one capture group per phrase. */
  main: RegExp | null;
  /** Capture group number → rule. */
  groupRule: PhraseRule[];
  negation: RegExp | null;
  allow: RegExp | null;
  safe: RegExp | null;
  leetWords: LeetWord[];
  acronyms: Set<string>;
}

const cache = new WeakMap<LanguagePack, CompiledPack>();

/** Whether a pack was compiled already (its first check will not pay for it). */
export function isCompiled(pack: LanguagePack): boolean {
  return cache.has(pack);
}

function alternation(phrases: readonly string[], boundary: Boundary): RegExp | null {
  if (phrases.length === 0) {
    return null;
  }
  const sorted = [...phrases].sort((a, b) => phraseWeight(b) - phraseWeight(a));
  const source = sorted.map((p) => compilePhrase(p, boundary)).join('|');
  return new RegExp(withBoundary(source, boundary), 'gu');
}

function compileMain(rules: readonly PhraseRule[], boundary: Boundary): Pick<CompiledPack, 'main' | 'groupRule'> {
  const entries: { phrase: string; rule: PhraseRule }[] = [];
  for (const rule of rules) {
    for (const phrase of rule.phrases) {
      entries.push({ phrase, rule });
    }
  }
  if (entries.length === 0) {
    return { main: null, groupRule: [] };
  }
  entries.sort((a, b) => phraseWeight(b.phrase) - phraseWeight(a.phrase));
  const groupRule: PhraseRule[] = [];
  const source = entries
    .map((e, i) => {
      groupRule[i + 1] = e.rule;
      return `(${compilePhrase(e.phrase, boundary)})`;
    })
    .join('|');
  return { main: new RegExp(withBoundary(source, boundary), 'gu'), groupRule };
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

/** Compiles a pack on first use and caches the result for the pack object's lifetime. */
export function compilePack(pack: LanguagePack): CompiledPack {
  const hit = cache.get(pack);
  if (hit) {
    return hit;
  }
  const boundary: Boundary = pack.boundary ?? 'word';
  const compiled: CompiledPack = {
    pack,
    boundary,
    ...compileMain(pack.rules, boundary),
    negation: alternation(pack.negation, boundary),
    allow: alternation(pack.allow, boundary),
    safe: alternation(pack.safeWords, boundary),
    leetWords: leetWords(pack.rules),
    acronyms: new Set((pack.acronyms ?? []).map((a) => a.toUpperCase())),
  };
  cache.set(pack, compiled);
  return compiled;
}
