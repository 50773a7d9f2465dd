import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { getSidebarCollapsed, setSidebarCollapsed } from '../platform/ui-state';
import { useSidebarContext } from './hooks/use-sidebar-context';
import { Panel } from './panel';

export function App() {
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const { context, error } = useSidebarContext();

  useEffect(() => {
    void getSidebarCollapsed().then(setCollapsed, () => setCollapsed(false));
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
      <Panel context={context} />
    </main>
  );
}
