/**
 * Derives the Firefox MV3 manifest from the Chrome one at build time: Firefox runs the
 * background as an event page (background.scripts), needs a gecko id, and asks add-ons to
 * declare their data collection (Parley collects nothing).
 */
interface ChromeManifest {
  background: { service_worker: string; type?: string };
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_scripts?: Record<string, unknown>[];
  [key: string]: unknown;
}

export function firefoxManifest(chrome: ChromeManifest): Record<string, unknown> {
  const { background, web_accessible_resources, content_scripts, minimum_chrome_version: _min, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    // Firefox has no use_dynamic_url; its moz-extension UUID is already random per install.
    web_accessible_resources: web_accessible_resources?.map(({ use_dynamic_url: _d, ...w }) => w),
    // match_origin_as_fallback is Chrome-only; Firefox injects into about:blank via match_about_blank.
    content_scripts: content_scripts?.map(({ match_origin_as_fallback: _m, ...c }) => c),
    browser_specific_settings: {
      gecko: {
        id: 'parley@parley.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
