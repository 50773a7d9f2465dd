/** Where Parley runs: everywhere, everywhere except the listed sites, or only on them. */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { normaliseHost, SITE_MODES } from '../../shared/settings-schema';
import { useSettings } from '../use-settings';

export function SiteSettings() {
  const { settings, save } = useSettings();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  if (!settings) return null;
  const list = settings['sites.list'];
  const add = (e: Event) => {
    e.preventDefault();
    const host = normaliseHost(draft);
    if (!host) {
      setError(t('optionsSiteInvalid', draft.trim()));
      return;
    }
    setError('');
    setDraft('');
    if (!list.includes(host)) save({ 'sites.list': [...list, host].sort() });
  };
  return (
    <section aria-labelledby="sites-h" data-parley="site-settings">
      <h2 id="sites-h">{t('optionsSitesHeading')}</h2>
      <fieldset>
        <legend class="sr-only">{t('optionsSitesHeading')}</legend>
        {SITE_MODES.map((mode) => (
          <label key={mode} class="check">
            <input type="radio" name="sites-mode" data-parley={`sites-${mode}`} checked={settings['sites.mode'] === mode} onChange={() => save({ 'sites.mode': mode })} />
            {t(`optionsSites_${mode}`)}
          </label>
        ))}
      </fieldset>
      <form class="row" onSubmit={add}>
        <label for="site-input">{t('optionsSiteAdd')}</label>
        <input
          id="site-input"
          data-parley="site-input"
          value={draft}
          placeholder="support.example.com"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" data-parley="site-add">{t('optionsSiteAddButton')}</button>
      </form>
      {error && <p id="site-error" role="alert" class="error">{error}</p>}
      {list.length === 0 ? (
        <p class="muted">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="sites" data-parley="site-list">
          {list.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" class="link" aria-label={t('optionsSiteRemove', host)} onClick={() => save({ 'sites.list': list.filter((h) => h !== host) })}>
                {t('optionsSiteRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
