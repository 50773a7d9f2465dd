import type { Template } from '../../core/templates';
import { t } from '../../platform/i18n';

interface Props {
  template: Template;
  first: boolean;
  last: boolean;
  onEdit(): void;
  onDelete(): void;
  onMove(delta: -1 | 1): void;
}

export function UserTemplateRow({ template, first, last, onEdit, onDelete, onMove }: Props) {
  const name = template.title;
  return (
    <li class="user-row" data-parley="user-template" data-template-id={template.id}>
      <span class="user-title">{name}</span>
      <span class="row tight">
        <button type="button" class="icon" disabled={first} onClick={() => onMove(-1)} aria-label={t('sidebarMoveUp', name)}>↑</button>
        <button type="button" class="icon" disabled={last} onClick={() => onMove(1)} aria-label={t('sidebarMoveDown', name)}>↓</button>
        <button type="button" onClick={onEdit} aria-label={t('sidebarEditNamed', name)}>{t('sidebarEdit')}</button>
        <button type="button" class="danger" onClick={onDelete} aria-label={t('sidebarDeleteNamed', name)}>{t('sidebarDelete')}</button>
      </span>
    </li>
  );
}
