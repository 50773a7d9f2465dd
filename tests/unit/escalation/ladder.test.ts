import { describe, expect, it } from 'vitest';
import { LADDER_STEPS, nextStep, proposeAfter, proposeNext, stepOfTemplate } from '../../../src/core/escalation';
import { TEMPLATE_CATALOG, TEMPLATE_IDS } from '../../../src/core/templates';
import { readFileSync } from 'node:fs';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
const refusal = 'Unfortunately that is not possible.';

describe('escalation ladder', () => {
  it('has the steps of advice habit 8 in order', () => {
    expect(LADDER_STEPS.map((s) => s.id)).toEqual(['ask', 'terms', 'supervisor', 'dispute', 'executive']);
  });

  it('agrees with the template catalog in both directions', () => {
    for (const step of LADDER_STEPS) for (const id of step.templates) expect(TEMPLATE_CATALOG[id].step).toBe(step.id);
    for (const id of TEMPLATE_IDS) expect(stepOfTemplate(id) ?? null).toBe(TEMPLATE_CATALOG[id].step);
  });

  it('has label and hint keys in the locales', () => {
    for (const step of LADDER_STEPS) {
      expect(en).toHaveProperty(step.labelKey);
      expect(en).toHaveProperty(step.hintKey);
    }
  });

  it('climbs one step per refusal, "What would you do in my situation?" first', () => {
    const done: string[] = [];
    const seen: string[] = [];
    for (let i = 0; i < LADDER_STEPS.length; i++) {
      const p = proposeNext(done, refusal);
      seen.push(`${p?.step}:${p?.template}`);
      if (p?.step) done.push(p.step);
    }
    expect(seen).toEqual(['ask:whatWouldYouDo', 'terms:citeTerms', 'supervisor:supervisor', 'dispute:dispute', 'executive:executive']);
    // Every step taken: the public channel, on the last step, is what remains.
    expect(proposeNext(done, refusal)).toMatchObject({ step: 'executive', template: 'publicChannel' });
  });

  it('goes back to the first step not taken when one is unticked', () => {
    expect(proposeNext(['terms', 'supervisor'], refusal)).toMatchObject({ step: 'ask', template: 'whatWouldYouDo' });
    expect(nextStep(['ask', 'terms'])).toBe('supervisor');
  });

  it('skips steps that do not apply, e.g. the dispute when nothing was charged', () => {
    expect(proposeNext(['ask', 'terms', 'supervisor'], refusal, { skip: ['dispute'] })).toMatchObject({ step: 'executive' });
  });

  it('answers a stall with the timeline template, without climbing', () => {
    expect(proposeNext(['ask'], 'Let me check and get back to you.')).toMatchObject({ signal: 'stall', step: null, template: 'timeline' });
  });

  it('proposes nothing for a helpful message, and carries the match for highlighting', () => {
    expect(proposeNext([], 'I have issued a full refund.')).toBeNull();
    expect(proposeAfter('none', [])).toBeNull();
    expect(proposeNext([], refusal)?.match).toMatchObject({ phrase: 'unfortunately', span: { start: 0, end: 13 } });
  });
});
