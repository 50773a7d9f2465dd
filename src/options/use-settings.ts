import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChange, saveSettings } from '../platform/settings-store';
import type { Settings } from '../shared/settings-schema';

/** The settings, kept current when another page (or device) changes them; `save` writes a patch. */
export function useSettings(): { settings: Settings | null; save(patch: Partial<Settings>): void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    loadSettings().then(setSettings, () => undefined);
    onSettingsChange(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  return { settings, save: (patch) => void saveSettings(patch).catch(() => undefined) };
}
