import type { HostileCategory, Lang, Severity } from './types';

/**
 * The data format of a language's rule pack (`src/core/tone/packs/<lang>/`). Phrases are data;
 * the engine compiles every pack once, at first use, into one Unicode-aware alternation per pack.
 *
 * Phrase syntax (all lowercase, as text looks after NFKC + lowercasing):
 * - words separated by one space; the space matches any run of whitespace and punctuation
 *   between words ("you people" matches "you, people" and "you   people");
 * - a word ending in `*` is a stem: any letters may follow (`idiot*` → idiots, idiotic;
 *   sk `debil*` → debilovia, debilom). Use it for inflection and plurals;
 * - `(a|b|c)` inside a word lists literal alternatives (`(is|are)`); an alternative may be empty
 *   (`idiot(|s)`) or hold several words (`(can't you|do you even) read`);
 * - a word `~N` (N = 1…5) allows up to N arbitrary words in between
 *   (`you ~2 idiot*` → "you complete idiot", "you are an idiot");
 * - boundaries are Unicode-aware word boundaries (letters and digits per `\p{L}\p{N}`), never
 *   ASCII `\b`. Packs with `boundary: 'substring'` (Japanese) match anywhere.
 */
export interface PhraseRule {
  /** Unique within the pack; the finding's rule id is `<lang>/<id>`. */
  id: string;
  category: HostileCategory;
  severity: Severity;
  phrases: string[];
  /**
   * A calm rewrite. `message` is a calm sentence in the pack's language (an I-statement for
   * blame, insult, profanity and sarcasm, a request instead of an ultimatum): the engine puts it
   * in place of every sentence the rule hits, so the suggestion for the whole message keeps the
   * user's other sentences (order number, facts). `span`, if given, replaces just the matched
   * words and must not be empty: deleting a word leaves broken sentences ("go  yourself").
   */
  rewrite: { message: string; span?: string };
  /** Message key override; default `tone_<category>`. */
  message?: string;
  /**
   * Whether a negation cue shortly before the hit demotes it (strong → consider, consider →
   * info). Default true for insult and profanity, false otherwise.
   */
  negatable?: boolean;
  /**
   * Whether an allow phrase that overlaps the hit suppresses it (the look-alike the allow phrase
   * exists for: "sofort mit einem Vorgesetzten, sonst…"). An allow phrase elsewhere in the
   * sentence never hides anything ("Shame on you, I'm cancelling"). Default true for threat,
   * demand and blame, false otherwise. Set it to false for threats of harm and "you'll regret
   * this", which no mention of a lawyer or a review makes acceptable.
   */
  allowable?: boolean;
  /** Should-flag and should-pass sentences; they run as unit tests (`tests/unit/tone/packs`). */
  examples: { flag: string[]; pass: string[] };
}

export interface LanguagePack {
  lang: Lang;
  /** 'word' (default) or 'substring' (Japanese: no spaces between words). */
  boundary?: 'word' | 'substring';
  rules: PhraseRule[];
  /**
   * Negation cues (phrases, same syntax). A cue up to 3 words before a hit, in the same clause,
   * or inside the hit where the phrase does not spell it ("you are never useless"), marks the hit
   * as negated: it drops to `info`, shown only at the highest sensitivity.
   */
  negation: string[];
  /**
   * Words that, right after a comma, keep a negated clause going: "Ich sage nicht, dass Sie…",
   * "Netvrdím, že ste…". Any other comma ends the cue's reach ("I don't care, you idiot").
   */
  clauseJoins?: string[];
  /**
   * Firm-but-polite escalation that must never be flagged (warranty, chargeback, consumer
   * authority, supervisor, review, cancel, calm legal steps, "I'm frustrated that…"). A
   * threat/demand/blame hit inside the same sentence as an allow phrase is suppressed.
   */
  allow: string[];
  /**
   * Lower-case words, or two-word phrases, after which a capitalised word is a name or a place
   * rather than a swear word ("ship to Twatt", "calls me Dick", "in Fickmühlen"); see
   * `context/names.ts`. Profanity hits only.
   */
  nameCues?: string[];
  /** Whether the language capitalises every noun (German): capitals alone then say nothing. */
  capitalisedNouns?: boolean;
  /** Whole words that contain a listed phrase but are innocent (Scunthorpe guard). */
  safeWords: string[];
  /**
   * Lower-case words after which capitals are a label the user reads out, not shouting: "the
   * screen says UPDATE REQUIRED", "Obrazovka ukazuje CHYBA SYSTÉMU", "l'écran affiche MISE À
   * JOUR REQUISE".
   */
  labelCues?: string[];
  /** Acronyms and brand spellings in capitals that are not shouting (e.g. GMBH, DPD). */
  acronyms?: string[];
  /**
   * Other ways chat users type a letter, when the keyboard lacks it or they skip diacritics:
   * de `ä → ae, a`, `ß → ss`; sk `č → c`; lt `ė → e`. Every phrase, negation cue, allow phrase
   * and safe word then matches those spellings too ("arschloecher", "dakujem za nic"), and the
   * detector also knows the stopwords spelled that way.
   */
  spellings?: Readonly<Record<string, readonly string[]>>;
  /** Frequent short function words, used by the language detector on short texts. */
  stopwords: string[];
  /** Characters distinctive for the language (e.g. "ľščťžýáíéôň" for Slovak), for detection. */
  letters?: string;
  /** Rambling thresholds; defaults 120 words / 700 characters, first sentence 40 words. */
  length?: { maxWords?: number; maxChars?: number; firstSentenceWords?: number };
}

/** What the language detector reads of a pack (each pack's signals.ts). */
export type LanguageSignals = Pick<LanguagePack, 'lang' | 'boundary' | 'stopwords' | 'letters' | 'spellings' | 'capitalisedNouns'>;
