import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/tone/engine';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';
import { HOSTILE_CATEGORIES } from '../../../src/core/tone/types';

/**
 * Every rule's `examples` run as tests, for every pack in the registry: each `flag` sentence is
 * hit by that rule, and each `pass` sentence gets no hostile finding from the pack's rules.
 */
const hostile = new Set<string>(HOSTILE_CATEGORIES);

describe.each(ALL_PACKS.map((p) => [p.lang, p] as const))('pack %s', (lang, pack) => {
  const engine = createAnalyzer([pack]);
  // Compiling a pack's rules takes a while once; pay it here rather than in the first example.
  beforeAll(() => engine.prepare(lang), 60_000);
  const analyzeIn = (text: string, sensitivity: 'normal' | 'high' = 'high') =>
    engine.analyze(text, { lang, languages: [lang], sensitivity });

  it('has ids that are unique, and every rule has examples and a rewrite', () => {
    const ids = pack.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of pack.rules) {
      expect(rule.examples.flag.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.pass.length, rule.id).toBeGreaterThan(0);
      // A calm sentence, never only the deletion of a word ("go  yourself").
      expect(rule.rewrite.message.trim(), rule.id).toMatch(/\p{L}.*[.?!。？]$/u);
      expect(rule.rewrite.span === undefined || rule.rewrite.span.trim() !== '', rule.id).toBe(true);
    }
  });

  it('writes stems only at the end of a word, never inside (a|b) alternatives, where * would be literal', () => {
    const starred = pack.rules.flatMap((r) => r.phrases).filter((p) => /\([^()]*\*[^()]*\)/.test(p));
    expect(starred).toEqual([]);
  });

  it('offers rewrites the user can send as they are: no {placeholder} to fill in', () => {
    const withBraces = pack.rules.filter((r) => /[{}]/.test(`${r.rewrite.span ?? ''}${r.rewrite.message ?? ''}`)).map((r) => r.id);
    expect(withBraces).toEqual([]);
  });

  for (const rule of pack.rules) {
    it.each(rule.examples.flag)(`${rule.id} flags %s`, (sentence) => {
      const rules = analyzeIn(sentence).findings.map((f) => f.rule);
      expect(rules).toContain(`${lang}/${rule.id}`);
    });
    it.each(rule.examples.pass)(`${rule.id} passes %s`, (sentence) => {
      const hits = analyzeIn(sentence, 'normal').findings.filter((f) => !f.rule.startsWith('core/') && hostile.has(f.category));
      expect(hits.map((f) => `${f.rule}: ${sentence.slice(f.start, f.end)}`)).toEqual([]);
    });
  }

  it('gives every hostile finding of the pack a calm whole-message rewrite without the hit', () => {
    for (const rule of pack.rules) {
      for (const sentence of rule.examples.flag) {
        for (const f of analyzeIn(sentence).findings) {
          if (f.family === 'hostile' && !f.rule.startsWith('core/')) {
            const message = f.suggestions.find((x) => x.scope === 'message')?.text ?? '';
            expect(message, `${f.rule} on ${sentence}`).toMatch(/\p{L}/u);
            expect(message.includes(sentence.slice(f.start, f.end)), `${f.rule} on ${sentence}: ${message}`).toBe(false);
          }
        }
      }
    }
  });
});
