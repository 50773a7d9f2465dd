import { useEffect, useRef, useState } from 'preact/hooks';
import { builtInTemplates, searchTemplates, type Template } from '../../core/templates';
import type { Lang } from '../../core/tone/types';
import { t } from '../../platform/i18n';
import { listenToBroadcasts } from '../../platform/messaging';
import { LangSelect } from '../../ui/templates/lang-select';
import { TemplateCard } from './template-card';

interface Props {
  tabId: number | null;
  lang: Lang;
  detected: Lang;
  onLang(lang: Lang): void;
  userTemplates: readonly Template[];
  values: Readonly<Record<string, string | undefined>>;
  onFill(name: string, value: string): void;
  onInserted(template: Template): void;
  onManage(): void;
}

/** Searchable templates in the chat's language (switchable), the user's own after the built-in ones. */
export function TemplatesCard(props: Props) {
  const { tabId, lang, detected, onLang, userTemplates, values, onFill, onInserted, onManage } = props;
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  useEffect(
    () => (tabId === null ? undefined : listenToBroadcasts({ 'sidebar/focus-search': () => search.current?.focus() }, { tabId })),
    [tabId],
  );
  const all = [...builtInTemplates(lang), ...userTemplates.filter((u) => u.lang === lang)];
  const shown = searchTemplates(all, query);
  return (
    <section class="card" aria-labelledby="tpl-title" data-parley="templates">
      <h2 id="tpl-title">{t('sidebarTemplatesTitle')}</h2>
      <div class="field">
        <label for="tpl-search">{t('sidebarTemplateSearch')}</label>
        <input id="tpl-search" ref={search} type="search" value={query} data-parley="template-search" onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="tpl-lang">{t('sidebarTemplateLanguage')}</label>
        <LangSelect id="tpl-lang" value={lang} onChange={onLang} hook="template-lang" />
        {lang !== detected && <p class="muted small">{t('sidebarChatLanguage', t(`sidebarLang_${detected}`))}</p>}
      </div>
      <button type="button" data-parley="user-templates-open" onClick={onManage}>{t('sidebarManageTemplates')}</button>
      {shown.length === 0 && <p class="muted">{t('sidebarNoTemplates')}</p>}
      {shown.map((template) => (
        <TemplateCard key={template.id} idPrefix="tpl" template={template} values={values} onFill={onFill} onInserted={onInserted} />
      ))}
    </section>
  );
}
