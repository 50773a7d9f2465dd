/**
 * Export buttons. The five format buttons export the selected conversation, or every
 * conversation when none is selected; "export all" makes one zip in the chosen format.
 */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormatId } from '../../core/export/formats';
import { t } from '../../platform/i18n';
import { exportAllAsZip, exportOne } from '../../ui/export/run-export';

const LABEL_KEYS: Record<ExportFormatId, string> = {
  json: 'popupExportJson',
  markdown: 'popupExportMarkdown',
  html: 'popupExportHtml',
  text: 'popupExportText',
  csv: 'popupExportCsv',
};

export function ExportBar({ selectedId }: { selectedId: string | null }) {
  const [zipFormat, setZipFormat] = useState<ExportFormatId>('json');
  const [status, setStatus] = useState('');
  const run = async (task: () => Promise<string>) => {
    try {
      setStatus(t('popupExported', await task()));
    } catch (error) {
      setStatus(t('popupExportFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <section class="export" aria-labelledby="export-h">
      <h2 id="export-h">{t('popupExportHeading')}</h2>
      <p class="muted">{t(selectedId ? 'popupExportSelected' : 'popupExportEverything')}</p>
      <div class="buttons">
        {EXPORT_FORMATS.map((f) => (
          <button type="button" key={f.id} data-parley={`export-${f.id}`} onClick={() => void run(() => exportOne(f.id, selectedId))}>
            {t(LABEL_KEYS[f.id])}
          </button>
        ))}
      </div>
      <div class="buttons">
        <label>
          {t('popupZipFormat')}{' '}
          <select data-parley="export-all-format" value={zipFormat} onChange={(e) => setZipFormat((e.target as HTMLSelectElement).value as ExportFormatId)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {t(LABEL_KEYS[f.id])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-parley="export-all" onClick={() => void run(() => exportAllAsZip(zipFormat))}>
          {t('popupExportAll')}
        </button>
      </div>
      <p role="status" class="muted" data-parley="export-status">{status}</p>
    </section>
  );
}
