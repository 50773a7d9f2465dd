import { LANGS, type Lang } from '../../core/tone/types';
import { t } from '../../platform/i18n';

interface Props {
  id: string;
  value: Lang;
  onChange(lang: Lang): void;
  hook?: string;
}

/** A language picker whose options are named in their own language (users look for their own). */
export function LangSelect({ id, value, onChange, hook }: Props) {
  return (
    <select id={id} value={value} data-parley={hook} onChange={(e) => onChange(e.currentTarget.value as Lang)}>
      {LANGS.map((lang) => (
        <option key={lang} value={lang}>{t(`sidebarLang_${lang}`)}</option>
      ))}
    </select>
  );
}
