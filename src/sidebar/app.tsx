import { useEffect } from 'preact/hooks';
import { openSettings } from '../platform/extension-info';
import { t } from '../platform/i18n';
import type { SidebarSide } from '../platform/ui-state';
import { ariaKeyShortcuts } from '../ui/aria-keyshortcuts';
import { useCaseFile } from './hooks/use-case-file';
import { useSidebarContext } from './hooks/use-sidebar-context';
import { useSidebarLayout } from './hooks/use-layout';
import { useShortcut } from './hooks/use-shortcut';
import { Panel } from './panel';

/** The sidebar's own commands name the toggle shortcut in effect, so it is found where it is used. */
function withKeys(label: string, keys: string): string {
  return keys ? t('sidebarShortcutHint', [label, keys]) : label;
}

/** Glyphs point the way the sidebar moves, so they are mirrored on the right. */
const GLYPHS: Record<SidebarSide, { collapse: string; move: string }> = {
  left: { collapse: '⟨', move: '⇥' },
  right: { collapse: '⟩', move: '⇤' },
};

export function App() {
  const { layout, update } = useSidebarLayout();
  const { context, error } = useSidebarContext();
  const keys = useShortcut('toggle-sidebar');
  // Here rather than in the panel, so a draft joins its conversation even while collapsed.
  const caseFile = useCaseFile(context?.conversation?.id ?? null, context?.tabId ?? null);
  const side = layout?.side ?? 'left';
  useEffect(() => document.documentElement.setAttribute('data-parley-side', side), [side]);

  if (!layout) return null;
  const toggle = () => update({ collapsed: !layout.collapsed });
  const shortcut = { 'aria-keyshortcuts': ariaKeyShortcuts(keys) || undefined };
  if (layout.collapsed) {
    const label = t('sidebarExpand');
    return (
      <main class="rail">
        <button class="rail-toggle" data-parley="sidebar-toggle" aria-expanded="false" onClick={toggle} {...shortcut} title={withKeys(label, keys)}>
          <span aria-hidden="true">P</span>
          <span class="sr-only">{label}</span>
        </button>
      </main>
    );
  }
  const other: SidebarSide = side === 'left' ? 'right' : 'left';
  const moveLabel = t(other === 'right' ? 'sidebarMoveRight' : 'sidebarMoveLeft');
  const collapseLabel = t('sidebarCollapse');
  return (
    <main class="panel">
      <header class="panel-head">
        <h1>Parley</h1>
        <div class="head-actions">
          <button type="button" class="icon" data-parley="sidebar-side" data-side={side} onClick={() => update({ side: other })} title={moveLabel}>
            <span aria-hidden="true">{GLYPHS[side].move}</span>
            <span class="sr-only">{moveLabel}</span>
          </button>
          <button type="button" class="icon" data-parley="open-settings" onClick={() => void openSettings().catch(() => undefined)} title={t('openSettings')}>
            <span aria-hidden="true">⚙</span>
            <span class="sr-only">{t('openSettings')}</span>
          </button>
          <button type="button" class="icon" data-parley="sidebar-toggle" aria-expanded="true" onClick={toggle} {...shortcut} title={withKeys(collapseLabel, keys)}>
            <span aria-hidden="true">{GLYPHS[side].collapse}</span>
            <span class="sr-only">{collapseLabel}</span>
          </button>
        </div>
      </header>
      {error && <p role="alert" class="notice">{t('sidebarError', error)}</p>}
      <Panel context={context} caseFile={caseFile} />
    </main>
  );
}
