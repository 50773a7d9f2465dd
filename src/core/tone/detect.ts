import type { LanguageSignals } from './pack';
import type { Lang } from './types';
import { folder } from './compile/pack';
import { classAt, classOfUnit, isLetterClass, pairAt } from './chars';
import { WORD_SEED, wordBits, wordSlot, wordStep } from './word-hash';

/**
 * Fallback language detection among the enabled packs, for short chat messages: Japanese by
 * script, the others by their stopwords and distinctive letters (each weighted by how many
 * enabled packs share it). The browser's detector can be passed in as a hint from outside core.
 *
 * It runs on every check without a hint, so the per-pack signals are merged once per set of
 * enabled packs into one table (word or letter → the packs that hold it and its weight), and a
 * check is one pass over the first 500 characters (some eighty words, plenty to tell seven
 * languages apart) plus one lookup per word.
 */
const SAMPLE = 500;
const KANA_HAN = /^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]$/u;
const LATIN = /^\p{Script=Latin}$/u;
const ASCII = /^[\0-\x7f]*$/;

/** Which packs (indices into `Table.scored`) hold a signal, and what it adds to each. */
interface Signal {
  holders: number[];
  weight: number;
}

interface Table {
  scored: LanguageSignals[];
  words: Map<string, Signal>;
  /** The same words by hash (`../word-hash.ts`): most words of a sample are skipped without a slice or a lookup. */
  wordBits: Uint8Array;
  /** Letter signals by code point. */
  letterCodes: Map<number, Signal>;
  /** Whether some letter signal is kana or kanji. */
  cjkLetters: boolean;
  /** Packs whose language capitalises every noun (German): capitalised words mid-sentence speak for them. */
  nouns: Signal | undefined;
}

/** What one capitalised word inside a sentence adds for a language that capitalises nouns, and how many count. */
const NOUN_WEIGHT = 0.4;
const MAX_NOUNS = 3;

const tables = new WeakMap<readonly LanguageSignals[], Map<string, Table>>();

function signalTable(entries: readonly (readonly string[])[], weight: number): Map<string, Signal> {
  const out = new Map<string, Signal>();
  entries.forEach((list, i) => {
    for (const key of new Set(list)) {
      const s = out.get(key);
      if (s) {
        s.holders.push(i);
      } else {
        out.set(key, { holders: [i], weight: 0 });
      }
    }
  });
  for (const s of out.values()) {
    s.weight = weight / s.holders.length;
  }
  return out;
}

/**
 * Each pack's stopwords, plus, for packs with `spellings`, the same words typed without their
 * diacritics ("dakujem", "aciu", "konnen"). Only folded words of four letters or more count:
 * shorter ones are too often words of other languages ("vás" → "vas", "für" → "fur"). A folded
 * word another pack lists too is shared between them, like any other shared word.
 */
function withSpellings(scored: readonly LanguageSignals[]): string[][] {
  return scored.map((p) => {
    const words = p.stopwords.map((w) => w.toLowerCase());
    if (!p.spellings) {
      return words;
    }
    const fold = folder(p.spellings);
    return [...words, ...words.map(fold).filter((w) => w.length >= 4)];
  });
}

function nounSignal(scored: readonly LanguageSignals[]): Signal | undefined {
  const holders = scored.flatMap((p, i) => (p.capitalisedNouns ? [i] : []));
  return holders.length > 0 ? { holders, weight: NOUN_WEIGHT / holders.length } : undefined;
}

function tableFor(packs: readonly LanguageSignals[], enabled: readonly Lang[]): Table {
  let byEnabled = tables.get(packs);
  if (!byEnabled) {
    byEnabled = new Map();
    tables.set(packs, byEnabled);
  }
  const key = enabled.join(',');
  let table = byEnabled.get(key);
  if (!table) {
    const scored = packs.filter((p) => enabled.includes(p.lang) && (p.lang !== 'ja' || p.boundary !== 'substring'));
    table = {
      scored,
      words: signalTable(withSpellings(scored), 1),
      wordBits: wordBits(),
      nouns: nounSignal(scored),
      letterCodes: new Map(
        [...signalTable(scored.map((p) => [...(p.letters ?? '').toLowerCase()]), 0.75)].map(([ch, signal]) => [ch.codePointAt(0) as number, signal]),
      ),
      cjkLetters: false,
    };
    table.wordBits = wordBits(table.words.keys());
    table.cjkLetters = [...table.letterCodes.keys()].some((code) => (code > 0xffff ? scriptOfPoint(code) : scriptOfUnit(code)) === 1);
    byEnabled.set(key, table);
  }
  return table;
}

