/**
 * The tone warning shown while a send is held: the draft with each flagged phrase marked, the
 * calmer draft exactly as "Use suggestion" would put it in the composer (Parley's changes
 * marked), why each finding may land badly, and three actions.
 *
 * It is a modal alertdialog, on purpose: the send is waiting on the user's answer, so a
 * screen-reader user should hear the warning and stay in it until they choose (Edit, Use
 * suggestion, Send anyway) or press Esc, rather than Tab out into a page where the message
 * silently did not leave. So aria-modal="true" (screen readers keep their reading cursor in the
 * dialog), focus moves in when it appears, Tab and Shift+Tab cycle through its buttons, and Esc
 * closes it and returns focus to the composer. It does not make the page inert (that is the
 * page's DOM, not ours): a mouse user may still click into the composer, where Esc also closes it
 * (gate.ts) and typing closes it.
 */
import type { CalmDraft, Finding } from '../../core/tone/index';
import { t } from '../../platform/i18n';
import { calmerDraft, el, findingItem, markedDraft } from './findings-view';
import { createOverlay } from './overlay';

export interface WarningActions {
  edit(): void;
  useSuggestion(): void;
  sendAnyway(): void;
  /** Esc: closed without a choice; focus goes back to the composer. */
  dismiss(): void;
}

export interface Warning {
  close(): void;
  /** Whether the event happened inside the warning. */
  owns(event: Event): boolean;
}

function button(doc: Document, hook: string, label: string, run: () => void, primary = false): HTMLButtonElement {
  const b = el(doc, 'button', primary ? 'primary' : '', label);
  b.type = 'button';
  b.setAttribute('data-parley', hook);
  // Only the user's own clicks (mouse or keyboard): a page script cannot press these for them.
  b.addEventListener('click', (e) => {
    if (e.isTrusted) run();
  });
  return b;
}

function trapKeys(panel: HTMLElement, buttons: HTMLButtonElement[], dismiss: () => void): void {
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      dismiss();
      return;
    }
    if (e.key !== 'Tab') return;
    e.preventDefault();
    e.stopPropagation();
    const active = (panel.getRootNode() as ShadowRoot).activeElement;
    const i = buttons.indexOf(active as HTMLButtonElement);
    const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : (i + 1) % buttons.length;
    buttons[next]?.focus();
  });
}

export function showWarning(composer: HTMLElement, draft: string, findings: readonly Finding[], calmer: CalmDraft | null, actions: WarningActions): Warning {
  const overlay = createOverlay(composer, 'tone-warning');
  const { panel } = overlay;
  const doc = composer.ownerDocument;
  panel.setAttribute('role', 'alertdialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-labelledby', 'parley-warning-title');
  panel.setAttribute('aria-describedby', 'parley-warning-intro');
  const title = el(doc, 'h2', '', t('composer_warning_title'));
  title.id = 'parley-warning-title';
  const intro = el(doc, 'p', '', t('composer_warning_intro'));
  intro.id = 'parley-warning-intro';
  // The draft once with every phrase marked, the calmer draft, then the findings; only this part
  // scrolls, so the title and the actions stay in view however many findings there are.
  const body = el(doc, 'div', 'body');
  const list = el(doc, 'ul', '');
  for (const f of findings) list.append(findingItem(doc, draft, f));
  body.append(markedDraft(doc, draft, findings));
  if (calmer) body.append(calmerDraft(doc, calmer));
  body.append(list);
  const buttons = [
    button(doc, 'edit', t('composer_edit'), actions.edit, true),
    ...(calmer ? [button(doc, 'use-suggestion', t('composer_use_suggestion'), actions.useSuggestion)] : []),
    button(doc, 'send-anyway', t('composer_send_anyway'), actions.sendAnyway),
  ];
  const row = el(doc, 'div', 'actions');
  row.append(...buttons);
  panel.append(title, intro, body, row);
  trapKeys(panel, buttons, actions.dismiss);
  buttons[0]!.focus();
  const host = overlay.root.host;
  return {
    close: () => overlay.remove(),
    owns: (event) => event.composedPath().includes(host),
  };
}
