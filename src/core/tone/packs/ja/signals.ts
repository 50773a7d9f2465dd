import type { LanguageSignals } from '../../pack';

/**
 * What tells Japanese apart for the language detector (../../detect.ts): its script or
 * boundary, stopwords and distinctive letters, and how its letters are typed without diacritics.
 * The rule pack (index.ts) includes it; the sidebar's detector (../../language.ts) needs only this.
 */
export const signals: LanguageSignals = {
  lang: 'ja',
  boundary: 'substring',
  stopwords: ['です', 'ます', 'ください', 'ありがとう', 'お願い', 'について', 'ません', 'ました', 'でした'],
  letters: 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろわをんァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロワヲンー',
};