/** Script of a BMP code unit: 1 kana/han, 2 Latin, 3 other, 0 not yet known (filled on demand). */
const BMP_SCRIPT = new Uint8Array(0x10000);
/** The same for astral code points; memoised (bounded). */
const astralScripts = new Map<number, number>();

function scriptTest(ch: string): number {
  return KANA_HAN.test(ch) ? 1 : LATIN.test(ch) ? 2 : 3;
}

function scriptOfUnit(code: number): number {
  let s = BMP_SCRIPT[code] as number;
  if (s === 0) {
    s = scriptTest(String.fromCharCode(code));
    BMP_SCRIPT[code] = s;
  }
  return s;
}

function scriptOfPoint(code: number): number {
  let s = astralScripts.get(code);
  if (s === undefined) {
    s = scriptTest(String.fromCodePoint(code));
    if (astralScripts.size >= 8192) {
      astralScripts.clear();
    }
    astralScripts.set(code, s);
  }
  return s;
}

function fallback(enabled: readonly Lang[], hint: Lang | undefined): Lang {
  if (hint && enabled.includes(hint)) {
    return hint;
  }
  return enabled.includes('en') ? 'en' : (enabled[0] ?? 'en');
}

function add(scores: number[], signal: Signal | undefined): void {
  if (signal) {
    for (const i of signal.holders) {
      scores[i] = (scores[i] as number) + signal.weight;
    }
  }
}

/**
 * Words inside a sentence that start with a capital followed by a lower-case letter ("Du Idiot",
 * "mein Paket"), at most MAX_NOUNS. `lower` is `cased` lower-cased; where their lengths differ
 * (rare letters that change length), nothing is counted.
 */
function capitalisedInside(cased: string, lower: string): number {
  if (cased.length !== lower.length) {
    return 0;
  }
  /** Latin letters, by code unit: ASCII letters and U+00C0…U+1FFF (no punctuation there that ends a word here). */
  const letter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
  let count = 0;
  let sentenceStart = true;
  let inWord = false;
  for (let i = 0; i < cased.length && count < MAX_NOUNS; i++) {
    const c = cased.charCodeAt(i);
    if (!letter(c)) {
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0xa1 || c === 0xbf) {
        sentenceStart = true;
      }
      inWord = false;
      continue;
    }
    if (!inWord && !sentenceStart && c !== lower.charCodeAt(i)) {
      const next = cased.charCodeAt(i + 1);
      if (letter(next) && next === lower.charCodeAt(i + 1)) {
        count++;
      }
    }
    sentenceStart = false;
    inWord = true;
  }
  return count;
}

/** Length of the letter (`\p{L}`) at i in code units, or 0: by the engine's class table. */
function isLetterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  }
  if (pairAt(text, i)) {
    return isLetterClass(classAt(text, i)) ? 2 : 0;
  }
  return isLetterClass(classOfUnit(c)) ? 1 : 0;
}

/**
 * The sample's words as `\p{L}+(?:'\p{L}+)?` finds them (letters, with one inner apostrophe), by
 * a scan of the code units instead of a regular expression's match per word.
 */
