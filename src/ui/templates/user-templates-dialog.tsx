import { useEffect, useRef, useState } from 'preact/hooks';
import { createUserTemplate, deleteUserTemplate, moveUserTemplate, updateUserTemplate, type Template, type UiMessage } from '../../core/templates';
import type { Lang } from '../../core/tone/types';
import { t } from '../../platform/i18n';
import type { UserTemplatesApi } from './use-user-templates';
import { downloadTemplatesFile, localNotice, readTemplatesFile } from './user-templates-io';
import { LangSelect } from './lang-select';
import { UserTemplateForm } from './user-template-form';
import { UserTemplateRow } from './user-template-row';

interface Props {
  api: UserTemplatesApi;
  initialLang: Lang;
  onClose(): void;
}

type Status = { text: string; problem: boolean };

/** Create, edit, delete, reorder, import and export the user's own templates (a modal dialog; Esc closes it). */
export function UserTemplatesDialog({ api, initialLang, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [lang, setLang] = useState(initialLang);
  const [editing, setEditing] = useState<Template | null>(null);
  const [status, setStatus] = useState<Status>({ text: '', problem: false });
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const list = api.templates.filter((tpl) => tpl.lang === lang);
  const notice = localNotice(api.storage);
  const save = (next: Template[]) => api.save(next).catch(() => setStatus({ text: t('sidebarSaveFailed'), problem: true }));
  /** Saves a new or edited template, or returns what is wrong with it (the form shows that). */
  const upsert = (draft: Template): UiMessage[] => {
    const exists = api.templates.some((x) => x.id === draft.id);
    const result = exists ? updateUserTemplate(api.templates, draft.id, draft) : createUserTemplate(api.templates, draft, draft.id);
    if (!result.ok) return result.problems;
    void save(result.templates);
    setEditing(null);
    return [];
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = readTemplatesFile(await file.text(), api.templates);
    if (read.ok) await save(read.templates);
    setStatus({ text: read.text, problem: !read.ok });
  };
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="ut-dialog-title" onClose={onClose} data-parley="user-templates">
      <h2 id="ut-dialog-title">{t('sidebarManageTemplates')}</h2>
      {notice && <p class="notice" data-parley="user-templates-local">{notice}</p>}
      <div class="field">
        <label for="ut-lang">{t('sidebarTemplateLanguage')}</label>
        <LangSelect id="ut-lang" value={lang} onChange={setLang} />
      </div>
      {editing ? (
        <UserTemplateForm template={editing} onSave={upsert} onCancel={() => setEditing(null)} />
      ) : (
        <>
          {list.length === 0 && <p class="muted">{t('sidebarNoUserTemplates')}</p>}
          <ul class="user-list">
            {list.map((tpl, i) => (
              <UserTemplateRow
                key={tpl.id}
                template={tpl}
                first={i === 0}
                last={i === list.length - 1}
                onEdit={() => setEditing(tpl)}
                onDelete={() => void save(deleteUserTemplate(api.templates, tpl.id))}
                onMove={(delta) => void save(moveUserTemplate(api.templates, tpl.id, delta))}
              />
            ))}
          </ul>
          <div class="row wrap">
            <button type="button" class="primary" data-parley="user-template-new" onClick={() => setEditing({ id: `user:${crypto.randomUUID()}`, lang, title: '', body: '' })}>
              {t('sidebarNewTemplate')}
            </button>
            <button type="button" data-parley="user-templates-export" onClick={() => downloadTemplatesFile(api.templates)}>
              {t('sidebarExportTemplates')}
            </button>
            <label class="button">
              {t('sidebarImportTemplates')}
              <input type="file" accept="application/json,.json" class="sr-only" data-parley="user-templates-import" onChange={(e) => void importFile(e.currentTarget)} />
            </label>
          </div>
        </>
      )}
      {status.problem ? (
        <p class="notice small" role="alert" data-parley="user-templates-refused">{status.text}</p>
      ) : (
        <p class="muted small" role="status" data-parley="user-templates-status">{status.text}</p>
      )}
      <div class="row end">
        <button type="button" onClick={() => dialog.current?.close()}>{t('sidebarClose')}</button>
      </div>
    </dialog>
  );
}
