/**
 * The host name of the page the user sees, for the per-site off switch. A widget's frame is
 * often the vendor's origin, so the top page comes from `location.ancestorOrigins` (Chromium,
 * Safari); Firefox has none, and there the frame's own host is the best we know.
 */
export function topSite(win: Window): string {
  const ancestors = win.location.ancestorOrigins;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : win.location.origin;
  try {
    return new URL(top ?? '').hostname;
  } catch {
    return win.location.hostname;
  }
}
