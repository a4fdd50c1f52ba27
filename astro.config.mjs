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
  vite: { build: { assetsInlineLimit: 0 } },
});
