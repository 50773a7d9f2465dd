/** How the tone check speaks up: sensitivity, categories (each explained), and holding the send. */
import { t } from '../../platform/i18n';
import { SENSITIVITIES, TONE_CATEGORY_IDS, type ToneCategoryId } from '../../shared/settings-schema';
import { SettingsError } from '../../ui/settings-error';
import { useSettings } from '../../ui/use-settings';

type Hold = 'hostile' | 'never' | 'all';

/** Example figures for the explanations that quote one ("3 exclamation marks…"). */
const EXAMPLE: Partial<Record<ToneCategoryId, string>> = { exclaim: '3', length: '180', burst: '4' };

export function ToneSettings() {
  const { settings, save, error } = useSettings();
  if (!settings) return null;
  const disabled = settings['tone.disabledCategories'];
  const toggle = (id: ToneCategoryId, on: boolean) =>
    void save({ 'tone.disabledCategories': on ? disabled.filter((c) => c !== id) : [...disabled, id] });
  const hold: Hold = settings['tone.neverHold'] ? 'never' : settings['tone.holdCoaching'] ? 'all' : 'hostile';
  const setHold = (next: Hold) => void save({ 'tone.neverHold': next === 'never', 'tone.holdCoaching': next === 'all' });
  return (
    <section aria-labelledby="tone-h" data-parley="tone-settings">
      <h2 id="tone-h">{t('optionsToneHeading')}</h2>
      <fieldset>
        <legend>{t('optionsSensitivity')}</legend>
        <div class="chips">
          {SENSITIVITIES.map((s) => (
            <label key={s} class="check">
              <input type="radio" name="sensitivity" data-parley={`sensitivity-${s}`} checked={settings['tone.sensitivity'] === s} onChange={() => void save({ 'tone.sensitivity': s })} />
              {t(`optionsSensitivity_${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('optionsHold')}</legend>
        {(['hostile', 'all', 'never'] as const).map((h) => (
          <label key={h} class="check">
            <input type="radio" name="hold" data-parley={`hold-${h}`} checked={hold === h} onChange={() => setHold(h)} />
            {t(`optionsHold_${h}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsCategories')}</legend>
        <ul class="categories">
          {TONE_CATEGORY_IDS.map((id) => (
            <li key={id}>
              <label class="check">
                <input type="checkbox" data-parley={`category-${id}`} checked={!disabled.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} aria-describedby={`cat-${id}`} />
                <strong>{t(`composer_cat_${id}`)}</strong>
              </label>
              <p id={`cat-${id}`} class="muted">{t(`tone_${id}`, EXAMPLE[id] ?? '')}</p>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="muted">{t('optionsFirmNote')}</p>
      <SettingsError error={error} />
    </section>
  );
}
