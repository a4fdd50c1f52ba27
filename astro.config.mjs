// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { deployIntegration } from './deploy/integration.ts';
import { borneServiceWorker } from './src/kiosk/service-worker.ts';

/**
 * Preact renders the island on the server, and the island hydrates itself (src/components/island/boot.ts): no
 * component has a `client:` directive, so the renderer's client entry (Astro's island hydration, which may load
 * @preact/signals) would ship unused. It is left out; a `client:` directive would need it back.
 * @returns {import('astro').AstroIntegration}
 */
function preactWithoutClientEntry() {
  const integration = preact();
  const setup = integration.hooks['astro:config:setup'];
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup?.({ ...options, addRenderer: ({ clientEntrypoint: _unused, ...renderer }) => options.addRenderer(renderer) }),
    },
  };
}

export default defineConfig({
  output: 'static',
  // The public origin of the site (absolute hreflang alternates, security.txt): `npm run build:production` requires
  // SITE_URL; a development build (`npm run build`, `npm start`) uses the local address.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // The borne's service worker (scope /borne/ and /<lang>/borne/ only), generated over dist/ after the build and
  // before the deploy integration (which compresses and hashes what is in dist/).
  integrations: [preactWithoutClientEntry(), borneServiceWorker(), deployIntegration()],
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
