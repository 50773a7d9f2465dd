import { CASE_TEXT_FIELDS } from '../../core/case';
import { t } from '../../platform/i18n';
import type { CaseFileApi } from '../hooks/use-case-file';
import { CaseField } from './case-field';
import { ReferenceList } from './reference-list';

/**
 * The case file of this conversation, saved as the user types (on this machine only); before the
 * chat has a stored message, the tab's draft, which joins the conversation once it starts.
 */
export function CaseFileCard({ api, detected }: { api: CaseFileApi; detected: readonly string[] }) {
  const { file } = api;
  return (
    <details class="card" open data-parley="case-file">
      <summary>
        <h2>{t('sidebarCaseTitle')}</h2>
      </summary>
      <p class="muted small">{t('sidebarCaseLocalOnly')}</p>
      {api.draft && <p class="muted small" data-parley="case-draft">{t('sidebarCaseDraft')}</p>}
      {!file ? (
        <p class="muted">{t('sidebarCaseNoConversation')}</p>
      ) : (
        <>
          {CASE_TEXT_FIELDS.map((name) => (
            <CaseField key={name} name={name} value={file.fields[name] ?? ''} onInput={api.setField} />
          ))}
          <ReferenceList saved={file.references} detected={detected} onSave={api.saveReference} onRemove={api.removeReference} />
        </>
      )}
    </details>
  );
}
