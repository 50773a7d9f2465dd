/** Which side of the page the sidebar sits on (the same choice as the sidebar's own button). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { getSidebarLayout, onSidebarLayoutChange, updateSidebarLayout, type SidebarSide } from '../../platform/ui-state';

const SIDES: readonly SidebarSide[] = ['left', 'right'];

export function SidebarSettings() {
  const [side, setSide] = useState<SidebarSide | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void getSidebarLayout().then((l) => setSide(l.side), () => setSide('left'));
    onSidebarLayoutChange((l) => setSide(l.side), controller.signal);
    return () => controller.abort();
  }, []);
  if (!side) return null;
  const choose = (next: SidebarSide) => {
    setSide(next);
    void updateSidebarLayout({ side: next }).catch(() => undefined);
  };
  return (
    <section aria-labelledby="sidebar-h" data-parley="sidebar-settings">
      <h2 id="sidebar-h">{t('optionsSidebarHeading')}</h2>
      <fieldset>
        <legend>{t('optionsSidebarSide')}</legend>
        <div class="chips">
          {SIDES.map((s) => (
            <label key={s} class="check">
              <input type="radio" name="sidebar-side" data-parley={`side-${s}`} checked={side === s} onChange={() => choose(s)} />
              {t(`optionsSide_${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p class="muted">{t('optionsSidebarHelp')}</p>
    </section>
  );
}
