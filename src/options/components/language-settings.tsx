/** Interface language (browser's or chosen) and the tone packs in use. */
import { t } from '../../platform/i18n';
import { LANGUAGES, UI_LANGUAGES, type LanguageId } from '../../shared/settings-schema';
import { SettingsError } from '../../ui/settings-error';
import { useSettings } from '../../ui/use-settings';

export function LanguageSettings() {
  const { settings, save, error } = useSettings();
  if (!settings) return null;
  const enabled = settings['tone.languages'];
  const toggle = (lang: LanguageId, on: boolean) => {
    const next = on ? LANGUAGES.filter((l) => l === lang || enabled.includes(l)) : enabled.filter((l) => l !== lang);
    if (next.length > 0) void save({ 'tone.languages': next });
  };
  return (
    <section aria-labelledby="lang-h" data-parley="language-settings">
      <h2 id="lang-h">{t('optionsLanguageHeading')}</h2>
      <label class="field">
        {t('optionsUiLanguage')}{' '}
        <select data-parley="ui-language" value={settings['ui.language']} onChange={(e) => void save({ 'ui.language': e.currentTarget.value as (typeof UI_LANGUAGES)[number] })}>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l}>{l === 'auto' ? t('optionsUiLanguageAuto') : t(`sidebarLang_${l}`)}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('optionsToneLanguages')}</legend>
        <div class="chips">
          {LANGUAGES.map((l) => (
            <label key={l} class="check">
              <input
                type="checkbox"
                data-parley={`tone-lang-${l}`}
                checked={enabled.includes(l)}
                disabled={enabled.length === 1 && enabled.includes(l)}
                onChange={(e) => toggle(l, e.currentTarget.checked)}
              />
              {t(`sidebarLang_${l}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p class="muted">{t('optionsToneLanguagesHelp')}</p>
      <SettingsError error={error} />
    </section>
  );
}
