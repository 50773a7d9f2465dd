/**
 * "This is my support chat": an element picker. A highlight follows the pointer; a click picks the
 * area under it (we widen it to the nearest ancestor that reads as a chat), Esc cancels. The UI
 * sits in a closed shadow root and holds no page text.
 *
 * The picker may run in every frame of a tab at once: each one highlights only its own document
 * (over an iframe the top frame's highlight steps aside for the frame's own), only the top frame
 * shows the instructions, and the caller stops the others once one frame has its answer.
 */
import { t } from '../../platform/i18n';
import { bindPicked } from '../detect/generic';
import type { Binding } from '../detect/types';

const MAX_WIDEN = 8;
const CSS = `
:host { all: initial !important; }
.box { position: fixed; pointer-events: none; z-index: 2147483647; border: 2px solid #2f5bd3; background: rgba(47, 91, 211, 0.12); border-radius: 6px; transition: all 60ms linear; }
.hint { position: fixed; left: 50%; top: 16px; transform: translateX(-50%); z-index: 2147483647; font: 14px/1.4 system-ui, sans-serif; background: #172033; color: #fff; padding: 10px 14px; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.hint.warn { background: #a4470f; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: reduce) { .box { transition: none; } }`;

export interface PickerOptions {
  /** Show the instructions right away (the top frame); otherwise only when a click misses. */
  hint: boolean;
}

/** The picked element (or a chat-like ancestor) and its binding, or null when the user gave up. */
export function startPicker(doc: Document, signal: AbortSignal, options: PickerOptions = { hint: true }): Promise<{ area: Element; binding: Binding } | null> {
  return new Promise((resolve) => {
    const host = doc.createElement('parley-picker');
    host.setAttribute('data-parley', 'picker');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.className = 'box';
    const hint = doc.createElement('div');
    hint.className = 'hint';
    hint.setAttribute('role', 'status');
    hint.textContent = t('pickerHint');
    hint.hidden = !options.hint;
    shadow.append(style, box, hint);
    doc.documentElement.append(host);

    const controller = new AbortController();
    const opts = { capture: true, signal: controller.signal };
    const finish = (result: { area: Element; binding: Binding } | null) => {
      controller.abort();
      host.remove();
      resolve(result);
    };
    const target = (e: Event) => (e.composedPath().find((n) => n instanceof Element && n !== host) as Element | undefined) ?? null;
    doc.addEventListener('mousemove', (e) => {
      const el = target(e);
      if (!el) return;
      // An iframe's own picker highlights inside it.
      box.hidden = el.localName === 'iframe' || el.localName === 'frame';
      const r = el.getBoundingClientRect();
      Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    }, opts);
    doc.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      const el = target(e);
      const picked = el && widenToChat(el);
      if (picked) finish(picked);
      else {
        hint.hidden = false;
        hint.classList.add('warn');
        hint.textContent = t('pickerNoChat');
      }
    }, opts);
    doc.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      finish(null);
    }, opts);
    signal.addEventListener('abort', () => finish(null), { once: true, signal: controller.signal });
  });
}

function widenToChat(el: Element): { area: Element; binding: Binding } | null {
  let area: Element | null = el;
  for (let i = 0; area && i <= MAX_WIDEN; i++, area = area.parentElement) {
    const binding = bindPicked(area);
    if (binding && binding.messages().length > 0 && binding.composer()) return { area, binding };
  }
  return null;
}
