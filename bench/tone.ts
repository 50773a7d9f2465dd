// The tone check's speed, with all seven packs enabled, against two peers on the same inputs in
// the same process: `obscenity` (its English matcher with the recommended transformers) and
// `sentiment` (AFINN). Messages of 200, 2,000 and 20,000 characters per language, calm text with
// a few hostile phrases mixed in; p50/p95 over many runs after a warm-up (see warmUp). Also the one-off cost
// of compiling each pack on first use, and whether cost grows linearly with length.
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import Sentiment from 'sentiment';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Engine from '../src/core/tone/engine';
import type * as Packs from '../src/core/tone/packs/index';
import type { Lang } from '../src/core/tone/types';
import { percentile, report, round } from './lib.mjs';

const CALM: Record<Lang, string> = {
  en: 'Hello, my order 4411 arrived yesterday but the strap of the backpack is torn. Could you tell me how the replacement works and when it could ship? ',
  de: 'Guten Tag, meine Bestellung 4411 kam gestern an, aber der Riemen des Rucksacks ist gerissen. Können Sie mir sagen, wie der Ersatz funktioniert? ',
  sk: 'Dobrý deň, moja objednávka 4411 prišla včera, ale remeň batohu je roztrhnutý. Mohli by ste mi povedať, ako funguje výmena a kedy ju pošlete? ',
  ja: 'こんにちは。注文番号4411の商品が昨日届きましたが、リュックのストラップが破れていました。交換の手続きと発送の時期を教えていただけますか。',
  lt: 'Laba diena, mano užsakymas 4411 atkeliavo vakar, bet kuprinės dirželis suplyšęs. Ar galėtumėte pasakyti, kaip vyksta keitimas ir kada išsiųsite? ',
  es: 'Hola, mi pedido 4411 llegó ayer pero la correa de la mochila está rota. ¿Podrían decirme cómo funciona el cambio y cuándo lo enviarían? ',
  fr: "Bonjour, ma commande 4411 est arrivée hier mais la sangle du sac est déchirée. Pourriez-vous me dire comment se passe l'échange et quand il partira ? ",
};
const HOSTILE: Record<Lang, string> = {
  en: 'You people are useless!!! ',
  de: 'Ihr seid doch alle Idioten!!! ',
  sk: 'Ste úplní idioti!!! ',
  ja: 'ふざけるな！！ ',
  lt: 'Jūs visi idiotai!!! ',
  es: '¡Sois unos inútiles!! ',
  fr: 'Vous êtes des incapables !!! ',
};
/**
 * The engine as it ships: bundled and minified into one scope (as in the content script), not
 * run module by module through tsx, whose per-module exports turn every imported constant read
 * in a hot loop into a getter call.
 */
async function shippedEngine(): Promise<typeof Engine & typeof Packs> {
  const { build } = await import('esbuild');
  const outfile = join(mkdtempSync(join(tmpdir(), 'parley-tone-')), 'engine.mjs');
  await build({
    stdin: { contents: "export { createAnalyzer } from './src/core/tone/engine';\nexport { ALL_PACKS } from './src/core/tone/packs/index';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, minify: true, format: 'esm', target: 'es2022', outfile, logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
const { createAnalyzer, ALL_PACKS } = await shippedEngine();

const LENGTHS = [200, 2_000, 20_000];
const RUNS: Record<number, number> = { 200: 2_000, 2_000: 500, 20_000: 60 };

function message(lang: Lang, length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += i % 4 === 3 ? HOSTILE[lang] : CALM[lang];
  return text.slice(0, length);
}

/**
 * Warm-up before each timed run: calls until V8 has settled, at least 50, then up to 1,000 or
 * 300 ms. Fifty calls were too few: the 200-character messages hold no finding, so the first
 * 2,000-character language was timed while V8 re-optimised the code that builds findings (its
 * first hundred calls about twice as slow as the rest), which no other language paid for.
 */
function warmUp(fn: () => unknown): void {
  const until = performance.now() + 300;
  for (let i = 0; i < 1_000 && (i < 50 || performance.now() < until); i++) fn();
}

/**
 * p50/p95 of one function over `runs` calls in a row, after `warmUp`. (Taking turns with the
 * peers inside each run was tried: the peers' garbage and cache traffic then land in Parley's
 * samples, p95 0.26-0.35 against 0.18-0.30 ms in a row.)
 */
function timeIt(fn: () => unknown, runs: number): { p50: number; p95: number } {
  warmUp(fn);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

// First use: each pack compiled in a fresh engine (the module's engine caches compiled packs).
const compileMs: number[] = [];
for (const pack of ALL_PACKS) {
  const engine = createAnalyzer([{ ...pack }]);
  const t0 = performance.now();
  engine.prepare(pack.lang);
  compileMs.push(performance.now() - t0);
}
report({ bench: 'tone', name: 'compile one pack on first use (slowest of 7)', value: round(Math.max(...compileMs), 1), unit: 'ms', note: 'done at idle time once a chat is found' });

const engine = createAnalyzer(ALL_PACKS);
for (const pack of ALL_PACKS) engine.prepare(pack.lang);
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const sentiment = new Sentiment();

for (const length of LENGTHS) {
  const parley: { p50: number; p95: number }[] = [];
  for (const lang of Object.keys(CALM) as Lang[]) {
    const text = message(lang, length);
    const t = timeIt(() => engine.analyze(text), RUNS[length]!);
    parley.push(t);
    const obscenity = timeIt(() => matcher.getAllMatches(text), RUNS[length]!);
    const afinn = timeIt(() => sentiment.analyze(text), RUNS[length]!);
    report({
      bench: 'tone',
      name: `analyze ${lang}, ${length.toLocaleString('en')} chars, all packs`,
      p50: round(t.p50, 4),
      p95: round(t.p95, 4),
      unit: 'ms',
      ...(length === 2_000 ? { target: 'p95 ≤ 0.3 ms', ok: t.p95 <= 0.3 } : {}),
      peer: `obscenity p95 ${round(obscenity.p95, 4)} ms, sentiment p95 ${round(afinn.p95, 4)} ms`,
      ratio: round(t.p95 / obscenity.p95, 2),
      note: `×${round(t.p95 / afinn.p95, 2)} vs sentiment`,
    });
  }
  if (length === 20_000) {
    // Linearity: the two lengths measured in alternation, so that a slow stretch of this shared
    // machine (it can halve its speed for seconds) lands on both rather than on one of them.
    const short = LENGTHS[1]!;
    const growth = (Object.keys(CALM) as Lang[]).map((lang) => {
      const texts = [message(lang, short), message(lang, length)] as const;
      const perChar: [number[], number[]] = [[], []];
      for (let round = 0; round < 40; round++) {
        texts.forEach((text, k) => {
          const t0 = performance.now();
          engine.analyze(text);
          perChar[k]!.push((performance.now() - t0) / text.length);
        });
      }
      return percentile(perChar[1], 50) / percentile(perChar[0], 50);
    });
    report({ bench: 'tone', name: 'cost per character, 20,000 vs 2,000 chars (1 = linear)', value: round(Math.max(...growth), 2), unit: '×', target: '≤ 1.5 (linear)', ok: Math.max(...growth) <= 1.5, note: 'the two lengths measured in alternation' });
  }
}
