// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

export default defineConfig({
  output: 'static',
  // The public origin of the site (absolute hreflang alternates); set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  integrations: [preact()],
  build: { inlineStylesheets: 'always', format: 'directory' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Preact and its hooks travel as one chunk (the questionnaire's code is loaded after the first paint,
      // and every chunk of it is a request and some bytes of glue).
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] } } },
    },
  },
});
