/**
 * The sidebar's host in the top frame: <parley-sidebar data-parley="sidebar"> with a CLOSED shadow
 * root holding an iframe of Parley's own sidebar page. The page can see that the host exists but
 * cannot read the iframe (another origin), so the case file, templates and transcript stay
 * private; page CSS cannot reach in (`all: initial` on the host, !important everywhere).
 */
import { extensionPageUrl } from '../../platform/extension-url';
import { getSidebarCollapsed, onSidebarCollapsedChange } from '../../platform/ui-state';

const WIDTH_OPEN = 360;
const WIDTH_COLLAPSED = 44;

const CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  height: 100vh !important;
  width: var(--parley-width) !important;
  max-width: 100vw !important;
  z-index: 2147483646 !important;
  display: block !important;
  box-shadow: 0 0 24px rgba(15, 23, 42, 0.18) !important;
  transition: width 160ms ease !important;
}
@media (prefers-reduced-motion: reduce) { :host { transition: none !important; } }
iframe {
  all: initial !important;
  display: block !important;
  width: 100% !important;
  height: 100% !important;
  border: 0 !important;
  color-scheme: normal !important;
}`;

export interface SidebarHost {
  setWidget(widget: string): void;
  remove(): void;
}

export function mountSidebar(doc: Document, widget: string, signal: AbortSignal): SidebarHost {
  const host = doc.createElement('parley-sidebar');
  host.setAttribute('data-parley', 'sidebar');
  host.setAttribute('data-parley-widget', widget);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const frame = doc.createElement('iframe');
  frame.src = extensionPageUrl('src/sidebar/index.html');
  frame.title = 'Parley';
  frame.setAttribute('allow', 'clipboard-write');
  shadow.append(style, frame);

  const setWidth = (collapsed: boolean) =>
    host.style.setProperty('--parley-width', `${collapsed ? WIDTH_COLLAPSED : WIDTH_OPEN}px`, 'important');
  setWidth(false);
  void getSidebarCollapsed().then(setWidth, () => undefined);
  onSidebarCollapsedChange(setWidth, signal);

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
    remove,
  };
}
