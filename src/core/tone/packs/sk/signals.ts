import type { LanguageSignals } from '../../pack';

/**
 * What tells Slovak apart for the language detector (../../detect.ts): its script or
 * boundary, stopwords and distinctive letters, and how its letters are typed without diacritics.
 * The rule pack (index.ts) includes it; the sidebar's detector (../../language.ts) needs only this.
 */
export const signals: LanguageSignals = {
  lang: 'sk',
  spellings: {
    á: ['a'], ä: ['a'], č: ['c'], ď: ['d'], é: ['e'], í: ['i'], ĺ: ['l'], ľ: ['l'], ň: ['n'], ó: ['o'], ô: ['o'], ŕ: ['r'],
    š: ['s'], ť: ['t'], ú: ['u'], ý: ['y'], ž: ['z'],
  },
  stopwords: [
    'a', 'je', 'sa', 'na', 'som', 'to', 'že', 'mi', 'sú', 'ste', 'ako', 'pre', 'ale', 'už', 'by', 'čo',
    'prosím', 'ďakujem', 'dobrý', 'deň', 'mám', 'bol', 'bola', 'ešte', 'kedy', 'prečo', 'môžete', 'vám',
    'vás', 'môj', 'moja', 'moju', 'nie', 'aj', 'tak', 'tento', 'táto', 'do', 'po', 'kde', 'stále',
    'co', 'ci', 'uz', 'ze', 'si', 'ty', 'vy', 'moje', 'môjho', 'mne', 'ma', 'úplne', 'nič', 'niečo', 'zase', 'dnes', 'peniaze', 'balík', 'objednávku', 'objednávka', 'fakt', 'tu', 'ten', 'tá', 'za', 'sme', 'nemám', 'máte', 'ďalej', 'vôbec', 'normálny',
  ],
  letters: 'ľĺŕäôčšťžýňď',
};
