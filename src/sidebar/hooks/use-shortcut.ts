import { useEffect, useState } from 'preact/hooks';
import { shortcuts } from '../../platform/extension-info';

/**
 * The keys in effect for a command of the manifest ('' when the user removed them), read from
 * the browser (commands.getAll): the user may have changed them at chrome://extensions/shortcuts.
 */
export function useShortcut(name: string): string {
  const [keys, setKeys] = useState('');
  useEffect(() => {
    let live = true;
    shortcuts().then(
      (list) => live && setKeys(list.find((s) => s.name === name)?.keys ?? ''),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [name]);
  return keys;
}
