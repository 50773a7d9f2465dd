/**
 * Honest accuracy of the tone engine: `npm run eval:tone [-- --verbose] [-- --lang es]`.
 * Per language, on the labeled development sets in tests/tone-eval/: recall on hostile messages
 * and the false-positive rate on firm-but-polite and on calm ones, analysed without a language
 * hint. Exits 1 when any language misses a target; `--verbose` lists every miss.
 */
import { LANGS, type Lang } from '../src/core/tone/types';
import { evaluateAll, missedTargets, TARGETS, type LangResult } from '../tests/tone-eval/evaluate';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const langArg = args.indexOf('--lang');
const only = langArg >= 0 ? args[langArg + 1] : undefined;
if (only !== undefined && !(LANGS as readonly string[]).includes(only)) {
  console.error(`Unknown language "${only}"; one of ${LANGS.join(', ')}.`);
  process.exit(2);
}
const langs: readonly Lang[] = only ? [only as Lang] : LANGS;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, n: number): string => s.padStart(n);

function row(r: LangResult): string {
  const flaggedHostile = Math.round(r.recall * r.counts.hostile);
  const flaggedFirm = Math.round(r.firmFp * r.counts.firm);
  const flaggedCalm = Math.round(r.calmFp * r.counts.calm);
  const missed = missedTargets(r);
  return [
    r.lang.padEnd(4),
    pad(String(r.total), 4),
    pad(`${r.recall.toFixed(2)} (${flaggedHostile}/${r.counts.hostile})`, 14),
    pad(`${pct(r.firmFp)} (${flaggedFirm}/${r.counts.firm})`, 14),
    pad(`${pct(r.calmFp)} (${flaggedCalm}/${r.counts.calm})`, 14),
    pad(String(r.misdetected), 6),
    `  ${missed.length === 0 ? 'ok' : `MISSED: ${missed.join('; ')}`}`,
  ].join(' ');
}

const results = evaluateAll(langs);
console.log(
  `Targets: recall >= ${TARGETS.recall}, firm FP <= ${TARGETS.firmFp * 100}%, calm FP <= ${TARGETS.calmFp * 100}%, >= ${TARGETS.minMessages} messages`,
);
console.log(['lang', '   n', '  hostile recall', '       firm FP', '       calm FP', ' lang?', '  result'].join(' '));
for (const r of results) {
  console.log(row(r));
}
if (verbose) {
  for (const r of results) {
    for (const m of r.misses) {
      const what = m.sample.label === 'hostile' ? 'missed hostile' : `false positive on ${m.sample.label}`;
      const found = m.findings.map((f) => `${f.rule} "${m.sample.text.slice(f.start, f.end)}"`).join(', ');
      const detected = m.detected === r.lang ? '' : ` [detected ${m.detected}]`;
      console.log(`  ${r.lang} ${what}${detected}: ${m.sample.text}${found ? `  <- ${found}` : ''}`);
    }
  }
}
process.exit(results.some((r) => missedTargets(r).length > 0) ? 1 : 0);
