import { CASE_TEXT_FIELDS } from '../../core/case';
import { t } from '../../platform/i18n';

/** A label for a placeholder: the case-file field's name, or the placeholder itself in a user's template. */
export function placeholderLabel(name: string): string {
  return (CASE_TEXT_FIELDS as readonly string[]).includes(name) ? t(`sidebarField_${name}`) : name;
}

interface Props {
  id: string;
  name: string;
  value: string;
  onInput(name: string, value: string): void;
}

/** Asks for a placeholder's value right in the template card (it goes into the case file). */
export function MissingInput({ id, name, value, onInput }: Props) {
  return (
    <div class="field missing">
      <label for={id}>{t('sidebarFillIn', placeholderLabel(name))}</label>
      <input id={id} type="text" value={value} data-parley="template-missing" data-field={name} onInput={(e) => onInput(name, e.currentTarget.value)} />
    </div>
  );
}
