/**
 * Download names, one rule for every export (popup, sidebar, options, the files in a zip):
 * - one conversation: `parley-<site>-<start date>.<ext>`, e.g. `parley-shop-example-com-2025-01-05.json`;
 * - several conversations (or none): `parley-all-<export date>.<ext>`, e.g. `parley-all-2025-01-06.zip`.
 * The site part is the origin's host, slugged to [a-z0-9-]; dates are YYYY-MM-DD in the user's
 * zone. Several files that would share a name get `-2`, `-3` … before the extension.
 */
import type { ExportDocument } from './model';

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

/** What a name is made of: the export time and the conversations' sites and start times (ISO). */
export type NamedExport = Pick<ExportDocument, 'exportedAt'> & { conversations: readonly { site: string; startedAt: string }[] };

/** The file name of an export (see above); `utcOffsetMinutes` as for `isoDate`. */
export function exportFileName(doc: NamedExport, extension: string, utcOffsetMinutes = 0): string {
  const only = doc.conversations.length === 1 ? doc.conversations[0] : undefined;
  const [subject, time] = only ? [siteSlug(only.site), Date.parse(only.startedAt)] : ['all', Date.parse(doc.exportedAt)];
  return `parley-${subject}-${isoDate(time, utcOffsetMinutes)}.${extension}`;
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
