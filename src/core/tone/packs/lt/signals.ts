import type { LanguageSignals } from '../../pack';

/**
 * What tells Lithuanian apart for the language detector (../../detect.ts): its script or
 * boundary, stopwords and distinctive letters, and how its letters are typed without diacritics.
 * The rule pack (index.ts) includes it; the sidebar's detector (../../language.ts) needs only this.
 */
export const signals: LanguageSignals = {
  lang: 'lt',
  spellings: { ą: ['a'], č: ['c'], ę: ['e'], ė: ['e'], į: ['i'], š: ['s'], ų: ['u'], ū: ['u'], ž: ['z'] },
  stopwords: [
    'ir', 'kad', 'į', 'su', 'ne', 'yra', 'bet', 'aš', 'man', 'mano', 'jūs', 'jūsų', 'jums', 'dėl', 'kaip',
    'ar', 'tai', 'jau', 'dar', 'prašau', 'ačiū', 'laba', 'diena', 'kada', 'kodėl', 'gal', 'galite',
    'buvo', 'bus', 'iki', 'nuo', 'per', 'kartus', 'pinigus', 'pinigų', 'vis', 'labai', 'kur', 'šis', 'ši', 'užsakymo', 'siuntinys',
    'tu', 'mums', 'kas', 'nieko', 'visi', 'viską', 'čia', 'užsakymas', 'siuntinį', 'dabar', 'vėl', 'labas', 'sveiki',
    'už', 'uz',
  ],
  letters: 'ąčęėįšųūž',
};
