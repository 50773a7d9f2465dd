// Tone checks (issue 3 item 7, issue 9 item 1): p50/p95 of `analyze` on 200, 2,000 and
// 20,000-character messages in each language with every pack enabled and no language hint
// (detection included), and in the same run, on the same inputs, the peers `obscenity` (its
// English matcher: RegExpMatcher + englishDataset + englishRecommendedTransformers) and
// `sentiment` (AFINN), with the ratios Parley ÷ peer. Also what compiling the packs costs on
// first use. The messages are calm and firm sentences from the packs' pass examples with a
// hostile one (a flag example) about every eighth sentence, drawn with a seeded PRNG.
// Run: `npx tsx bench/tone.ts` (BENCH_RUNS=n for more or fewer samples).
import { performance } from 'node:perf_hooks';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import Sentiment from 'sentiment';
import { compilePack } from '../src/core/tone/compile/pack';
import { createAnalyzer } from '../src/core/tone/engine';
import type { LanguagePack } from '../src/core/tone/pack';
import { ALL_PACKS } from '../src/core/tone/packs/index';

/** The JSON-line format of bench/lib.mjs's `report` (a local copy: this file runs under tsx). */
interface Row {
  name: string;
  value?: number;
  p50?: number;
  p95?: number;
  target?: string;
  ok?: boolean;
  peer?: string;
  ratio?: number;
  note?: string;
  unit?: string;
}
const report = (row: Row) => process.stdout.write(`${JSON.stringify({ bench: 'tone', unit: 'ms', ...row })}\n`);
const round = (x: number) => Number(x.toFixed(4));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** Mulberry32: a small seeded PRNG, so every run measures the same messages. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIZES = [200, 2_000, 20_000] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 0);
/** Samples per size: enough for a stable p95 without making the big size take minutes. */
const runsFor = (size: number) => RUNS || (size <= 2_000 ? 600 : 120);

/** A realistic message of exactly `size` characters in the pack's language. */
function message(pack: LanguagePack, size: number, seed: number): string {
  const random = prng(seed);
  const calm = pack.rules.flatMap((r) => r.examples.pass);
  const hostile = pack.rules.flatMap((r) => r.examples.flag);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] as string;
  const sep = pack.boundary === 'substring' ? '' : ' ';
  let text = '';
  while (text.length < size) {
    text += (random() < 0.125 ? pick(hostile) : pick(calm)) + sep;
  }
  return text.slice(0, size);
}

/** Times fn over every input, round-robin, after a warm-up; returns p50/p95 per call. */
function time(inputs: readonly string[], runs: number, fn: (text: string) => unknown): { p50: number; p95: number } {
  for (let i = 0; i < Math.min(runs, 50); i++) {
    fn(inputs[i % inputs.length] as string);
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = inputs[i % inputs.length] as string;
    const t0 = performance.now();
    fn(text);
    samples.push(performance.now() - t0);
  }
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

// First use: what the first check of the first draft pays in a fresh process. Compiling every
// pack, then one 2,000-character message per language through a new engine (which builds
// whatever the packs compile lazily), cold; then the same on fresh copies of the packs with the
// JIT warm, as a median.
function firstUse(packs: readonly LanguagePack[]): { compile: number; firstChecks: number } {
  const t0 = performance.now();
  for (const pack of packs) {
    compilePack(pack);
  }
  const t1 = performance.now();
  const fresh = createAnalyzer(packs);
  for (const pack of packs) {
    fresh.analyze(message(pack, 2_000, 1), { lang: pack.lang });
  }
  return { compile: t1 - t0, firstChecks: performance.now() - t1 };
}
const cold = firstUse(ALL_PACKS);
const warm = Array.from({ length: 9 }, () => firstUse(ALL_PACKS.map((p) => structuredClone(p))));
const coldTotal = cold.compile + cold.firstChecks;
report({
  name: `first use: compile all ${ALL_PACKS.length} packs + first check in each language (cold process)`,
  value: round(coldTotal),
  target: '≤ 50 ms',
  ok: coldTotal <= 50,
  note: `compile ${round(cold.compile)} ms + first checks ${round(cold.firstChecks)} ms; ` +
    `with the JIT warm: compile ${round(percentile(warm.map((w) => w.compile), 50))} ms + first checks ${round(percentile(warm.map((w) => w.firstChecks), 50))} ms (median)`,
});

const engine = createAnalyzer(ALL_PACKS);
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const afinn = new Sentiment();
const parley = (text: string) => engine.analyze(text);
const peers = [
  { name: 'obscenity', fn: (text: string) => obscenity.getAllMatches(text) },
  { name: 'sentiment', fn: (text: string) => afinn.analyze(text) },
];

const perChar: Record<number, number[]> = {};
for (const pack of ALL_PACKS) {
  for (const size of SIZES) {
    const inputs = Array.from({ length: 8 }, (_, i) => message(pack, size, size * 31 + i));
    const runs = runsFor(size);
    const ours = time(inputs, runs, parley);
    (perChar[size] ??= []).push(ours.p50 / size);
    const theirs = peers.map((p) => ({ name: p.name, ...time(inputs, runs, p.fn) }));
    const target = size === 2_000 ? 'p95 ≤ 0.3 ms' : undefined;
    report({
      name: `analyze ${pack.lang} ${size.toLocaleString('en')} chars, all packs`,
      p50: ours.p50,
      p95: ours.p95,
      ...(target ? { target, ok: ours.p95 <= 0.3 } : {}),
      peer: theirs.map((t) => `${t.name} p50 ${t.p50} / p95 ${t.p95} ms, p95 ratio ×${round(ours.p95 / t.p95)}`).join('; '),
    });
  }
}

// Cost linear in length: per-character time at 20,000 characters within 2× of that at 2,000.
const avg = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const growth = avg(perChar[20_000] ?? []) / avg(perChar[2_000] ?? []);
report({
  name: 'per-character cost at 20,000 ÷ at 2,000 chars (p50)',
  value: round(growth),
  unit: '×',
  target: '≤ 2 (linear)',
  ok: growth <= 2,
});
