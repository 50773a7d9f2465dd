import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../core/tone/types';
import { t, uiLanguage } from '../platform/i18n';
import { sendFromPage } from '../platform/messaging';
import { listConversations } from '../platform/transcript-db';
import { exportOne } from '../ui/export/run-export';
import { UserTemplatesDialog } from '../ui/templates/user-templates-dialog';
import { useUserTemplates } from '../ui/templates/use-user-templates';
import { ConfirmButton } from '../ui/confirm-button';
import { About, Shortcuts } from './components/about-settings';
import { LanguageSettings } from './components/language-settings';
import { SidebarSettings } from './components/sidebar-settings';
import { SiteSettings } from './components/site-settings';
import { ToneSettings } from './components/tone-settings';
import { TranscriptSettings } from './components/transcript-settings';

const LANGS: readonly string[] = ['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr'];

function TemplateSettings() {
  const api = useUserTemplates();
  const [open, setOpen] = useState(false);
  const ui = uiLanguage().slice(0, 2);
  return (
    <section aria-labelledby="templates-h" data-parley="template-settings">
      <h2 id="templates-h">{t('optionsTemplatesHeading')}</h2>
      <p>{t('optionsTemplatesCount', String(api.templates.length))}</p>
      {api.area === 'local' && <p class="muted">{t('optionsTemplatesLocal')}</p>}
      <button type="button" data-parley="manage-templates" onClick={() => setOpen(true)}>
        {t('optionsTemplatesManage')}
      </button>
      {open && <UserTemplatesDialog api={api} initialLang={(LANGS.includes(ui) ? ui : 'en') as Lang} onClose={() => setOpen(false)} />}
    </section>
  );
}

function DataSettings() {
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState<string>('');
  const load = () => listConversations().then((r) => setCount(r.conversations.length), () => setCount(0));
  useEffect(() => void load(), []);

  const deleteAll = async () => {
    const { conversations } = await listConversations();
    const { deleted } = await sendFromPage('conversations/delete', { ids: conversations.map((c) => c.id) });
    setStatus(t('optionsDeleted', String(deleted)));
    await load();
  };
  const exportAll = async () => {
    try {
      setStatus(t('optionsExported', await exportOne('json', null)));
    } catch {
      setStatus(t('optionsExportFailed'));
    }
  };

  return (
    <section aria-labelledby="data-h" data-parley="data-settings">
      <h2 id="data-h">{t('optionsDataHeading')}</h2>
      <p>{count === null ? t('popupLoading') : t('optionsSavedConversations', String(count))}</p>
      <div class="row">
        <button type="button" data-parley="export-everything" disabled={!count} onClick={() => void exportAll()}>
          {t('optionsExportAll')}
        </button>
        <ConfirmButton
          hook="delete-all"
          label={t('optionsDeleteAll')}
          question={t('optionsDeleteAllConfirm')}
          confirmLabel={t('popupConfirmDelete')}
          cancelLabel={t('popupCancel')}
          disabled={!count}
          onConfirm={deleteAll}
        />
      </div>
      <p role="status" class="muted">{status}</p>
    </section>
  );
}

export function App() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsSavedNote')}</p>
      <LanguageSettings />
      <ToneSettings />
      <SiteSettings />
      <SidebarSettings />
      <TranscriptSettings />
      <TemplateSettings />
      <DataSettings />
      <Shortcuts />
      <About />
    </main>
  );
}
