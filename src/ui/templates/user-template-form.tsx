import { useState } from 'preact/hooks';
import type { Template, UiMessage } from '../../core/templates';
import { t } from '../../platform/i18n';

interface Props {
  template: Template;
  /** Saves the template, or returns its problems (an empty list means it was saved). */
  onSave(template: Template): UiMessage[];
  onCancel(): void;
}

/** Title and text of one of the user's templates; `{field}` slots are filled like the built-in ones. */
export function UserTemplateForm({ template, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(template.title);
  const [body, setBody] = useState(template.body);
  const [problems, setProblems] = useState<UiMessage[]>([]);
  const submit = (e: Event) => {
    e.preventDefault();
    setProblems(onSave({ ...template, title, body }));
  };
  const invalid = problems.length > 0;
  return (
    <form class="user-form" onSubmit={submit} data-parley="user-template-form" noValidate>
      <div class="field">
        <label for="ut-title">{t('sidebarUserTitle')}</label>
        <input id="ut-title" required value={title} aria-invalid={invalid} aria-describedby={invalid ? 'ut-problems' : undefined} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="ut-body">{t('sidebarUserBody')}</label>
        <textarea id="ut-body" required rows={4} value={body} aria-invalid={invalid} onInput={(e) => setBody(e.currentTarget.value)} aria-describedby={invalid ? 'ut-help ut-problems' : 'ut-help'} />
        <p id="ut-help" class="muted small">{t('sidebarUserBodyHelp')}</p>
      </div>
      {invalid && (
        <ul id="ut-problems" class="notice small" role="alert" data-parley="user-template-problems">
          {problems.map((p) => (
            <li key={p.key}>{t(p.key, p.params)}</li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="submit" class="primary">{t('sidebarSave')}</button>
        <button type="button" onClick={onCancel}>{t('sidebarCancel')}</button>
      </div>
    </form>
  );
}
