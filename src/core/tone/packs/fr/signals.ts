import type { LanguageSignals } from '../../pack';

/**
 * What tells French apart for the language detector (../../detect.ts): its script or
 * boundary, stopwords and distinctive letters, and how its letters are typed without diacritics.
 * The rule pack (index.ts) includes it; the sidebar's detector (../../language.ts) needs only this.
 */
export const signals: LanguageSignals = {
  lang: 'fr',
  stopwords: [
    'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'je', 'vous', 'votre', 'vos', 'nous', 'il', 'elle', 'ce', 'cette',
    'ça', 'pas', 'ne', 'pour', 'avec', 'sur', 'dans', 'qui', 'que', 'mais', 'ou', 'où', 'mon', 'mes', 'merci', 'bonjour',
    "c'est", "j'ai", "n'est", "d'un", "d'une", "l'", 'suis', 'êtes', 'avez', 'pouvez', 'fait', 'depuis', 'toujours', 'encore',
    'rien', 'comme', 'au', 'aux', 'commande', 'colis', 'remboursement', 'moi', 'déjà', 'très', 'bien', 'aussi', 'quand', 'pourquoi',
    'quoi', 'quel', 'quelle', 'bon', 'était', 'été', 'avait', 'sont', 'fois', 'semaines', 'jours', 'sans', 'nouvelles', 'franchement', 'vraiment', 'juste', 'cela', 'ici',
    'oui', 'non', "d'accord", 'parfait', 'besoin', 'voudrais', 'veux', 'peux', 'svp', "s'il", 'plaît', 'madame', 'monsieur',
    'livraison', 'facture', 'aujourd\'hui', 'demain',
  ],
  letters: 'àâçèêëîïùûœ',
};
