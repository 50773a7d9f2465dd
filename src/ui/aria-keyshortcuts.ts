/**
 * A browser command's keys ("Alt+Shift+P", or macOS's "⌥⇧P") in the form `aria-keyshortcuts`
 * wants: modifier names from the UI Events spec joined by "+" ("Alt+Shift+P", "Meta+Shift+P").
 * Returns '' for no shortcut.
 */
const SYMBOLS: Record<string, string> = { '⌘': 'Meta', '⌥': 'Alt', '⇧': 'Shift', '⌃': 'Control' };
const NAMES: Record<string, string> = { ctrl: 'Control', control: 'Control', macctrl: 'Control', command: 'Meta', cmd: 'Meta', alt: 'Alt', option: 'Alt', shift: 'Shift' };

export function ariaKeyShortcuts(keys: string): string {
  const text = keys.trim();
  if (!text) return '';
  const parts: string[] = [];
  let rest = text;
  while (rest && SYMBOLS[rest[0]!]) {
    parts.push(SYMBOLS[rest[0]!]!);
    rest = rest.slice(1);
  }
  for (const part of rest.split('+').map((p) => p.trim()).filter(Boolean)) parts.push(NAMES[part.toLowerCase()] ?? part);
  return parts.join('+');
}
