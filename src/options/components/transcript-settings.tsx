/**
 * The transcripts section of the options page: what to hide before saving, how long to keep
 * conversations, and the storage used. Settings live in storage.sync (src/platform/settings-store).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../platform/i18n';
import { sendFromPage } from '../../platform/messaging';
import { estimateStorage, type StorageUse } from '../../platform/storage-estimate';
import { RETENTION_PERIODS, type RetentionPeriod } from '../../shared/settings-schema';
import { formatBytes } from '../../ui/format-bytes';
import { SettingsError } from '../../ui/settings-error';
import { useSettings } from '../../ui/use-settings';

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
  const { settings, save, error } = useSettings();
  const [use, setUse] = useState<StorageUse | null>(null);
  useEffect(() => void estimateStorage().then(setUse), []);
  if (!settings) return null;

  const setRetention = async (period: RetentionPeriod) => {
    // Apply the shorter period now rather than after the next chat.
    if (await save({ 'transcripts.retention': period })) await sendFromPage('transcripts/apply-retention', {}).catch(() => undefined);
  };

  return (
    <section aria-labelledby="transcripts-h" data-parley="transcript-settings">
      <h2 id="transcripts-h">{t('optionsTranscriptsHeading')}</h2>
      <fieldset>
        <legend>{t('optionsRedactLegend')}</legend>
        {REDACTIONS.map(({ key, label, hook }) => (
          <label key={key} class="check">
            <input type="checkbox" data-parley={hook} checked={settings[key]} onChange={(e) => void save({ [key]: (e.target as HTMLInputElement).checked })} />
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
      <SettingsError error={error} />
      {use && <p data-parley="storage-used">{t('popupStorageUsed', formatBytes(use.usage, uiLanguage()))}</p>}
    </section>
  );
}
