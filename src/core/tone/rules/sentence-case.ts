import type { Lang } from '../types';
import { classAt, classOfUnit, LOWER, NUMBER, OTHER, pairAt, unitClasses, UPPER } from '../chars';
import { fromUnits } from '../units';

/** Capitalised words that are not shouting: common acronyms and brand spellings. */
export const CORE_ACRONYMS: ReadonlySet<string> = new Set([
  'IBAN', 'SWIFT', 'SEPA', 'HTTP', 'HTTPS', 'HTML', 'JSON', 'GMBH', 'GDPR', 'DSGVO', 'RGPD', 'USPS',
  'FEDEX', 'ISBN', 'IMEI', 'BIOS', 'UEFI', 'WIFI', 'WLAN', 'HDMI', 'AMEX', 'VISA', 'IKEA', 'NASA',
  'ASUS', 'NVIDIA', 'PAYPAL', 'UNESCO', 'UNICEF', 'OXFAM', 'NATO', 'SMTP', 'IMAP', 'VPN', 'AHOJ', 'PSD2',
  'SARL', 'GMBH', 'CORP',
]);

/**
 * German capitalises every noun, so a shouted German word cannot simply be lower-cased ("MEIN
 * GELD" → "mein Geld"). A word is taken for a noun when its ending says so (-ung, -heit, -keit,
 * -schaft, -tion, -tät, -nis…), when it is a noun chat messages use all the time, or when a
 * determiner comes right before it and it is not an adjective leading to a further word.
 */
