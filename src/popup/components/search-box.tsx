import { t } from '../../platform/i18n';

export function SearchBox({ query, busy, onInput }: { query: string; busy: boolean; onInput: (q: string) => void }) {
  return (
    <div class="search" role="search">
      <label class="sr-only" for="parley-search">
        {t('popupSearchLabel')}
      </label>
      <input
        id="parley-search"
        type="search"
        data-parley="search"
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        aria-busy={busy}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}
