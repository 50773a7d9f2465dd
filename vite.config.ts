import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import base from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';
import { buildContentAwake, buildContentStage } from './scripts/lib/content-stage.ts';
import { AWAKE_FILE } from './src/platform/awake-file.ts';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const chromeManifest = { ...base, version: pkg.version };
const manifest = target === 'firefox' ? firefoxManifest(chromeManifest) : chromeManifest;

// The content script's second stage, bundled inside a function for the sentinel to call, and
// its awake stage, a file of its own the background injects where a chat is found.
const contentStage = await buildContentStage({ target: 'es2022' });
const contentAwake = await buildContentAwake({ target: 'es2022' });

export default defineConfig({
  // Passed on to crxjs's content-script build too (it takes the parent's `resolve`).
  resolve: { alias: { 'parley:content-stage': contentStage } },
  plugins: [
    preact(),
    {
      name: 'parley-content-awake',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: AWAKE_FILE, source: contentAwake });
      },
    },
    crx({
      manifest: manifest as ManifestV3Export,
      browser: target,
      // One self-contained IIFE: no web-accessible chunks that would let pages detect Parley,
      // and exact document_start timing for the send gate (toolchain.md P4, P5).
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The sidebar is not named in the manifest except as a web-accessible resource, so crxjs
    // does not bundle it by itself (the popup and options pages are picked up from the manifest).
    rollupOptions: { input: { sidebar: 'src/sidebar/index.html' } },
  },
});
