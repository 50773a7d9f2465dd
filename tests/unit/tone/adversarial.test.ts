/**
 * No regular expression of the engine may backtrack catastrophically (issue 3 item 7): hostile
 * 100,000-character inputs aimed at stems, `~N` gaps, separators, long phrases and quotes finish
 * in linear time with every pack, whichever language the message is read as.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/tone/engine';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';
import type { Lang } from '../../../src/core/tone/types';

const N = 100_000;
/**
 * The target is "well under 50 ms" (issue 3 item 7): bundled (or run by tsx), the slowest of these
 * inputs costs 10–30 ms of CPU with any pack, median of 5, on a loaded 2-core machine. Under the
 * test runner, whose module wrappers slow calls down, with another test file in the second worker,
 * the slowest medians reach 40–50 ms; the bound leaves room for that and still catches anything
 * super-linear, which costs seconds. A pair over the bound is measured again.
 */
const LIMIT_MS = 75;
const RUNS = 5;
const engine = createAnalyzer(ALL_PACKS);
const langs = ALL_PACKS.map((p) => p.lang);

const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

/** Every multi-word phrase of every pack, each cut just before its last word: a near miss. */
function nearMisses(): string {
  const parts: string[] = [];
  for (const pack of ALL_PACKS) {
    for (const rule of pack.rules) {
      for (const phrase of rule.phrases) {
        const words = phrase.replace(/[*()|~0-9]/g, ' ').split(/\s+/).filter(Boolean);
        if (words.length > 1) {
          parts.push(words.slice(0, -1).join(' '));
        }
      }
    }
  }
  return fill(`${parts.join(' ')} `);
}

const INPUTS: Record<string, string> = {
  'one letter': fill('a'),
  'one Slovak letter': fill('ž'),
  'one kana': fill('バ'),
  'exclamation marks': fill('!'),
  'full-width exclamations': fill('！'),
  'double exclamations and inverted marks': fill('‼¡?'),
  spaces: fill(' '),
  punctuation: fill('.,;:-'),
  'separator runs between words': fill('you ,.;:-!?  '),
  'stem prefixes': fill('idio'),
  'stems without end': fill('idiotidiotidiot'),
  'gap bait (many short words)': fill('you a b c d e '),
  'gap bait without the last word': fill('you are so very much '),
  'alternating letters and marks': fill('a!'),
  'alternating letters and digits': fill('a1'),
  'leet-like token': fill('f*ck$'),
  'masks only': fill('*#_'),
  'capitals': fill('ABCD '),
  'one shouted word': fill('A'),
  'unclosed quotes': fill('"a '),
  'unclosed German quotes': fill('„a '),
  'unclosed Japanese quotes': fill('「あ'),
  'quoted lines': fill('> a\n'),
  'sentence terminators': fill('.\n'),
  'combining marks': fill('a\u0301\u0302\u0303'),
  'near-matches of long phrases': nearMisses(),
  'codes': fill('ASS-4411-'),
  'url-like': fill('http://a.'),
  'e-mail-like': fill('a@b.'),
  'negation cues': fill('not never nicht nie ne '),
  'single quotes and apostrophes': fill(" 'a b' don't "),
  'spelled-out letters': fill('f u c k '),
  'stretched words': fill('fuuuuck '),
  'masked words': fill('f*ck '),
  'dotted capitals and ligatures': fill('İdiot ﬁ '),
  'names and places': fill('to Dick, Lane 12 Dick Lane '),
  'shouted German': fill('WO BLEIBT MEIN GELD '),
};

/**
 * CPU milliseconds of one analysis, the median of RUNS: the machine running the tests is shared,
 * and wall time would measure the neighbours. Catastrophic backtracking costs seconds either way.
 */
function median(text: string, lang: Lang): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.cpuUsage();
    engine.analyze(text, { lang, sensitivity: 'high' });
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[RUNS >> 1] as number;
}

describe('adversarial 100,000-character inputs', { timeout: 60_000 }, () => {
  it('warm-up: every pack compiles', () => {
    for (const lang of langs) {
      expect(engine.analyze('hello', { lang }).lang).toBe(lang);
    }
  }, 60_000);

  it.each(Object.entries(INPUTS))(`%s finishes in under ${LIMIT_MS} ms of CPU with every pack`, (_name, text) => {
    expect(text.length).toBe(N);
    // A pair over the bound is measured up to twice more: a neighbour's burst (another test
    // file in the other worker, another job on the machine) can stretch five runs in a row.
    const times = langs.map((lang) => {
      let best = median(text, lang);
      for (let retry = 0; retry < 2 && best >= LIMIT_MS; retry++) {
        best = Math.min(best, median(text, lang));
      }
      return [lang, best] as const;
    });
    if (process.env.TONE_TIMES) {
      console.log(_name, times.map(([lang, ms]) => `${lang} ${ms.toFixed(1)}`).join(', '));
    }
    const over = times.filter(([, ms]) => ms >= LIMIT_MS).map(([lang, ms]) => `${lang}: ${ms.toFixed(1)} ms`);
    expect(over).toEqual([]);
  }, 60_000);

  it('detects the language of a 100,000-character input quickly too', () => {
    const text = INPUTS['near-matches of long phrases'] as string;
    engine.analyze(text);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = process.cpuUsage();
      engine.analyze(text);
      const d = process.cpuUsage(t0);
      times.push((d.user + d.system) / 1000);
    }
    times.sort((a, b) => a - b);
    expect(times[RUNS >> 1]).toBeLessThan(LIMIT_MS);
  }, 60_000);
});
