/**
 * The gentle note for findings that do not hold the send (burst, length, or anything when the
 * user chose "never hold the send"): a polite live region near the composer that goes away by
 * itself. It never takes focus, so typing and sending carry on undisturbed.
 */
import type { Finding } from '../../core/tone/index';
import { t } from '../../platform/i18n';
import { categoryLabel, el, findingMessage } from './findings-view';
import { createOverlay } from './overlay';

const SHOW_MS = 6_000;

export interface Note {
  close(): void;
}

export function showNote(composer: HTMLElement, findings: readonly Finding[], signal: AbortSignal): Note {
  const overlay = createOverlay(composer, 'tone-note');
  const doc = composer.ownerDocument;
  overlay.panel.setAttribute('role', 'status');
  overlay.panel.setAttribute('aria-live', 'polite');
  overlay.panel.append(el(doc, 'p', '', t('composer_note_title')));
  const seen = new Set<string>();
  for (const f of findings) {
    if (seen.has(f.category)) continue;
    seen.add(f.category);
    const line = el(doc, 'p', 'why');
    line.append(el(doc, 'span', 'cat', categoryLabel(f)), ` ${findingMessage(f)}`);
    overlay.panel.append(line);
  }
  const timer = setTimeout(() => overlay.remove(), SHOW_MS);
  const close = () => {
    clearTimeout(timer);
    overlay.remove();
  };
  signal.addEventListener('abort', close, { once: true });
  return { close };
}
