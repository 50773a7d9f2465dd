import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../../core/templates';
import type { Lang } from '../../core/tone/types';
import { t } from '../../platform/i18n';
import { downloadBlob } from '../../platform/download';
import type { UserTemplatesApi } from './use-user-templates';
import { mergeImported, moveWithinLanguage, serializeUserTemplates } from './user-templates-io';
import { LangSelect } from './lang-select';
import { UserTemplateForm } from './user-template-form';
import { UserTemplateRow } from './user-template-row';

interface Props {
  api: UserTemplatesApi;
  initialLang: Lang;
  onClose(): void;
}

/** Create, edit, delete, reorder, import and export the user's own templates (a modal dialog; Esc closes it). */
export function UserTemplatesDialog({ api, initialLang, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [lang, setLang] = useState(initialLang);
  const [editing, setEditing] = useState<Template | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const list = api.templates.filter((tpl) => tpl.lang === lang);
  const save = (next: Template[]) => api.save(next).catch(() => setStatus(t('sidebarSaveFailed')));
  const upsert = (tpl: Template) => {
    const exists = api.templates.some((x) => x.id === tpl.id);
    void save(exists ? api.templates.map((x) => (x.id === tpl.id ? tpl : x)) : [...api.templates, tpl]);
    setEditing(null);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { merged, added } = mergeImported(api.templates, await file.text());
      await save(merged);
      setStatus(t('sidebarImported', String(added)));
    } catch {
      setStatus(t('sidebarImportFailed'));
    }
  };
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="ut-dialog-title" onClose={onClose} data-parley="user-templates">
      <h2 id="ut-dialog-title">{t('sidebarManageTemplates')}</h2>
      {api.area === 'local' && <p class="notice" data-parley="user-templates-local">{t('sidebarTemplatesLocal')}</p>}
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
                onDelete={() => void save(api.templates.filter((x) => x.id !== tpl.id))}
                onMove={(delta) => void save(moveWithinLanguage(api.templates, tpl.id, delta))}
              />
            ))}
          </ul>
          <div class="row wrap">
            <button type="button" class="primary" data-parley="user-template-new" onClick={() => setEditing({ id: `user:${crypto.randomUUID()}`, lang, title: '', body: '' })}>
              {t('sidebarNewTemplate')}
            </button>
            <button type="button" onClick={() => downloadBlob(serializeUserTemplates(api.templates), 'parley-templates.json', 'application/json')}>
              {t('sidebarExportTemplates')}
            </button>
            <label class="button">
              {t('sidebarImportTemplates')}
              <input type="file" accept="application/json,.json" class="sr-only" onChange={(e) => void importFile(e.currentTarget)} />
            </label>
          </div>
        </>
      )}
      <p class="muted small" role="status">{status}</p>
      <div class="row end">
        <button type="button" onClick={() => dialog.current?.close()}>{t('sidebarClose')}</button>
      </div>
    </dialog>
  );
}
