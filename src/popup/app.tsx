import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../platform/i18n';
import { listenToBroadcasts, sendFromPage } from '../platform/messaging';
import { listConversations } from '../platform/transcript-db';
import type { ConversationRecord } from '../shared/transcript-types';
import { ConversationList } from './components/conversation-list';

interface Loaded {
  conversations: ConversationRecord[];
  skipped: number;
}

async function pickChat() {
  const { started } = await sendFromPage('picker/start-active', {});
  // The picker runs in the page; the popup steps out of the way.
  if (started) window.close();
}

export function App() {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const load = () =>
      listConversations().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void load();
    return listenToBroadcasts({ 'transcript/updated': () => void load() });
  }, []);

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Parley</h1>
        <span class="muted">{t('popupTagline')}</span>
      </header>
      {error && <p role="alert" class="notice">{t('popupLoadError', error)}</p>}
      {data && data.skipped > 0 && <p role="status" class="notice">{t('popupSkipped', String(data.skipped))}</p>}
      {data ? <ConversationList conversations={data.conversations} locale={uiLanguage()} /> : !error && <p class="muted">{t('popupLoading')}</p>}
      <footer class="popup-foot">
        <button data-parley="pick-chat" onClick={() => void pickChat()}>
          {t('popupPick')}
        </button>
        <p class="muted">{t('popupPickHelp')}</p>
      </footer>
    </main>
  );
}
