/**
 * Parley's user settings: one flat record with defaults, a version and a runtime schema per
 * field. Stored in storage.sync, one key per field (`settings:<field>`), so writing one setting
 * never rewrites the others and no single item nears sync's per-item quota. Stored data is
 * untrusted and may be older than this code: src/platform/settings-store.ts validates every field
 * and falls back to its default.
 */
import { arr, bool, InvalidPayload, oneOf, type Schema } from './validate';

/** Bump when a stored field changes meaning; add the step to `migrations` in the store. */
export const SETTINGS_VERSION = 3;

/** The storage key of a field in storage.sync. */
export const SETTINGS_PREFIX = 'settings:';

/**
 * storage.sync refuses an item whose key plus JSON value is over 8,192 bytes (QUOTA_BYTES_PER_ITEM,
 * the same in Chrome and Firefox), so a list field is capped by its size, not only its length.
 */
export const SYNC_ITEM_BYTES = 8_192;

/** The bytes storage.sync counts for a settings field: its key plus its value as JSON. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(SETTINGS_PREFIX + key + JSON.stringify(value)).length;
}

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

/** The seven languages of the interface and the tone packs (mirrors src/core/tone/types.ts). */
export const LANGUAGES = ['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr'] as const;
export type LanguageId = (typeof LANGUAGES)[number];
export const UI_LANGUAGES = ['auto', ...LANGUAGES] as const;

/** Where Parley runs: everywhere, everywhere except the listed sites, or only on them. */
export const SITE_MODES = ['everywhere', 'except', 'only'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** How long transcripts are kept after their last activity. */
export const RETENTION_PERIODS = ['forever', '30d', '90d', '365d'] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];

export interface Settings {
  /** Interface language; 'auto' follows the browser. @default 'auto' */
  'ui.language': (typeof UI_LANGUAGES)[number];
  /** Tone rule packs in use (the draft's language is detected among them). @default all seven */
  'tone.languages': LanguageId[];
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
  /** Where Parley runs (detection, sidebar, tone check, transcripts). @default 'everywhere' */
  'sites.mode': SiteMode;
  /**
   * Sites where Parley stays off in mode 'except' (host names of the page the user sees; a listed
   * host covers its subdomains). "Pause Parley on this site" adds to it. @default []
   */
  'sites.except': string[];
  /** Sites where Parley runs in mode 'only' (host names, covering subdomains). @default [] */
  'sites.only': string[];
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
  'ui.language': 'auto',
  'tone.languages': [...LANGUAGES],
  'tone.sensitivity': 'normal',
  'tone.disabledCategories': [],
  'tone.neverHold': false,
  'tone.holdCoaching': false,
  'sites.mode': 'everywhere',
  'sites.except': [],
  'sites.only': [],
  'transcripts.redactCards': true,
  'transcripts.redactIbans': false,
  'transcripts.redactCodes': false,
  'transcripts.retention': 'forever',
});

/** A host name as the user may type it, normalised: lower case, no scheme, path or port. */
export function normaliseHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  try {
    const host = new URL(text).hostname.replace(/^www\./, '').replace(/\.$/, '');
    return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

const host: Schema<string> = (v, p) => {
  const normalised = typeof v === 'string' ? normaliseHost(v) : null;
  if (normalised === null) throw new InvalidPayload(p, 'a host name');
  return normalised;
};

/** Host names for field `key`, each once, as many as fit in its storage.sync item. */
const hostList =
  (key: SettingKey): Schema<string[]> =>
  (v, p) => {
    const list = [...new Set(arr(host, 2_000)(v, p))];
    if (syncItemBytes(key, list) > SYNC_ITEM_BYTES) throw new InvalidPayload(p, `a list of at most ${SYNC_ITEM_BYTES} bytes`);
    return list;
  };

/** The list a site mode reads: 'except' → `sites.except`, 'only' → `sites.only`, 'everywhere' → none. */
export function siteListKey(mode: SiteMode): 'sites.except' | 'sites.only' | null {
  return mode === 'except' ? 'sites.except' : mode === 'only' ? 'sites.only' : null;
}

/** Whether a listed host covers `site` (itself or a subdomain of it). */
export function hostCovers(listed: string, site: string): boolean {
  const bare = site.toLowerCase().replace(/^www\./, '');
  return bare === listed || bare.endsWith(`.${listed}`);
}

export type SiteSettings = Pick<Settings, 'sites.mode' | 'sites.except' | 'sites.only'>;

/** Whether Parley runs on a page whose top-level host is `site`. */
export function parleyRunsOn(settings: SiteSettings, site: string): boolean {
  const mode = settings['sites.mode'];
  if (mode === 'everywhere') return true;
  const listed = settings[mode === 'only' ? 'sites.only' : 'sites.except'].some((h) => hostCovers(h, site));
  return mode === 'only' ? listed : !listed;
}

/** One schema per field; a stored value that fails it is replaced by the default. */
export const SETTINGS_SCHEMA: { [K in SettingKey]: Schema<Settings[K]> } = {
  'ui.language': oneOf(UI_LANGUAGES),
  'tone.languages': arr(oneOf(LANGUAGES), LANGUAGES.length),
  'tone.sensitivity': oneOf(SENSITIVITIES),
  'tone.disabledCategories': arr(oneOf(TONE_CATEGORY_IDS), TONE_CATEGORY_IDS.length),
  'tone.neverHold': bool,
  'tone.holdCoaching': bool,
  'sites.mode': oneOf(SITE_MODES),
  'sites.except': hostList('sites.except'),
  'sites.only': hostList('sites.only'),
  'transcripts.redactCards': bool,
  'transcripts.redactIbans': bool,
  'transcripts.redactCodes': bool,
  'transcripts.retention': oneOf(RETENTION_PERIODS),
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
