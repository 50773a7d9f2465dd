import type { Lang } from '../types';
import { lazy } from '../lazy';

/** Capitalised words that are not shouting: common acronyms and brand spellings. */
export const CORE_ACRONYMS: ReadonlySet<string> = new Set([
  'IBAN', 'SWIFT', 'SEPA', 'HTTP', 'HTTPS', 'HTML', 'JSON', 'GMBH', 'GDPR', 'DSGVO', 'RGPD', 'USPS',
  'FEDEX', 'ISBN', 'IMEI', 'BIOS', 'UEFI', 'WIFI', 'WLAN', 'HDMI', 'AMEX', 'VISA', 'IKEA', 'NASA',
  'ASUS', 'NVIDIA', 'PAYPAL', 'UNESCO', 'UNICEF', 'OXFAM', 'NATO', 'SMTP', 'IMAP', 'VPN', 'AHOJ', 'PSD2',
  'SARL', 'GMBH', 'CORP',
]);

const RE = lazy(() => ({
  token: /[\p{L}\p{M}\p{N}'’]+/gu,
  digit: /\p{N}/u,
  lower: /\p{Ll}/u,
  // A sentence starts the text or follows . ! ? and blanks; opening marks (¿ ¡ quotes) may come first.
  sentence: /(^|[.!?…]\s+)([¿¡"«„“‚‘'(]*)(\p{Ll})/gu,
}));

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

function germanNoun(word: string, prev: string | undefined, next: string | undefined): boolean {
  if (DE_NOUNS.has(word) || DE_NOUN_ENDINGS.some((e) => word.length > e.length + 2 && word.endsWith(e))) {
    return true;
  }
  if (prev === undefined || !DE_DETERMINERS.has(prev) || DE_FUNCTION.has(word)) {
    return false;
  }
  const adjective = /(e|en|er|es|em)$/.test(word) && next !== undefined && !DE_FUNCTION.has(next);
  return !adjective;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Sentence case for shouted text: lower-case the words written all in capitals (acronyms, codes
 * and English "I" excepted), leave words already in mixed or lower case as they were (names, and
 * German nouns the user did capitalise), give shouted German nouns back their capital, then
 * capitalise the first letter of each sentence, after any ¿ ¡ or opening quote.
 * `atStart` says whether the text begins a sentence.
 */
export function sentenceCase(text: string, lang: Lang, acronyms: ReadonlySet<string>, atStart: boolean): string {
  const { token, digit, lower, sentence } = RE();
  const words = [...text.matchAll(token)].map((m) => m[0].toLowerCase());
  let k = 0;
  const lowered = text.replace(token, (word) => {
    const i = k++;
    if (lower.test(word) || acronyms.has(word) || CORE_ACRONYMS.has(word) || digit.test(word)) {
      return word;
    }
    if (lang === 'en' && (word === 'I' || /^I['’]/.test(word))) {
      return word.charAt(0) + word.slice(1).toLowerCase();
    }
    const low = word.toLowerCase();
    if (lang === 'de' && (germanNoun(low, words[i - 1], words[i + 1]) || (DE_POLITE.has(low) && i > 0))) {
      return capitalise(low);
    }
    return low;
  });
  return lowered.replace(sentence, (all, lead: string, marks: string, ch: string, offset: number) =>
    offset === 0 && lead === '' && !atStart ? all : lead + marks + ch.toUpperCase(),
  );
}
