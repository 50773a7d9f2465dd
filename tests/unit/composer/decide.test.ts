import { describe, expect, it } from 'vitest';
import { analyzeDraft as analyzeWith, judge } from '../../../src/content/composer/check';
import * as tone from '../../../src/core/tone/index';
import { fillDefaults, migrate } from '../../../src/platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings-schema';

const analyzeDraft = (...args: Parameters<typeof analyzeWith> extends [unknown, ...infer R] ? R : never) => analyzeWith(tone, ...args);
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const HOSTILE = 'You people are useless idiots!!!';

describe('judge', () => {
  it('holds hostile drafts, passes calm ones and firm escalation', () => {
    expect(judge(analyzeDraft(HOSTILE, settings()), settings()).hold).toBe(true);
    for (const text of ['Could you check my order 4411, please?', 'I would like to speak to a supervisor, and I will file a chargeback if needed.']) {
      const verdict = judge(analyzeDraft(text, settings()), settings());
      expect(verdict.hold).toBe(false);
      expect(verdict.nudge).toEqual([]);
    }
  });

  it('"never hold the send" shows the findings as a note instead', () => {
    const verdict = judge(analyzeDraft(HOSTILE, settings()), settings({ 'tone.neverHold': true }));
    expect(verdict.hold).toBe(false);
    expect(verdict.nudge.length).toBeGreaterThan(0);
  });

  it('burst nudges without holding, unless the user asked it to hold', () => {
    const now = 1_000_000;
    const history = { customerSends: [now - 5_000, now - 2_000], agentReplies: [] };
    const a = analyzeDraft('One more thing about the order.', settings(), history, now);
    expect(a.findings.map((f) => f.category)).toContain('burst');
    expect(judge(a, settings()).hold).toBe(false);
    expect(judge(a, settings()).nudge.map((f) => f.category)).toContain('burst');
    expect(judge(a, settings({ 'tone.holdCoaching': true })).hold).toBe(true);
  });

  it('switched-off categories find nothing', () => {
    const off = settings({ 'tone.disabledCategories': ['insult', 'exclaim', 'blame'] });
    expect(analyzeDraft(HOSTILE, off).findings.filter((f) => ['insult', 'exclaim', 'blame'].includes(f.category))).toEqual([]);
  });
});

describe('settings store', () => {
  it('fills defaults and replaces malformed stored values', () => {
    const s = fillDefaults({ 'tone.sensitivity': 'extreme', 'tone.neverHold': true, 'tone.disabledCategories': ['insult', 'nope'] });
    expect(s['tone.sensitivity']).toBe('normal');
    expect(s['tone.neverHold']).toBe(true);
    expect(s['tone.disabledCategories']).toEqual([]);
    expect(s['sites.mode']).toBe('everywhere');
    expect(s['tone.languages']).toEqual(['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr']);
  });

  it('migrates from version 0', () => {
    expect(migrate({ 'tone.holdCoaching': true }, 0)).toEqual({ 'tone.holdCoaching': true });
  });
});
