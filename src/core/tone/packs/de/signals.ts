import type { LanguageSignals } from '../../pack';

/**
 * What tells German apart for the language detector (../../detect.ts): its script or
 * boundary, stopwords and distinctive letters, and how its letters are typed without diacritics.
 * The rule pack (index.ts) includes it; the sidebar's detector (../../language.ts) needs only this.
 */
export const signals: LanguageSignals = {
  lang: 'de',
  capitalisedNouns: true,
  spellings: { ä: ['ae', 'a'], ö: ['oe', 'o'], ü: ['ue', 'u'], ß: ['ss'] },
  stopwords: [
    'und', 'ich', 'nicht', 'die', 'der', 'das', 'ist', 'sie', 'mit', 'ein', 'eine', 'auf', 'für', 'mein',
    'meine', 'habe', 'wird', 'noch', 'bitte', 'danke', 'schon', 'auch', 'wie', 'wann', 'warum', 'kann',
    'können', 'ihr', 'ihre', 'ihnen', 'bei', 'nach', 'wurde', 'sind', 'aber', 'oder', 'dass', 'mir', 'doch',
    'du', 'bist', 'dich', 'dir', 'dein', 'deine', 'deinen', 'euch', 'euer', 'eure', 'euren', 'seid', 'habt', 'hab', 'wo', 'was', 'mal', 'jetzt', 'endlich', 'wieder', 'mich', 'uns', 'hier', 'geld', 'paket', 'weil', 'wenn', 'sonst', 'gar', 'nichts', 'kein', 'keine', 'ja', 'nein', 'hallo',
  ],
  letters: 'äöüß',
};
