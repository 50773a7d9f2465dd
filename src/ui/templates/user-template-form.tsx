import { useState } from 'preact/hooks';
import type { Template } from '../../core/templates';
import { t } from '../../platform/i18n';

interface Props {
  template: Template;
  onSave(template: Template): void;
  onCancel(): void;
}

/** Title and text of one of the user's templates; `{field}` slots are filled like the built-in ones. */
export function UserTemplateForm({ template, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(template.title);
  const [body, setBody] = useState(template.body);
  const submit = (e: Event) => {
    e.preventDefault();
    if (title.trim() && body.trim()) onSave({ ...template, title: title.trim(), body: body.trim() });
  };
  return (
    <form class="user-form" onSubmit={submit} data-parley="user-template-form">
      <div class="field">
        <label for="ut-title">{t('sidebarUserTitle')}</label>
        <input id="ut-title" required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="ut-body">{t('sidebarUserBody')}</label>
        <textarea id="ut-body" required rows={4} value={body} onInput={(e) => setBody(e.currentTarget.value)} aria-describedby="ut-help" />
        <p id="ut-help" class="muted small">{t('sidebarUserBodyHelp')}</p>
      </div>
      <div class="row">
        <button type="submit" class="primary">{t('sidebarSave')}</button>
        <button type="button" onClick={onCancel}>{t('sidebarCancel')}</button>
      </div>
    </form>
  );
}
