/**
 * Download names: `parley-<site>-<date>.<ext>`, e.g. `parley-shop-example-com-2025-01-05.json`.
 * The site part is the origin's host, slugged to [a-z0-9-]; the date is YYYY-MM-DD. Several
 * files that would share a name get `-2`, `-3` … before the extension.
 */
const MAX_SLUG = 60;

function hostOf(site: string): string {
  try {
    return new URL(site).hostname;
  } catch {
    return site;
  }
}

/** "https://www.Shop.example:8443" → "www-shop-example". Falls back to "chat" when there is no host. */
export function siteSlug(site: string): string {
  const slug = hostOf(site)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return slug || 'chat';
}

/**
 * YYYY-MM-DD of `time` (epoch ms) in the user's zone, given as minutes east of UTC (pass
 * `-new Date(time).getTimezoneOffset()` from the UI; core code reads no clock or zone).
 */
export function isoDate(time: number, utcOffsetMinutes = 0): string {
  return new Date(time + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function exportFileName(site: string, time: number, extension: string, utcOffsetMinutes = 0): string {
  return `parley-${siteSlug(site)}-${isoDate(time, utcOffsetMinutes)}.${extension}`;
}

/** The same names, in order, with `-2`, `-3` … added to repeats (case-insensitively, for Windows and macOS). */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