const DE_NOUN_ENDINGS = ['ung', 'heit', 'keit', 'schaft', 'tion', 'sion', 'tät', 'nis', 'ment', 'ismus', 'chen', 'lein', 'ling', 'tum', 'nummer', 'zeit', 'geld'];
const DE_NOUNS = new Set([
  'geld', 'paket', 'pakete', 'ware', 'kunde', 'kunden', 'service', 'firma', 'laden', 'antwort', 'antworten', 'problem', 'probleme',
  'frage', 'fragen', 'termin', 'woche', 'wochen', 'tag', 'tage', 'tagen', 'monat', 'monate', 'monaten', 'euro', 'konto', 'karte', 'adresse',
  'mail', 'email', 'hotline', 'chat', 'mitarbeiter', 'vertrag', 'abo', 'preis', 'fehler', 'ersatz', 'gerät', 'handy', 'telefon', 'auto',
  'kundendienst', 'kundenservice', 'support', 'rückerstattung', 'erstattung', 'lieferung', 'bestellung', 'rechnung', 'sendung', 'stunde',
  'stunden', 'minute', 'minuten', 'leute', 'herr', 'frau', 'artikel', 'produkt',
]);
const DE_DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem',
  'keiner', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'dein', 'deine', 'deinen', 'deinem', 'sein', 'seine', 'seinen',
  'unser', 'unsere', 'unseren', 'euer', 'eure', 'euren', 'eurem', 'zum', 'zur', 'im', 'am', 'vom', 'beim', 'ins', 'diese', 'dieser',
  'dieses', 'diesen', 'diesem', 'welche', 'welcher', 'welches',
]);
/** Words that are never nouns and stop an adjective reading ("DIE WARE IST" → Ware is the noun). */
const DE_FUNCTION = new Set([
  'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'hat', 'haben', 'habe', 'hatte', 'nicht', 'noch', 'schon', 'auch', 'und',
  'oder', 'aber', 'doch', 'immer', 'nie', 'so', 'sehr', 'jetzt', 'endlich', 'wieder', 'kann', 'können', 'muss', 'soll', 'will', 'mal',
  'da', 'hier', 'weg', 'kaputt', 'zurück', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'zu', 'für', 'in', 'um', 'ab', 'bis',
]);
/** Pronouns of polite address, capitalised in German whatever their place. */
const DE_POLITE = new Set(['sie', 'ihnen', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres']);

/** What a German word's form says: a noun by itself, or an adjective ending. */
interface GermanForm {
  noun: boolean;
  adjectiveEnding: boolean;
}

function germanForm(word: string): GermanForm {
  return {
    noun: DE_NOUNS.has(word) || DE_NOUN_ENDINGS.some((e) => word.length > e.length + 2 && word.endsWith(e)),
    adjectiveEnding: /(?:e|en|er|es|em)$/.test(word),
  };
}

function germanNoun(word: string, form: GermanForm, prev: string | undefined, next: string | undefined): boolean {
  if (form.noun) {
    return true;
  }
  if (prev === undefined || !DE_DETERMINERS.has(prev) || DE_FUNCTION.has(word)) {
    return false;
  }
  return !(form.adjectiveEnding && next !== undefined && !DE_FUNCTION.has(next));
}

/** Marks that may open a sentence before its first letter. */
const OPENING = '¿¡"«„“‚‘\'(';
/** The longest acronym worth looking up. */
const MAX_ACRONYM = 12;
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

/** Growable UTF-16 output. */
class Units {
  buf: Uint16Array;
  length = 0;
  constructor(size: number) {
    this.buf = new Uint16Array(size);
  }
  push(c: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint16Array(this.buf.length * 2 + 16);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = c;
  }
  pushString(s: string): void {
    for (let i = 0; i < s.length; i++) {
      this.push(s.charCodeAt(i));
    }
  }
}

/** Upper case of one code unit, when it stays one code unit. */
function upperUnit(c: number): number {
  if (c >= 0x61 && c <= 0x7a) {
    return c - 32;
  }
  if (c < 0x80) {
    return c;
  }
  const up = String.fromCharCode(c).toUpperCase();
  return up.length === 1 ? up.charCodeAt(0) : c;
}

/**
 * Capitalises, in place, the first letter of each sentence: at the start (when `atStart`) and
 * after . ! ? … and blanks, past any ¿ ¡ or opening quote, if it is a lower-case letter.
 */
function capitaliseSentences(out: Units, atStart: boolean): void {
  const buf = out.buf;
  let expect = atStart;
  for (let i = 0; i < out.length; i++) {
    const c = buf[i] as number;
    if (expect) {
      if (OPENING.includes(String.fromCharCode(c))) {
        continue;
      }
      if (classOfUnit(c) === LOWER) {
        buf[i] = upperUnit(c);
      }
      expect = false;
    }
    if (isTerminal(c) && i + 1 < out.length && isBlank(buf[i + 1] as number)) {
      while (i + 1 < out.length && isBlank(buf[i + 1] as number)) {
        i++;
      }
      expect = true;
    }
  }
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Sentence case for shouted text: lower-case the words written all in capitals (acronyms, codes
 * and English "I" excepted), leave words already in mixed or lower case as they were (names, and
 * German nouns the user did capitalise), give shouted German nouns back their capital, then
 * capitalise the first letter of each sentence, after any ¿ ¡ or opening quote.
 * `atStart` says whether the text begins a sentence. One pass over code units: a pasted wall of
 * capitals costs no string per character.
 */
export function sentenceCase(text: string, lang: Lang, acronyms: ReadonlySet<string>, atStart: boolean): string {
  const n = text.length;
  // Words: runs of letters, marks, digits and apostrophes.
  const starts: number[] = [];
  const ends: number[] = [];
  /** 1: has a lower-case letter or a digit (left as written); 2: ASCII only. */
  const flags: number[] = [];
  const table = unitClasses();
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const k = c === 39 || c === 0x2019 ? UPPER : table[c] || classAt(text, i);
    if (k === OTHER) {
      i += pairAt(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    let written = false;
    let ascii = true;
    for (;;) {
      const u = text.charCodeAt(i);
      const kk = u === 39 || u === 0x2019 ? UPPER : table[u] || classAt(text, i);
      if (kk === OTHER) {
        break;
      }
      written ||= kk === LOWER || kk === NUMBER;
      ascii &&= u < 0x80;
      i += pairAt(text, i) ? 2 : 1;
      if (i >= n) {
        break;
      }
    }
    starts.push(start);
    ends.push(i);
    flags.push((written ? 1 : 0) | (ascii ? 2 : 0));
  }
  const lows: (string | undefined)[] = [];
  const lowerOf = (w: number): string | undefined =>
    w < 0 || w >= starts.length ? undefined : (lows[w] ??= text.slice(starts[w], ends[w]).toLowerCase());
  const forms = new Map<string, GermanForm>();
  const out = new Units(n + 16);
  let last = 0;
  for (let w = 0; w < starts.length; w++) {
    const start = starts[w] as number;
    const end = ends[w] as number;
    const flag = flags[w] as number;
    if (flag & 1) {
      continue;
    }
    const word = end - start <= MAX_ACRONYM ? text.slice(start, end) : undefined;
    if (word !== undefined && (acronyms.has(word) || CORE_ACRONYMS.has(word))) {
      continue;
    }
    for (let i = last; i < start; i++) {
      out.push(text.charCodeAt(i));
    }
    last = end;
    if (lang === 'en' && text.charCodeAt(start) === 73 && (end - start === 1 || text.charCodeAt(start + 1) === 39 || text.charCodeAt(start + 1) === 0x2019)) {
      // English "I", "I'M" → "I'm".
      out.push(73);
      out.pushString(text.slice(start + 1, end).toLowerCase());
      continue;
    }
    let noun = false;
    if (lang === 'de') {
      const low = lowerOf(w) as string;
      let form = forms.get(low);
      if (!form) {
        form = germanForm(low);
        forms.set(low, form);
      }
      noun = germanNoun(low, form, lowerOf(w - 1), lowerOf(w + 1)) || (DE_POLITE.has(low) && w > 0);
      if (!(flag & 2)) {
        out.pushString(noun ? capitalise(low) : low);
        continue;
      }
    }
    if (flag & 2) {
      // ASCII: lower-case by code, the first letter of a German noun kept upper case.
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        out.push(c >= 65 && c <= 90 && !(noun && i === start) ? c + 32 : c);
      }
    } else {
      out.pushString(text.slice(start, end).toLowerCase());
    }
  }
  for (let i = last; i < n; i++) {
    out.push(text.charCodeAt(i));
  }
  capitaliseSentences(out, atStart);
  return fromUnits(out.buf, out.length);
}
