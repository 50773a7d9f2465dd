/**
 * "Pause Parley on this site" for the page the popup or sidebar is about, and "Resume" when it is
 * paused: one click changes where Parley runs (src/core/sites/pause.ts); the content script
 * follows the settings live, so the sidebar goes away or comes back at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { pauseSite, resumeSite, siteListsFit } from '../core/sites/pause';
import { t } from '../platform/i18n';
import { sendFromPage } from '../platform/messaging';
import { parleyRunsOn } from '../shared/settings-schema';
import { SettingsError } from './settings-error';
import { useSettings } from './use-settings';

/** The host of the page this popup or sidebar is about, or null (browser pages, files). */
function useCurrentHost(): string | null {
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    sendFromPage('site/current', {}).then(
      (r) => live && setHost(r.host),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return host;
}

export function SitePause({ help }: { help?: string }) {
  const host = useCurrentHost();
  const { settings, save, error } = useSettings();
  const [full, setFull] = useState(false);
  if (!host || !settings) return null;
  const running = parleyRunsOn(settings, host);
  const toggle = () => {
    const patch = running ? pauseSite(settings, host) : resumeSite(settings, host);
    if (!patch) return;
    const fits = siteListsFit(patch);
    setFull(!fits);
    if (fits) void save(patch);
  };
  return (
    <section class="site-pause" data-parley="site-pause" data-state={running ? 'running' : 'paused'} aria-label={t('sitePauseLabel')}>
      <p>{t(running ? 'siteRunning' : 'sitePaused', host)}</p>
      <button type="button" data-parley={running ? 'pause-site' : 'resume-site'} onClick={toggle}>
        {t(running ? 'sitePause' : 'siteResume')}
      </button>
      {help && running && <p class="muted small">{help}</p>}
      {full && <p role="alert" class="error">{t('optionsSitesFull', host)}</p>}
      <SettingsError error={error} />
    </section>
  );
}
