/**
 * Reading and writing the user's settings (src/shared/settings-schema.ts) in storage.sync, so
 * they follow the user's browser profile. Stored values are untrusted: each field is validated
 * and replaced by its default when it fails; older stored versions are migrated step by step.
 * Only changed keys are written.
 */
import { browser } from './browser';
import { onStorageChanged } from './storage-events';
import {
  DEFAULT_SETTINGS,
  SETTINGS_PREFIX,
  SETTINGS_SCHEMA,
  SETTINGS_VERSION,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
} from '../shared/settings-schema';

const PREFIX = SETTINGS_PREFIX;
const VERSION_KEY = `${PREFIX}version`;

type Raw = Record<string, unknown>;

/**
 * Ordered steps from one stored version to the next, over the raw stored fields (without the
 * prefix). Version 0 is "nothing stored yet or written before versions existed".
 */
export const migrations: readonly { to: number; migrate: (raw: Raw) => Raw }[] = [
  { to: 1, migrate: (raw) => raw },
  // Version 2 widened the per-site switch from the tone check to all of Parley: the sites where
  // the tone check was off become "everywhere except" these sites.
  {
    to: 2,
    migrate: ({ 'tone.offSites': offSites, ...raw }) =>
      Array.isArray(offSites) && offSites.length > 0 && raw['sites.mode'] === undefined
        ? { ...raw, 'sites.mode': 'except', 'sites.list': offSites }
        : raw,
  },
  // Version 3 gave each site mode its own list: one shared list meant that sites listed for
  // "only on these sites" were switched off by "everywhere except" (and by pausing a site).
  // Under "everywhere" the old list was waiting for either mode, so both get it.
  {
    to: 3,
    migrate: ({ 'sites.list': list, ...raw }) => {
      if (!Array.isArray(list)) return raw;
      const mode = raw['sites.mode'];
      return {
        ...raw,
        ...(mode !== 'only' ? { 'sites.except': list } : {}),
        ...(mode !== 'except' ? { 'sites.only': list } : {}),
      };
    },
  },
];

/** Brings raw stored fields up to SETTINGS_VERSION. */
export function migrate(raw: Raw, from: number): Raw {
  let out = raw;
  for (const step of migrations) {
    if (step.to > from && step.to <= SETTINGS_VERSION) out = step.migrate(out);
  }
  return out;
}

/** Every field validated; anything missing or malformed takes its default. */
export function fillDefaults(raw: Raw): Settings {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    try {
      out[key] = raw[key] === undefined ? DEFAULT_SETTINGS[key] : SETTINGS_SCHEMA[key](raw[key], key);
    } catch {
      out[key] = DEFAULT_SETTINGS[key];
    }
  }
  return structuredClone(out) as unknown as Settings;
}

/** Fields that older versions stored and a migration step still reads. */
const LEGACY_KEYS = ['tone.offSites', 'sites.list'];

function unprefix(stored: Raw): Raw {
  const raw: Raw = {};
  for (const key of [...SETTING_KEYS, ...LEGACY_KEYS]) {
    if (stored[PREFIX + key] !== undefined) raw[key] = stored[PREFIX + key];
  }
  return raw;
}

async function loadStored(): Promise<{ settings: Settings; version: number }> {
  const stored = await browser.storage.sync.get([VERSION_KEY, ...[...SETTING_KEYS, ...LEGACY_KEYS].map((k) => PREFIX + k)]);
  const version = typeof stored[VERSION_KEY] === 'number' ? (stored[VERSION_KEY] as number) : 0;
  return { settings: fillDefaults(version < SETTINGS_VERSION ? migrate(unprefix(stored), version) : unprefix(stored)), version };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadStored()).settings;
}

/**
 * Validates and writes the given fields (only those that differ from what is stored). The first
 * write after an upgrade stores every migrated field, so the migration's result is kept.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const { settings: current, version } = await loadStored();
  const upgrade = version < SETTINGS_VERSION;
  const items: Raw = {};
  if (upgrade) {
    for (const key of SETTING_KEYS) items[PREFIX + key] = current[key];
  }
  for (const key of Object.keys(patch) as SettingKey[]) {
    if (!SETTING_KEYS.includes(key)) continue;
    const value = SETTINGS_SCHEMA[key](patch[key], key);
    if (upgrade || JSON.stringify(value) !== JSON.stringify(current[key])) items[PREFIX + key] = value;
  }
  if (Object.keys(items).length === 0) return;
  await browser.storage.sync.set({ ...items, [VERSION_KEY]: SETTINGS_VERSION });
  if (upgrade) await browser.storage.sync.remove(LEGACY_KEYS.map((k) => PREFIX + k));
}

/**
 * Settings from a backup (`parley-settings`): migrated from the version they were written with,
 * every field validated (a bad one takes its default), then all written. A backup from a newer
 * Parley keeps the fields this version knows.
 */
export async function importSettings(raw: Raw, version: number): Promise<void> {
  await saveSettings(fillDefaults(version < SETTINGS_VERSION ? migrate(raw, version) : raw));
}

/** Calls `listener` with the whole, validated settings after any of them changed. */
export function onSettingsChange(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some((k) => k.startsWith(PREFIX))) return;
    loadSettings().then(listener, () => undefined);
  };
  const unsubscribe = onStorageChanged(handler);
  signal.addEventListener('abort', unsubscribe, { once: true });
}
