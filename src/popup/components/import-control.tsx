/**
 * Restore from a backup: a JSON export or an "export all" zip of JSON files. A file that does
 * not read or verify is refused whole, with the reason (for a tampered file, the first altered
 * message); a good one merges without duplicates.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { backupProblemMessage } from '../import/problem-message';
import { readBackup } from '../import/read-backup';
import { restoreBackup } from '../import/restore';

type Outcome = { ok: boolean; text: string } | null;

export async function importFile(file: Blob, locale: string): Promise<{ ok: boolean; text: string }> {
  const read = await readBackup(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return { ok: false, text: backupProblemMessage(read.problem, locale) };
  try {
    const { addedConversations, addedMessages, addedCaseFiles } = await restoreBackup(read.conversations);
    const messages = addedMessages === 0 && addedConversations === 0 ? t('importNothingNew') : t('importDone', [String(addedMessages), String(addedConversations)]);
    return { ok: true, text: addedCaseFiles > 0 ? `${messages} ${t('importCaseFiles', String(addedCaseFiles))}` : messages };
  } catch (error) {
    return { ok: false, text: t('importWriteFailed', error instanceof Error ? error.message : String(error)) };
  }
}

export function ImportControl({ locale, onImported }: { locale: string; onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const onChange = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const result = await importFile(file, locale);
    setBusy(false);
    setOutcome(result);
    input.value = '';
    if (result.ok) onImported();
  };
  return (
    <section class="import" aria-labelledby="import-h">
      <h2 id="import-h">{t('popupImportHeading')}</h2>
      <label>
        {t('popupImportLabel')}
        <input type="file" accept=".json,.zip,application/json,application/zip" data-parley="import" disabled={busy} onChange={(e) => void onChange(e.target as HTMLInputElement)} />
      </label>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'ok' : 'notice'} data-parley={outcome.ok ? 'import-done' : 'import-refused'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
