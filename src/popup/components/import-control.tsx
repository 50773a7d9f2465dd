/**
 * Restore from a backup: a JSON export, an "export all" zip of JSON files, or the options page's
 * "export everything" zip (conversations, case files, templates, settings). A file that does not
 * read or verify is refused whole, with the reason (for a tampered file, the first altered
 * message); a good one merges without duplicates.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { backupProblemMessage } from '../import/problem-message';
import { readBackup } from '../import/read-backup';
import { restoreBackup } from '../import/restore';
import { restoreExtras } from '../import/restore-extras';

type Outcome = { ok: boolean; text: string } | null;

export async function importFile(file: Blob, locale: string): Promise<{ ok: boolean; text: string }> {
  const read = await readBackup(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return { ok: false, text: backupProblemMessage(read.problem, locale) };
  try {
    // Case files come inside each conversation of a transcripts file (fields and references), and
    // whole as their own file in an "export everything" backup: the whole one wins.
    const complete = new Set(read.caseFiles.map((f) => f.conversationId));
    const conversations = read.conversations.map((c) => (complete.has(c.conversation.id) ? { ...c, caseFile: undefined } : c));
    const { addedConversations, addedMessages, addedCaseFiles } = await restoreBackup(conversations);
    const extras = await restoreExtras(read);
    const caseFiles = addedCaseFiles + extras.caseFiles;
    const parts = [
      addedMessages > 0 || addedConversations > 0 ? t('importDone', [String(addedMessages), String(addedConversations)]) : t('importNothingNew'),
      ...(caseFiles > 0 ? [t('importCaseFiles', String(caseFiles))] : []),
      ...(extras.templates > 0 ? [t('importTemplatesAdded', String(extras.templates))] : []),
      ...(extras.settings ? [t('importSettingsRestored')] : []),
    ];
    return { ok: true, text: parts.join(' ') };
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
