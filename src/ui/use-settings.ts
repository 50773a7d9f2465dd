import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { loadSettings, onSettingsChange, saveSettings } from '../platform/settings-store';
import type { Settings } from '../shared/settings-schema';

export interface SettingsApi {
  settings: Settings | null;
  /** Writes a patch; resolves false (and sets `error`) when the browser refused it. */
  save(patch: Partial<Settings>): Promise<boolean>;
  /** Why the last save failed (storage.sync's quota or write rate, for instance), in words. */
  error: string;
}

/** The settings, kept current when another page (or device) changes them. */
export function useSettings(): SettingsApi {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    loadSettings().then(setSettings, () => undefined);
    onSettingsChange(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  const save = (patch: Partial<Settings>) =>
    saveSettings(patch).then(
      () => {
        setError('');
        return true;
      },
      (e: unknown) => {
        setError(t('settingsSaveFailed', e instanceof Error ? e.message : String(e)));
        return false;
      },
    );
  return { settings, save, error };
}
