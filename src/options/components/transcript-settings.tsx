/**
 * The transcripts section of the options page: what to hide before saving, how long to keep
 * conversations, and the storage used. Settings live in storage.sync (src/platform/settings-store).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../platform/i18n';
import { sendFromPage } from '../../platform/messaging';
import { loadSettings, onSettingsChange, saveSettings } from '../../platform/settings-store';
import { estimateStorage, type StorageUse } from '../../platform/storage-estimate';
import { RETENTION_PERIODS, type RetentionPeriod, type Settings } from '../../shared/settings-schema';
import { formatBytes } from '../../ui/format-bytes';

type RedactKey = 'transcripts.redactCards' | 'transcripts.redactIbans' | 'transcripts.redactCodes';

const REDACTIONS: readonly { key: RedactKey; label: string; hook: string }[] = [
  { key: 'transcripts.redactCards', label: 'optionsRedactCards', hook: 'redact-cards' },
  { key: 'transcripts.redactIbans', label: 'optionsRedactIbans', hook: 'redact-ibans' },
  { key: 'transcripts.redactCodes', label: 'optionsRedactCodes', hook: 'redact-codes' },
];

const RETENTION_LABELS: Record<RetentionPeriod, string> = {
  forever: 'optionsRetentionForever',
  '30d': 'optionsRetention30',
  '90d': 'optionsRetention90',
  '365d': 'optionsRetention365',
};

export function TranscriptSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [use, setUse] = useState<StorageUse | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    loadSettings().then(setSettings, () => undefined);
    onSettingsChange(setSettings, controller.signal);
    void estimateStorage().then(setUse);
    return () => controller.abort();
  }, []);
  if (!settings) return null;

  const setRetention = async (period: RetentionPeriod) => {
    await saveSettings({ 'transcripts.retention': period });
    // Apply the shorter period now rather than after the next chat.
    await sendFromPage('transcripts/apply-retention', {}).catch(() => undefined);
  };

  return (
    <section aria-labelledby="transcripts-h" data-parley="transcript-settings">
      <h2 id="transcripts-h">{t('optionsTranscriptsHeading')}</h2>
      <fieldset>
        <legend>{t('optionsRedactLegend')}</legend>
        {REDACTIONS.map(({ key, label, hook }) => (
          <label key={key} class="check">
            <input type="checkbox" data-parley={hook} checked={settings[key]} onChange={(e) => void saveSettings({ [key]: (e.target as HTMLInputElement).checked })} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label class="field">
        {t('optionsRetention')}{' '}
        <select data-parley="retention" value={settings['transcripts.retention']} onChange={(e) => void setRetention((e.target as HTMLSelectElement).value as RetentionPeriod)}>
          {RETENTION_PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(RETENTION_LABELS[p])}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">{t('optionsRetentionHelp')}</p>
      {use && <p data-parley="storage-used">{t('popupStorageUsed', formatBytes(use.usage, uiLanguage()))}</p>}
    </section>
  );
}
