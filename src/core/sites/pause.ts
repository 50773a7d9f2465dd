/**
 * "Pause Parley on this site" and "Resume": the settings change that turns Parley off or back on
 * for one host, whatever "where Parley runs" says now. A listed host covers its subdomains, so
 * resuming removes every entry that covers the host.
 */
import { hostCovers, parleyRunsOn, SYNC_ITEM_BYTES, syncItemBytes, type Settings, type SiteSettings } from '../../shared/settings-schema';

export type SitePatch = Partial<Pick<Settings, 'sites.mode' | 'sites.except' | 'sites.only'>>;

/**
 * Off on `host`: "everywhere" becomes "everywhere except" with the host listed; "except" lists
 * it; "only" drops the entries that let it run. Null when Parley is already off there.
 */
export function pauseSite(settings: SiteSettings, host: string): SitePatch | null {
  if (!parleyRunsOn(settings, host)) return null;
  if (settings['sites.mode'] === 'only') return { 'sites.only': settings['sites.only'].filter((h) => !hostCovers(h, host)) };
  return { 'sites.mode': 'except', 'sites.except': [...new Set([...settings['sites.except'], host])].sort() };
}

/** Back on at `host`: the reverse of `pauseSite`. Null when Parley already runs there. */
export function resumeSite(settings: SiteSettings, host: string): SitePatch | null {
  if (parleyRunsOn(settings, host)) return null;
  if (settings['sites.mode'] === 'only') return { 'sites.only': [...new Set([...settings['sites.only'], host])].sort() };
  return { 'sites.except': settings['sites.except'].filter((h) => !hostCovers(h, host)) };
}

/** Whether every site list in `patch` still fits in its storage.sync item. */
export function siteListsFit(patch: SitePatch): boolean {
  return (['sites.except', 'sites.only'] as const).every((key) => patch[key] === undefined || syncItemBytes(key, patch[key]) <= SYNC_ITEM_BYTES);
}
