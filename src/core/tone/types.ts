/**
 * Public types of the tone engine. Pure data: no browser API, no clock (times are passed in).
 */

/** The seven languages Parley's tone rules, templates and interface speak. */
export const LANGS = ['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** Hostile family: a finding here holds the send. */
export const HOSTILE_CATEGORIES = [
  'exclaim',
  'shouting',
  'insult',
  'profanity',
  'blame',
  'sarcasm',
  'threat',
  'demand',
  'dismissive',
] as const;
/** Coaching family: a gentle nudge, never holds the send unless the user asks for it. */
export const COACHING_CATEGORIES = ['length', 'burst'] as const;

export type HostileCategory = (typeof HOSTILE_CATEGORIES)[number];
export type CoachingCategory = (typeof COACHING_CATEGORIES)[number];
export type Category = HostileCategory | CoachingCategory;
export type Family = 'hostile' | 'coaching';

export type Severity = 'info' | 'consider' | 'strong';
export type Sensitivity = 'low' | 'normal' | 'high';

/**
 * A message to show the user: an i18n key (present in `public/_locales/<lang>/messages.json`)
 * plus positional parameters ($1, $2 … in the locale string). Rendered in the UI language by
 * whoever displays it; `renderMessage` in `./render.ts` does it given a lookup function.
 */
export interface ToneMessage {
  key: string;
  params?: string[];
}

/** A calm rewrite: either for the finding's span or for the whole message. */
export interface Suggestion {
  scope: 'span' | 'message';
  text: string;
}

export interface Finding {
  /** Stable rule id, `<lang>/<rule>` for pack rules or `core/<rule>` for language-neutral ones. */
  rule: string;
  category: Category;
  family: Family;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text (normalisation mapped back); start < end. */
  start: number;
  end: number;
  /** Language of the pack that produced it (or the detected language for neutral rules). */
  lang: Lang;
  message: ToneMessage;
  suggestions: Suggestion[];
  /**
   * The rule's calm sentence (an I-statement or a request) that can stand in for the sentence
   * holding the finding, when the rule has one. The whole-message suggestion is built from these.
   */
  calm?: string;
}

/** Pacing history for the `burst` rule. Times are epoch milliseconds. */
export interface PacingHistory {
  /** Times of the customer's own sends in this conversation, oldest first. */
  customerSends: number[];
  /** Times of the agent's replies, oldest first. */
  agentReplies: number[];
}

export interface AnalyzeOptions {
  /** Enabled rule packs (default: all seven). */
  languages?: readonly Lang[];
  /** A language hint (e.g. from the browser's detector or the chat's detected language). */
  lang?: Lang;
  /** Default 'normal'. 'low' drops `consider` findings of lexical rules; 'high' adds `info` ones. */
  sensitivity?: Sensitivity;
  /** For the burst rule: the recent sends and replies, and the time "now" (epoch ms). */
  history?: PacingHistory;
  now?: number;
  /** Categories turned off by the user. */
  disabled?: readonly Category[];
}

export interface Analysis {
  lang: Lang;
  findings: Finding[];
}
