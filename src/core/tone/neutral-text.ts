import type { Lang } from './types';

/**
 * Rewrites for the language-neutral rules, per language. Kept here (a few strings each) rather
 * than in the packs so that every language has them whether or not its pack is loaded.
 */
export interface NeutralText {
  /** What replaces a run of exclamation marks. */
  period: string;
  /** What replaces `?!`-style runs. */
  question: string;
  /** Rewrite for rambling messages: lead with the request. */
  length: string;
  /** Rewrite for several messages in a row. */
  burst: string;
  /** A calm sentence in place of one that carries a hostile emoji (🖕, 🤬). */
  calm: string;
}

export const NEUTRAL_TEXT: Record<Lang, NeutralText> = {
  en: {
    period: '.',
    question: '?',
    length: 'Put your request in the first line, then the order number and the key facts.',
    burst: "Wait for the agent's reply, or put everything into one message.",
    calm: "I'm really frustrated about this. Please help me sort it out.",
  },
  de: {
    period: '.',
    question: '?',
    length: 'Schreiben Sie Ihr Anliegen in die erste Zeile, danach die Bestellnummer und die wichtigsten Fakten.',
    burst: 'Warten Sie die Antwort ab oder fassen Sie alles in einer Nachricht zusammen.',
    calm: 'Das ärgert mich wirklich. Bitte helfen Sie mir, das zu klären.',
  },
  sk: {
    period: '.',
    question: '?',
    length: 'Napíšte svoju požiadavku do prvého riadku, potom číslo objednávky a hlavné fakty.',
    burst: 'Počkajte na odpoveď alebo všetko zhrňte do jednej správy.',
    calm: 'Veľmi ma to hnevá. Prosím, pomôžte mi to vyriešiť.',
  },
  ja: {
    period: '。',
    question: '？',
    length: '最初の行に用件を書き、その後に注文番号と要点を添えてください。',
    burst: '担当者の返信を待つか、1つのメッセージにまとめてください。',
    calm: '本当に困っています。解決にご協力いただけますか。',
  },
  lt: {
    period: '.',
    question: '?',
    length: 'Pirmoje eilutėje parašykite savo prašymą, tada užsakymo numerį ir svarbiausius faktus.',
    burst: 'Palaukite atsakymo arba viską sujunkite į vieną žinutę.',
    calm: 'Mane tai labai erzina. Prašau padėti tai išspręsti.',
  },
  es: {
    period: '.',
    question: '?',
    length: 'Pon tu petición en la primera línea y después el número de pedido y los datos clave.',
    burst: 'Espera la respuesta del agente o reúne todo en un solo mensaje.',
    calm: 'Esto me está molestando mucho. Por favor, ayúdenme a resolverlo.',
  },
  fr: {
    period: '.',
    question: '?',
    length: "Indiquez votre demande dès la première ligne, puis le numéro de commande et les faits essentiels.",
    burst: "Attendez la réponse de l'agent ou regroupez tout en un seul message.",
    calm: "Cela m'agace vraiment. Pouvez-vous m'aider à régler ce problème ?",
  },
};
