/**
 * Parley's user settings: one flat record with defaults, a version and a runtime schema per
 * field. Stored in storage.sync, one key per field (`settings:<field>`), so writing one setting
 * never rewrites the others and no single item nears sync's per-item quota. Stored data is
 * untrusted and may be older than this code: src/platform/settings-store.ts validates every field
 * and falls back to its default.
 */
import { arr, bool, oneOf, str, type Schema } from './validate';

/** Bump when a stored field changes meaning; add the step to `migrations` in the store. */
export const SETTINGS_VERSION = 1;

/**
 * The tone categories a user can switch off. Mirrors the engine's categories
 * (src/core/tone/types.ts); shared/ may not import core, so content checks the two agree.
 */
export const TONE_CATEGORY_IDS = [
  'exclaim',
  'shouting',
  'insult',
  'profanity',
  'blame',
  'sarcasm',
  'threat',
  'demand',
  'dismissive',
  'length',
  'burst',
] as const;
export type ToneCategoryId = (typeof TONE_CATEGORY_IDS)[number];

export const SENSITIVITIES = ['low', 'normal', 'high'] as const;

/** How long transcripts are kept after their last activity. */
export const RETENTION_PERIODS = ['forever', '30d', '90d', '365d'] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];

export interface Settings {
  /**
   * How readily the tone check speaks up: 'low' drops milder lexical findings, 'high' adds
   * informational ones.
   * @default 'normal'
   */
  'tone.sensitivity': (typeof SENSITIVITIES)[number];
  /** Tone categories the user switched off. @default [] */
  'tone.disabledCategories': ToneCategoryId[];
  /** "Never hold the send": findings are shown, but nothing waits for the user. @default false */
  'tone.neverHold': boolean;
  /** Hold the send on burst and length findings too (normally only a gentle note). @default false */
  'tone.holdCoaching': boolean;
  /** Host names (of the page the user sees) where the tone check and send gate are off. @default [] */
  'tone.offSites': string[];
  /** Hide payment card numbers (Luhn-checked) before a transcript is stored. @default true */
  'transcripts.redactCards': boolean;
  /** Hide bank account numbers (IBAN) before a transcript is stored. @default false */
  'transcripts.redactIbans': boolean;
  /** Hide one-time codes (OTP, PIN, TAN) before a transcript is stored. @default false */
  'transcripts.redactCodes': boolean;
  /** Delete conversations this long after their last activity. @default 'forever' */
  'transcripts.retention': RetentionPeriod;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  'tone.sensitivity': 'normal',
  'tone.disabledCategories': [],
  'tone.neverHold': false,
  'tone.holdCoaching': false,
  'tone.offSites': [],
  'transcripts.redactCards': true,
  'transcripts.redactIbans': false,
  'transcripts.redactCodes': false,
  'transcripts.retention': 'forever',
});

/** One schema per field; a stored value that fails it is replaced by the default. */
export const SETTINGS_SCHEMA: { [K in SettingKey]: Schema<Settings[K]> } = {
  'tone.sensitivity': oneOf(SENSITIVITIES),
  'tone.disabledCategories': arr(oneOf(TONE_CATEGORY_IDS), TONE_CATEGORY_IDS.length),
  'tone.neverHold': bool,
  'tone.holdCoaching': bool,
  'tone.offSites': arr(str(253), 1_000),
  'transcripts.redactCards': bool,
  'transcripts.redactIbans': bool,
  'transcripts.redactCodes': bool,
  'transcripts.retention': oneOf(RETENTION_PERIODS),
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
