import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [preact()],
  resolve: {
    alias: {
      'parley:content-stage': fileURLToPath(new URL('./src/content/stage-direct.ts', import.meta.url)),
      'parley:content-awake': fileURLToPath(new URL('./src/content/awake-direct.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // happy-dom cannot load extension pages into iframes; say so quietly instead of logging errors.
    environmentOptions: { happyDOM: { settings: { disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
  },
});
