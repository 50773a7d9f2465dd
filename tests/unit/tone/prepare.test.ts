import { describe, expect, it } from 'vitest';
import { isCompiled } from '../../../src/core/tone/compile/pack';
import { createAnalyzer } from '../../../src/core/tone/engine';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';

describe('preparing a language ahead of the first check', () => {
  it('compiles only that language, and the check finds the same as without preparing', () => {
    const packs = ALL_PACKS.map((p) => ({ ...p }));
    const engine = createAnalyzer(packs);
    const es = packs.find((p) => p.lang === 'es')!;
    expect(isCompiled(es)).toBe(false);
    engine.prepare('es');
    expect(isCompiled(es)).toBe(true);
    expect(packs.filter((p) => p.lang !== 'es').some(isCompiled)).toBe(false);

    const unprepared = createAnalyzer(ALL_PACKS.map((p) => ({ ...p })));
    const text = 'Sois unos inútiles, de verdad.';
    const result = engine.analyze(text, { lang: 'es' });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result).toEqual(unprepared.analyze(text, { lang: 'es' }));
  });
});
