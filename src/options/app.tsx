import { useState } from 'preact/hooks';
import type { Lang } from '../core/tone/types';
import { t, uiLanguage } from '../platform/i18n';
import { UserTemplatesDialog } from '../ui/templates/user-templates-dialog';
import { useUserTemplates } from '../ui/templates/use-user-templates';
import { localNotice } from '../ui/templates/user-templates-io';
import { About, Shortcuts } from './components/about-settings';
import { DataSettings } from './components/data-settings';
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
  const notice = localNotice(api.storage);
  return (
    <section aria-labelledby="templates-h" data-parley="template-settings">
      <h2 id="templates-h">{t('optionsTemplatesHeading')}</h2>
      <p>{t('optionsTemplatesCount', String(api.templates.length))}</p>
      {notice && <p class="notice" data-parley="templates-local">{notice}</p>}
      <button type="button" data-parley="manage-templates" onClick={() => setOpen(true)}>
        {t('optionsTemplatesManage')}
      </button>
      {open && <UserTemplatesDialog api={api} initialLang={(LANGS.includes(ui) ? ui : 'en') as Lang} onClose={() => setOpen(false)} />}
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
