import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // happy-dom cannot load extension pages into iframes; say so quietly instead of logging errors.
    environmentOptions: { happyDOM: { settings: { disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
  },
});
