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

/**
 * The modules of the questionnaire's first screen that other code also imports (the borne's island, the
 * result's chunk, the quick exit's wipe): kept in the island's own chunk (see `codeSplitting` below).
 */
const ISLAND_FIRST_SCREEN =
  /src[\\/](components[\\/]island[\\/](boot\.ts|Questionnaire\.tsx|format\.ts|Also\.tsx|history-entry\.ts)|scripts[\\/]session\.ts)$/;

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
      // and every chunk of it is a request and some bytes of glue). The island's first screen is one chunk
      // too: the borne (/borne/) imports the same island, and without the `boot` group Rolldown split
      // the modules both use (the island's boot, the session, the formatting) into chunks of their own: three
      // more requests on /questionnaire/'s first load (issue 13). A group also takes in what its modules
      // import, hence the groups before it, for what other pages load without the island.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/, priority: 3 },
              // What the island's chunk must not take in, since other pages or the page's own script load them
              // without the island: i18next and the keys (contacts page), the flow and its conditions (partners
              // page), the INSEE codes (contacts and partners pages; before `flow`, which imports them), the
              // routes (every page), Vite's helper for dynamic imports (the page's script, before the island).
              { name: 'keys', test: /node_modules[\\/]i18next[\\/]|src[\\/]i18n[\\/]keys\.ts$/, priority: 2 },
              { name: 'flow', test: /src[\\/]domain[\\/](flow|conditions)\.ts$/, priority: 2 },
              { name: 'insee', test: /src[\\/]domain[\\/]insee\.ts$/, priority: 4 },
              { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 2 },
              { name: 'routes', test: /src[\\/]i18n[\\/]routes\.ts$/, priority: 2 },
              // Named after the island's boot, whose chunk it replaces (`_astro/boot.*.js`: tests/language-switch.spec.ts).
              { name: 'boot', test: ISLAND_FIRST_SCREEN, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
