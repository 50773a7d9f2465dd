import { t } from '../../platform/i18n';

interface Props {
  saved: readonly string[];
  detected: readonly string[];
  onSave(reference: string): void;
  onRemove(reference: string): void;
}

/** References the agent gave: the saved ones, and detected ones offered for saving with one click. */
export function ReferenceList({ saved, detected, onSave, onRemove }: Props) {
  const offered = detected.filter((r) => !saved.includes(r));
  return (
    <div class="field" role="group" aria-labelledby="refs-label">
      <span id="refs-label" class="label">{t('sidebarField_references')}</span>
      {saved.length === 0 && offered.length === 0 && <p class="muted small">{t('sidebarNoReferences')}</p>}
      <ul class="chips">
        {saved.map((r) => (
          <li key={r} class="chip" data-parley="case-reference">
            <span>{r}</span>
            <button type="button" class="icon" onClick={() => onRemove(r)} aria-label={t('sidebarRemoveReference', r)}>×</button>
          </li>
        ))}
      </ul>
      {offered.map((r) => (
        <p key={r} class="offer" data-parley="reference-offer">
          <span>{t('sidebarReferenceDetected', r)}</span>
          <button type="button" onClick={() => onSave(r)}>{t('sidebarSaveReference')}</button>
        </p>
      ))}
    </div>
  );
}
