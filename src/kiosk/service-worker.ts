/**
 * The borne's service worker, generated after the build (Astro integration, `astro:build:done`) by workbox-build's
 * generateSW over dist/: it precaches the borne's pages and props in every language, the site's scripts (chunks),
 * the commune index of the département step (every piece of it: /geo/cp-<digit>.json, /geo/nom-<letter>.json) and
 * the favicon, so that a borne whose network drops still completes
 * a journey. One copy per language of the borne, each at `<start>sw.js` with the scope of its start (`/borne/`,
 * `/en/borne/`…): the ordinary site's pages are never controlled, and its caching is unchanged.
 *
 * A new version installs in the background and waits: it takes over only when a start screen posts
 * `{ type: 'SKIP_WAITING' }` (src/kiosk/frame.ts), never in the middle of a questionnaire.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { locales } from '../i18n/routes.ts';
import { kioskStart } from './paths.ts';

/** What a borne needs offline, relative to dist/. */
export const PRECACHE_PATTERNS = [
  'borne/**/*.{html,json}',
  '*/borne/**/*.{html,json}',
  '_astro/**/*.{js,css}',
  'geo/*.json',
  'favicon.svg',
];

export function borneServiceWorker(): AstroIntegration {
  return {
    name: 'borne-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const first = path.join(root, 'borne', 'sw.js');
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: PRECACHE_PATTERNS,
          globIgnores: ['**/sw.js'],
          swDest: first,
          // Absolute URLs: the same worker is served from every language's borne.
          modifyURLPrefix: { '': '/' },
          directoryIndex: 'index.html',
          // Hashed file names need no revision.
          dontCacheBustURLsMatching: /^\/_astro\//,
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        for (const locale of locales) {
          const start = kioskStart(locale);
          if (start === '/borne/') continue;
          await fs.copyFile(first, path.join(root, start, 'sw.js'));
        }
        logger.info(`borne/sw.js (and one per language): ${count} files precached, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
