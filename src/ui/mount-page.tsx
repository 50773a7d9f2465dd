import { render, type ComponentType } from 'preact';
import { followInterfaceLanguage, uiLanguage } from '../platform/i18n';

/**
 * Renders an extension page in the interface language the user chose (or the browser's), sets
 * `<html lang>` for screen readers, and re-renders the whole page when the choice changes.
 */
export function mountPage(App: ComponentType): void {
  const root = document.getElementById('app')!;
  const draw = () => {
    const lang = uiLanguage();
    document.documentElement.lang = lang;
    document.documentElement.dir = 'ltr'; // all seven interface languages are left-to-right
    // A new key remounts the tree, so every string is looked up again in the new language.
    render(<App key={lang} />, root);
  };
  void followInterfaceLanguage(draw, new AbortController().signal).then(draw, draw);
}
