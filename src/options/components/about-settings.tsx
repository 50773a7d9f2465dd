/** Keyboard shortcuts (from the manifest's commands) and the version. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { extensionVersion, shortcuts, type Shortcut } from '../../platform/extension-info';

export function Shortcuts() {
  const [list, setList] = useState<Shortcut[]>([]);
  useEffect(() => void shortcuts().then(setList), []);
  return (
    <section aria-labelledby="keys-h" data-parley="shortcuts">
      <h2 id="keys-h">{t('optionsShortcutsHeading')}</h2>
      <dl class="keys">
        {list.map((s) => (
          <div key={s.name}>
            <dt>{s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">{t('optionsShortcutUnset', s.suggested)}</span>}</dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">{t('optionsShortcutsHelp')}</p>
    </section>
  );
}

export function About() {
  return (
    <section aria-labelledby="about-h" data-parley="about">
      <h2 id="about-h">{t('optionsAboutHeading')}</h2>
      <p data-parley="version">{t('optionsVersion', extensionVersion())}</p>
      <p>{t('optionsPrivacyText')}</p>
    </section>
  );
}
