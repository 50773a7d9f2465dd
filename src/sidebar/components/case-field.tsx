import { CASE_LONG_FIELDS, type CaseTextField } from '../../core/case';
import { t } from '../../platform/i18n';

interface Props {
  name: CaseTextField;
  value: string;
  onInput(name: CaseTextField, value: string): void;
}

/** One labelled case-file field: a line, a paragraph, or a date. */
export function CaseField({ name, value, onInput }: Props) {
  const id = `case-${name}`;
  const input = (e: Event) => onInput(name, (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <div class="field">
      <label for={id}>{t(`sidebarField_${name}`)}</label>
      {CASE_LONG_FIELDS.has(name) ? (
        <textarea id={id} rows={2} value={value} onInput={input} data-parley={`case-${name}`} />
      ) : name === 'followUpDate' ? (
        <input id={id} type="date" value={value} onInput={input} data-parley={`case-${name}`} />
      ) : (
        <input id={id} type="text" value={value} onInput={input} data-parley={`case-${name}`} />
      )}
    </div>
  );
}
