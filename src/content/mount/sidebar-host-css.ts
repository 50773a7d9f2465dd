/** Styles of the sidebar host's closed shadow root; !important so page CSS cannot interfere. */
export const HOST_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  right: auto !important;
  height: 100vh !important;
  width: min(var(--parley-width), 100vw) !important;
  z-index: 2147483646 !important;
  display: block !important;
  box-shadow: 0 0 24px rgba(15, 23, 42, 0.18) !important;
  transition: width 160ms ease !important;
}
:host([data-parley-side="right"]) { left: auto !important; right: 0 !important; }
:host([data-parley-resizing]) { transition: none !important; }
@media (prefers-reduced-motion: reduce) { :host { transition: none !important; } }
iframe {
  all: initial !important;
  display: block !important;
  width: 100% !important;
  height: 100% !important;
  border: 0 !important;
  color-scheme: normal !important;
}
:host([data-parley-resizing]) iframe { pointer-events: none !important; }
.grip {
  position: absolute !important;
  top: 0 !important;
  right: -4px !important;
  width: 8px !important;
  height: 100% !important;
  cursor: col-resize !important;
  background: transparent !important;
}
:host([data-parley-side="right"]) .grip { right: auto !important; left: -4px !important; }
:host([data-parley-collapsed]) .grip { display: none !important; }
.grip:focus-visible { outline: none !important; background: rgba(47, 91, 211, 0.45) !important; }
/* Narrow windows: the open sidebar covers the window, like a drawer. */
@media (max-width: 640px) {
  :host(:not([data-parley-collapsed])) { width: 100vw !important; }
  .grip { display: none !important; }
}`;