function addWords(scores: number[], table: Table, sample: string): void {
  const n = sample.length;
  let i = 0;
  while (i < n) {
    let w = isLetterAt(sample, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = WORD_SEED;
    while (w > 0) {
      h = wordStep(h, sample.charCodeAt(i));
      if (w === 2) {
        h = wordStep(h, sample.charCodeAt(i + 1));
      }
      i += w;
      w = i < n ? isLetterAt(sample, i) : 0;
    }
    if (i + 1 < n && sample.charCodeAt(i) === 39 && isLetterAt(sample, i + 1) > 0) {
      h = wordStep(h, 39);
      i++;
      for (w = isLetterAt(sample, i); w > 0; w = i < n ? isLetterAt(sample, i) : 0) {
        h = wordStep(h, sample.charCodeAt(i));
        if (w === 2) {
          h = wordStep(h, sample.charCodeAt(i + 1));
        }
        i += w;
      }
    }
    if (table.wordBits[wordSlot(h)] === 1) {
      add(scores, table.words.get(sample.slice(start, i)));
    }
  }
}

/** The same over a lower-cased ASCII sample, whose letters are a to z: no call per unit. */
function addAsciiWords(scores: number[], table: Table, sample: string): void {
  const n = sample.length;
  let i = 0;
  while (i < n) {
    let c = sample.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    let h = WORD_SEED;
    do {
      h = wordStep(h, c);
      c = ++i < n ? sample.charCodeAt(i) : 0;
    } while (c >= 97 && c <= 122);
    if (c === 39 && i + 1 < n) {
      c = sample.charCodeAt(i + 1);
      if (c >= 97 && c <= 122) {
        h = wordStep(h, 39);
        i++;
        do {
          h = wordStep(h, c);
          c = ++i < n ? sample.charCodeAt(i) : 0;
        } while (c >= 97 && c <= 122);
      }
    }
    if (table.wordBits[wordSlot(h)] === 1) {
      add(scores, table.words.get(sample.slice(start, i)));
    }
  }
}

/**
 * Capitalised nouns, scored before the words (the order the sums have always been taken in, so
 * the same ties); only once a sample is known not to be Japanese.
 */
function addNouns(scores: number[], table: Table, cased: string, sample: string): void {
  if (table.nouns) {
    // Same length as the sample (NFKC is applied before lower-casing, which keeps ASCII lengths).
    for (let i = 0, n = capitalisedInside(cased, sample); i < n; i++) {
      add(scores, table.nouns);
    }
  }
}

/** Scores each enabled pack; returns the best, or the fallback when nothing speaks for any. */
export function detectWith(packs: readonly LanguageSignals[], text: string, enabled: readonly Lang[], hint?: Lang): Lang {
  const raw = text.slice(0, SAMPLE);
  const ascii = ASCII.test(raw);
  const cased = ascii ? raw : raw.normalize('NFKC').replace(/[\u2018\u2019]/g, "'");
  const sample = cased.toLowerCase();
  const table = tableFor(packs, enabled);
  const scores = new Array<number>(table.scored.length).fill(0);
  if (!ascii) {
    let cjk = 0;
    let latin = 0;
    const letters: Signal[] = [];
    for (let i = 0; i < sample.length; i++) {
      let code = sample.charCodeAt(i);
      if (code < 0x80) {
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
          latin++;
        }
        continue;
      }
      let script: number;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length && (sample.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        code = ((code - 0xd800) << 10) + (sample.charCodeAt(i + 1) - 0xdc00) + 0x10000;
        script = scriptOfPoint(code);
        i++;
      } else {
        script = scriptOfUnit(code);
      }
      if (script === 1) {
        cjk++;
      } else if (script === 2) {
        latin++;
      }
      // Kana and kanji are signals only for a Japanese pack scored by words (the shipped one
      // is not): a Japanese text then costs no lookup per character.
      const signal = script !== 1 || table.cjkLetters ? table.letterCodes.get(code) : undefined;
      if (signal) {
        letters.push(signal);
      }
    }
    if (enabled.includes('ja') && cjk > 0 && cjk * 3 >= latin) {
      return 'ja';
    }
    addNouns(scores, table, cased, sample);
    // Words first, then letters, in text order: the same sums as ever, so the same ties.
    addWords(scores, table, sample);
    for (const signal of letters) {
      add(scores, signal);
    }
  } else {
    addNouns(scores, table, cased, sample);
    addAsciiWords(scores, table, sample);
  }
  const rank = (lang: Lang): number => (lang === hint ? 2 : lang === 'en' ? 1 : 0);
  let best: LanguageSignals | undefined;
  let bestScore = 0;
  scores.forEach((score, i) => {
    const pack = table.scored[i] as LanguageSignals;
    if (score > bestScore || (score > 0 && score === bestScore && best && rank(pack.lang) > rank(best.lang))) {
      best = pack;
      bestScore = score;
    }
  });
  return best ? best.lang : fallback(enabled, hint);
}
