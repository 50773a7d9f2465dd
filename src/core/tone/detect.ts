import type { LanguagePack } from './pack';
import type { Lang } from './types';

/**
 * Fallback language detection among the enabled packs, for short chat messages: Japanese by
 * script, the others by their stopwords and distinctive letters (each weighted by how many
 * enabled packs share it). The browser's detector can be passed in as a hint from outside core.
 */
const SAMPLE = 1000;
const KANA_HAN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu;
const LATIN = /[\p{Script=Latin}]/gu;
const WORD = /\p{L}+(?:'\p{L}+)?/gu;

interface Signals {
  stopwords: Set<string>;
  letters: Set<string>;
}

const signals = new WeakMap<LanguagePack, Signals>();

function signalsOf(pack: LanguagePack): Signals {
  let s = signals.get(pack);
  if (!s) {
    s = {
      stopwords: new Set(pack.stopwords.map((w) => w.toLowerCase())),
      letters: new Set([...(pack.letters ?? '').toLowerCase()]),
    };
    signals.set(pack, s);
  }
  return s;
}

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

function fallback(enabled: readonly Lang[], hint: Lang | undefined): Lang {
  if (hint && enabled.includes(hint)) {
    return hint;
  }
  return enabled.includes('en') ? 'en' : (enabled[0] ?? 'en');
}

/** Scores each enabled pack; returns the best, or the fallback when nothing speaks for any. */
export function detectWith(packs: readonly LanguagePack[], text: string, enabled: readonly Lang[], hint?: Lang): Lang {
  const sample = text.slice(0, SAMPLE).normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const candidates = packs.filter((p) => enabled.includes(p.lang));
  if (enabled.includes('ja')) {
    const cjk = count(KANA_HAN, sample);
    if (cjk > 0 && cjk * 3 >= count(LATIN, sample)) {
      return 'ja';
    }
  }
  const scored = candidates.filter((p) => p.lang !== 'ja' || p.boundary !== 'substring');
  const sets = scored.map(signalsOf);
  const scores = new Array<number>(scored.length).fill(0);
  for (const word of sample.match(WORD) ?? []) {
    const holders = sets.filter((s) => s.stopwords.has(word)).length;
    sets.forEach((s, i) => {
      if (holders > 0 && s.stopwords.has(word)) {
        scores[i] = (scores[i] ?? 0) + 1 / holders;
      }
    });
  }
  for (const ch of sample) {
    if (ch.charCodeAt(0) < 0x80) {
      continue;
    }
    const holders = sets.filter((s) => s.letters.has(ch)).length;
    sets.forEach((s, i) => {
      if (holders > 0 && s.letters.has(ch)) {
        scores[i] = (scores[i] ?? 0) + 0.75 / holders;
      }
    });
  }
  const rank = (lang: Lang): number => (lang === hint ? 2 : lang === 'en' ? 1 : 0);
  let best: LanguagePack | undefined;
  let bestScore = 0;
  scores.forEach((score, i) => {
    const pack = scored[i] as LanguagePack;
    if (score > bestScore || (score > 0 && score === bestScore && best && rank(pack.lang) > rank(best.lang))) {
      best = pack;
      bestScore = score;
    }
  });
  return best ? best.lang : fallback(enabled, hint);
}
