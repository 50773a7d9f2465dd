/**
 * The sidebar's host in the top frame: <parley-sidebar data-parley="sidebar"> with a CLOSED shadow
 * root holding an iframe of Parley's own sidebar page. The page can see that the host exists but
 * cannot read the iframe (another origin), so the case file, templates and transcript stay
 * private; page CSS cannot reach in (`all: initial` on the host, !important everywhere).
 * The sidebar overlays the page (no layout shift), on the side the user chose, resizable by its
 * inner edge, and takes the whole width of narrow windows.
 */
import { extensionPageUrl } from '../../platform/extension-url';
import { t } from '../../platform/i18n';
import {
  DEFAULT_LAYOUT,
  getSidebarLayout,
  MAX_WIDTH,
  MIN_WIDTH,
  onSidebarLayoutChange,
  updateSidebarLayout,
  type SidebarLayout,
} from '../../platform/ui-state';
import { HOST_CSS } from './sidebar-host-css';

const WIDTH_COLLAPSED = 44;

export interface SidebarHost {
  setWidget(widget: string): void;
  focus(): void;
  remove(): void;
}

export function mountSidebar(doc: Document, widget: string, signal: AbortSignal): SidebarHost {
  const host = doc.createElement('parley-sidebar');
  host.setAttribute('data-parley', 'sidebar');
  host.setAttribute('data-parley-widget', widget);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  const frame = doc.createElement('iframe');
  frame.src = extensionPageUrl('src/sidebar/index.html');
  frame.title = 'Parley';
  frame.setAttribute('allow', 'clipboard-write');
  const grip = doc.createElement('div');
  grip.className = 'grip';
  grip.setAttribute('role', 'separator');
  grip.setAttribute('aria-orientation', 'vertical');
  grip.setAttribute('aria-label', t('sidebarResize'));
  grip.tabIndex = 0;
  shadow.append(style, frame, grip);

  let layout: SidebarLayout = DEFAULT_LAYOUT;
  const apply = (next: SidebarLayout) => {
    layout = next;
    host.style.setProperty('--parley-width', `${next.collapsed ? WIDTH_COLLAPSED : next.width}px`, 'important');
    host.setAttribute('data-parley-side', next.side);
    host.toggleAttribute('data-parley-collapsed', next.collapsed);
    grip.setAttribute('aria-valuenow', String(next.width));
  };
  apply(DEFAULT_LAYOUT);
  void getSidebarLayout().then(apply, () => undefined);
  onSidebarLayoutChange(apply, signal);
  makeResizable(doc, host, grip, () => layout, apply, signal);

  const attach = () => {
    if (!host.isConnected && !signal.aborted) doc.documentElement.append(host);
  };
  // Some pages rebuild <body> or strip unknown nodes; put the host back when that happens.
  const guard = new MutationObserver(attach);
  guard.observe(doc.documentElement, { childList: true });
  attach();

  const remove = () => {
    guard.disconnect();
    host.remove();
  };
  signal.addEventListener('abort', remove, { once: true });
  return {
    setWidget: (id) => host.setAttribute('data-parley-widget', id),
    focus: () => frame.focus(),
    remove,
  };
}

/** Dragging the inner edge (or arrow keys on it) sets the width; the result is remembered. */
function makeResizable(
  doc: Document,
  host: HTMLElement,
  grip: HTMLElement,
  current: () => SidebarLayout,
  apply: (l: SidebarLayout) => void,
  signal: AbortSignal,
): void {
  const clamp = (w: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)));
  const save = () => void updateSidebarLayout({ width: current().width }).catch(() => undefined);
  grip.addEventListener('pointerdown', (down) => {
    if (current().collapsed) return;
    down.preventDefault();
    grip.setPointerCapture(down.pointerId);
    host.setAttribute('data-parley-resizing', '');
    const move = (e: PointerEvent) => {
      const width = current().side === 'left' ? e.clientX : (doc.defaultView?.innerWidth ?? 0) - e.clientX;
      apply({ ...current(), width: clamp(width) });
    };
    const up = () => {
      grip.removeEventListener('pointermove', move);
      host.removeAttribute('data-parley-resizing');
      save();
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up, { once: true });
    grip.addEventListener('lostpointercapture', up, { once: true });
  }, { signal });
  grip.addEventListener('keydown', (e) => {
    const step = e.shiftKey ? 40 : 10;
    const grow = current().side === 'left' ? 'ArrowRight' : 'ArrowLeft';
    const shrink = current().side === 'left' ? 'ArrowLeft' : 'ArrowRight';
    if (e.key !== grow && e.key !== shrink) return;
    e.preventDefault();
    apply({ ...current(), width: clamp(current().width + (e.key === grow ? step : -step)) });
    save();
  }, { signal });
}
