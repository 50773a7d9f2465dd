import { useEffect, useState } from 'preact/hooks';
import { getSidebarLayout, onSidebarLayoutChange, updateSidebarLayout, DEFAULT_LAYOUT, type SidebarLayout } from '../../platform/ui-state';

/**
 * The sidebar's remembered layout, followed live: the toggle shortcut (content script) and the
 * options page change it too. `update` writes a patch; the change comes back through storage.
 */
export function useSidebarLayout(): { layout: SidebarLayout | null; update(patch: Partial<SidebarLayout>): void } {
  const [layout, setLayout] = useState<SidebarLayout | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void getSidebarLayout().then(setLayout, () => setLayout(DEFAULT_LAYOUT));
    onSidebarLayoutChange(setLayout, controller.signal);
    return () => controller.abort();
  }, []);
  const update = (patch: Partial<SidebarLayout>) => {
    setLayout((current) => (current ? { ...current, ...patch } : current));
    void updateSidebarLayout(patch).catch(() => undefined);
  };
  return { layout, update };
}
