/**
 * Accuracy of the tone engine on the labeled development sets in this folder (`<lang>.json`:
 * arrays of `{ text, label: 'hostile' | 'firm' | 'calm', note? }`). These sets are kept apart from
 * the packs' own examples: no sentence here is copied into a pack. Shared by `npm run eval:tone`
 * (scripts/eval-tone.ts) and tests/unit/tone/eval.test.ts.
 *
 * A message counts as flagged when `analyze(text)` without a language hint (so detection is part
 * of what is measured), at the default sensitivity, returns any hostile-family finding.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/tone/index';
import type { Finding, Lang } from '../../src/core/tone/types';
import { LANGS } from '../../src/core/tone/types';

export type Label = 'hostile' | 'firm' | 'calm';

export interface Sample {
  text: string;
  label: Label;
  note?: string;
}

/** Targets of issue 3: recall on hostile, false-positive rates on firm and calm messages. */
export const TARGETS = { recall: 0.9, firmFp: 0.03, calmFp: 0.02, minMessages: 80 } as const;

export interface Miss {
  sample: Sample;
  /** The hostile findings (empty for a missed hostile message). */
  findings: Finding[];
  detected: Lang;
}

export interface LangResult {
  lang: Lang;
  total: number;
  counts: Record<Label, number>;
  /** Flagged hostile / all hostile. */
  recall: number;
  /** Flagged firm / all firm. */
  firmFp: number;
  /** Flagged calm / all calm. */
  calmFp: number;
  /** Messages whose detected language is not the set's language. */
  misdetected: number;
  misses: Miss[];
}

export function loadSet(lang: Lang): Sample[] {
  const url = new URL(`./${lang}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as unknown;
  if (!Array.isArray(data)) {
    throw new Error(`${lang}.json is not an array`);
  }
  return data.map((item: unknown, i) => {
    const s = item as Partial<Sample>;
    if (typeof s.text !== 'string' || (s.label !== 'hostile' && s.label !== 'firm' && s.label !== 'calm')) {
      throw new Error(`${lang}.json item ${i} needs a text and a label hostile|firm|calm`);
    }
    return { text: s.text, label: s.label, ...(s.note === undefined ? {} : { note: s.note }) };
  });
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

export function evaluate(lang: Lang, samples: readonly Sample[] = loadSet(lang)): LangResult {
  const counts: Record<Label, number> = { hostile: 0, firm: 0, calm: 0 };
  const flagged: Record<Label, number> = { hostile: 0, firm: 0, calm: 0 };
  const misses: Miss[] = [];
  let misdetected = 0;
  for (const sample of samples) {
    const analysis = analyze(sample.text);
    const findings = analysis.findings.filter((f) => f.family === 'hostile');
    const hit = findings.length > 0;
    counts[sample.label]++;
    if (hit) {
      flagged[sample.label]++;
    }
    if (analysis.lang !== lang) {
      misdetected++;
    }
    if (hit !== (sample.label === 'hostile')) {
      misses.push({ sample, findings, detected: analysis.lang });
    }
  }
  return {
    lang,
    total: samples.length,
    counts,
    recall: ratio(flagged.hostile, counts.hostile),
    firmFp: ratio(flagged.firm, counts.firm),
    calmFp: ratio(flagged.calm, counts.calm),
    misdetected,
    misses,
  };
}

export function evaluateAll(langs: readonly Lang[] = LANGS): LangResult[] {
  return langs.map((lang) => evaluate(lang));
}

/** The targets a result misses, as short labels; empty when it meets them all. */
export function missedTargets(r: LangResult): string[] {
  const out: string[] = [];
  if (r.total < TARGETS.minMessages) {
    out.push(`messages ${r.total} < ${TARGETS.minMessages}`);
  }
  if (r.recall < TARGETS.recall) {
    out.push(`recall ${r.recall.toFixed(2)} < ${TARGETS.recall}`);
  }
  if (r.firmFp > TARGETS.firmFp) {
    out.push(`firm FP ${(r.firmFp * 100).toFixed(1)}% > ${TARGETS.firmFp * 100}%`);
  }
  if (r.calmFp > TARGETS.calmFp) {
    out.push(`calm FP ${(r.calmFp * 100).toFixed(1)}% > ${TARGETS.calmFp * 100}%`);
  }
  return out;
}
