import type { LanguageSignals } from '../../pack';

/**
 * What tells English apart for the language detector (../../detect.ts): its script or
 * boundary, stopwords and distinctive letters, and how its letters are typed without diacritics.
 * The rule pack (index.ts) includes it; the sidebar's detector (../../language.ts) needs only this.
 */
export const signals: LanguageSignals = {
  lang: 'en',
  stopwords: [
    'the', 'and', 'you', 'your', 'is', 'are', 'to', 'of', 'my', 'it', 'this', 'that', 'with', 'for', 'have', 'has', 'was', 'not',
    'please', 'can', 'what', "i'm", 'order', 'thanks', 'thank', 'hi', 'hello', 'would', 'could', 'be', 'been', 'on', 'just',
    'why', 'when', 'where', 'how', 'still', 'yet', 'i', 'me', 'we', 'they', 'will', "don't", "it's", 'refund', 'of', 'at',
  ],
};
