/**
 * A small panel next to the composer, in the composer's own frame: a host element with an open
 * shadow root (page CSS cannot restyle it, tests and users' tools can find it), fixed-positioned
 * above the composer when there is more room above, else below, and kept there on scroll and
 * resize. It only ever shows the user's own draft, so a shadow root is isolation enough (the
 * sidebar's iframe is for data the page must not read).
 */
import { OVERLAY_CSS } from './overlay-style';

export interface Overlay {
  root: ShadowRoot;
  /** The panel element inside the shadow root. */
  panel: HTMLElement;
  remove(): void;
}

const GAP = 8;
const WIDTH = 380;

const HOST_STYLE = 'all: initial; position: fixed; z-index: 2147483647; display: block; box-sizing: border-box;';

function place(host: HTMLElement, anchor: HTMLElement): void {
  const win = host.ownerDocument.defaultView;
  if (!win) return;
  const r = anchor.getBoundingClientRect();
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const width = Math.max(160, Math.min(WIDTH, vw - 2 * GAP));
  const left = Math.min(Math.max(GAP, r.left), Math.max(GAP, vw - width - GAP));
  const above = r.top > vh - r.bottom;
  const room = Math.max(120, (above ? r.top : vh - r.bottom) - 2 * GAP);
  host.style.cssText = `${HOST_STYLE} left: ${left}px; width: ${width}px; max-height: ${room}px; ${
    above ? `bottom: ${Math.max(GAP, vh - r.top + GAP)}px;` : `top: ${Math.min(vh - GAP, r.bottom + GAP)}px;`
  }`;
}

export function createOverlay(anchor: HTMLElement, kind: string): Overlay {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('parley-composer-panel');
  host.setAttribute('data-parley', `${kind}-host`);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('data-parley', kind);
  root.append(style, panel);
  place(host, anchor);
  doc.documentElement.append(host);
  const win = doc.defaultView;
  const follow = () => place(host, anchor);
  win?.addEventListener('resize', follow, { passive: true });
  win?.addEventListener('scroll', follow, { passive: true, capture: true });
  return {
    root,
    panel,
    remove() {
      win?.removeEventListener('resize', follow);
      win?.removeEventListener('scroll', follow, { capture: true });
      host.remove();
    },
  };
}
