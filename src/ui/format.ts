/** Dates and counts in the interface language. */
export function formatDateTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

export function hostOf(site: string): string {
  try {
    return new URL(site).host || site;
  } catch {
    return site;
  }
}
