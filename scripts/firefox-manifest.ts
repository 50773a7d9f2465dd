/**
 * Derives the Firefox MV3 manifest from the Chrome one at build time: Firefox runs the
 * background as an event page (background.scripts), needs a gecko id, and asks add-ons to
 * declare their data collection (Parley collects nothing). Content scripts keep
 * `match_origin_as_fallback`: Firefox reads it since 128 (bugs 1853411 and 1897113; from then on
 * a content script runs in blob: frames only with it), well below strict_min_version 142, so
 * chat widgets in about:blank, blob: and sandboxed frames are reached as in Chrome.
 */
interface ChromeManifest {
  background: { service_worker: string; type?: string };
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  [key: string]: unknown;
}

export function firefoxManifest(chrome: ChromeManifest): Record<string, unknown> {
  const { background, web_accessible_resources, minimum_chrome_version: _min, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    // Firefox has no use_dynamic_url; its moz-extension UUID is already random per install.
    web_accessible_resources: web_accessible_resources?.map(({ use_dynamic_url: _d, ...w }) => w),
    browser_specific_settings: {
      gecko: {
        id: 'parley@parley.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
