import { useMemo, useState } from 'preact/hooks';
import { openSettings } from '../platform/extension-info';
import { t, uiLanguage } from '../platform/i18n';
import { sendFromPage } from '../platform/messaging';
import { SitePause } from '../ui/site-pause';
import { ConversationList } from './components/conversation-list';
import { DeleteControls } from './components/delete-controls';
import { ExportBar } from './components/export-bar';
import { ImportControl } from './components/import-control';
import { Preview } from './components/preview';
import { SearchBox } from './components/search-box';
import { StorageLine } from './components/storage-line';
import { useConversations } from './hooks/use-conversations';
import { useSearch } from './hooks/use-search';
import { useStorageStatus } from './hooks/use-storage-status';

async function pickChat() {
  const { started } = await sendFromPage('picker/start-active', {});
  // The picker runs in the page; the popup steps out of the way.
  if (started) window.close();
}

export function App() {
  const locale = uiLanguage();
  const { list, skipped, error, reload } = useConversations();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const search = useSearch(query, list);
  const storage = useStorageStatus(list);
  const shown = useMemo(() => (list && search.hits ? list.filter((c) => search.hits!.has(c.id)) : list), [list, search.hits]);
  const selected = list?.find((c) => c.id === selectedId) ?? null;

  const onDeleted = () => {
    setSelectedId(null);
    void reload();
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Parley</h1>
        <span class="muted">{t('popupTagline')}</span>
        <button type="button" class="settings" data-parley="open-settings" onClick={() => void openSettings().catch(() => undefined)}>
          {t('openSettings')}
        </button>
      </header>
      <SitePause />
      {storage.quotaReached && <p role="alert" class="notice" data-parley="quota-notice">{t('popupQuotaReached')}</p>}
      {error && <p role="alert" class="notice">{t('popupLoadError', error)}</p>}
      {skipped > 0 && <p role="status" class="notice">{t('popupSkipped', String(skipped))}</p>}
      {list && list.length > 0 && <SearchBox query={query} busy={search.busy} onInput={setQuery} />}
      {search.hits && shown?.length === 0 && <p class="empty" data-parley="search-empty">{t('popupSearchNone', query)}</p>}
      {shown ? (
        (shown.length > 0 || !search.hits) && <ConversationList key={query} conversations={shown} locale={locale} selectedId={selectedId} hits={search.hits} onSelect={setSelectedId} />
      ) : (
        !error && <p class="muted">{t('popupLoading')}</p>
      )}
      {selected && <Preview conversation={selected} locale={locale} highlightSeq={search.hits?.get(selected.id)?.seq} />}
      {list && list.length > 0 && <ExportBar selectedId={selected?.id ?? null} />}
      {list && <DeleteControls selectedId={selected?.id ?? null} allIds={list.map((c) => c.id)} onDeleted={onDeleted} />}
      <ImportControl locale={locale} onImported={() => void reload()} />
      <footer class="popup-foot">
        <button data-parley="pick-chat" onClick={() => void pickChat()}>
          {t('popupPick')}
        </button>
        <p class="muted">{t('popupPickHelp')}</p>
        <StorageLine use={storage.use} locale={locale} />
      </footer>
    </main>
  );
}
