/**
 * The gate's live copy of the user's settings: defaults until storage answers, then whatever
 * storage.sync holds, following changes while the page stays open.
 */
import { loadSettings, onSettingsChange } from '../../platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings-schema';

export interface LiveSettings {
  current(): Settings;
}

export function followSettings(signal: AbortSignal, onChange: () => void): LiveSettings {
  let settings: Settings = DEFAULT_SETTINGS;
  const take = (next: Settings) => {
    if (signal.aborted) return;
    settings = next;
    onChange();
  };
  loadSettings().then(take, () => undefined);
  onSettingsChange(take, signal);
  return { current: () => settings };
}
