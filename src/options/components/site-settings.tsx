/**
 * Where Parley runs: everywhere, everywhere except the listed sites, or only on them. Each of the
 * two listing modes has its own list, and the page shows the one the chosen mode uses, named for
 * what it does. A list is one storage.sync item: a site that would not fit is refused with a
 * message, and so is a save the browser refuses.
 */
import { useState } from 'preact/hooks';
import { siteListsFit } from '../../core/sites/pause';
import { t } from '../../platform/i18n';
import { normaliseHost, siteListKey, SITE_MODES } from '../../shared/settings-schema';
import { SettingsError } from '../../ui/settings-error';
import { useSettings } from '../../ui/use-settings';

export function SiteSettings() {
  const { settings, save, error: saveError } = useSettings();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  if (!settings) return null;
  const mode = settings['sites.mode'];
  const key = siteListKey(mode);
  const list = key ? settings[key] : [];
  const add = (e: Event) => {
    e.preventDefault();
    if (!key) return;
    const host = normaliseHost(draft);
    if (!host) {
      setError(t('optionsSiteInvalid', draft.trim()));
      return;
    }
    if (list.includes(host)) {
      setError('');
      setDraft('');
      return;
    }
    const next = [...list, host].sort();
    if (!siteListsFit({ [key]: next })) {
      setError(t('optionsSitesFull', host));
      return;
    }
    setError('');
    void save({ [key]: next }).then((saved) => saved && setDraft(''));
  };
  return (
    <section aria-labelledby="sites-h" data-parley="site-settings">
      <h2 id="sites-h">{t('optionsSitesHeading')}</h2>
      <fieldset>
        <legend class="sr-only">{t('optionsSitesHeading')}</legend>
        {SITE_MODES.map((m) => (
          <label key={m} class="check">
            <input type="radio" name="sites-mode" data-parley={`sites-${m}`} checked={mode === m} onChange={() => void save({ 'sites.mode': m })} />
            {t(`optionsSites_${m}`)}
          </label>
        ))}
      </fieldset>
      {!key ? (
        <p class="muted" data-parley="sites-everywhere-note">{t('optionsSitesEverywhereNote')}</p>
      ) : (
        <div class="site-list" data-parley="site-list-for" data-mode={mode}>
          <h3 id="site-list-h">{t(key === 'sites.except' ? 'optionsSitesListExcept' : 'optionsSitesListOnly')}</h3>
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
            <ul class="sites" data-parley="site-list" aria-labelledby="site-list-h">
              {list.map((host) => (
                <li key={host}>
                  <span>{host}</span>
                  <button type="button" class="link" aria-label={t('optionsSiteRemove', host)} onClick={() => void save({ [key]: list.filter((h) => h !== host) })}>
                    {t('optionsSiteRemoveShort')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <SettingsError error={saveError} />
    </section>
  );
}
