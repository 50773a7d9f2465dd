import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { sendFromPage, listenToBroadcasts } from '../platform/messaging';
import { getSidebarCollapsed, setSidebarCollapsed } from '../platform/ui-state';
import type { SidebarContext } from '../shared/protocol';
import { ConversationCard } from './components/conversation-card';

export function App() {
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getSidebarCollapsed().then(setCollapsed, () => setCollapsed(false));
    const refresh = () =>
      sendFromPage('sidebar/context', {}).then(
        (ctx) => {
          setContext(ctx);
          setError(null);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    void refresh();
    return listenToBroadcasts({ 'transcript/updated': () => void refresh() });
  }, []);

  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    void setSidebarCollapsed(next);
  };

  if (collapsed === null) return null;
  if (collapsed) {
    return (
      <main class="rail">
        <button class="rail-toggle" data-parley="sidebar-toggle" aria-expanded="false" onClick={toggle} title={t('sidebarExpand')}>
          <span aria-hidden="true">P</span>
          <span class="sr-only">{t('sidebarExpand')}</span>
        </button>
      </main>
    );
  }
  return (
    <main class="panel">
      <header class="panel-head">
        <h1>Parley</h1>
        <button data-parley="sidebar-toggle" aria-expanded="true" onClick={toggle} title={t('sidebarCollapse')}>
          <span aria-hidden="true">⟨</span>
          <span class="sr-only">{t('sidebarCollapse')}</span>
        </button>
      </header>
      {error && <p role="alert" class="notice">{t('sidebarError', error)}</p>}
      <ConversationCard context={context} />
    </main>
  );
}
