// The Astro integration that finishes dist/ for a server (deploy/dist.ts): CSP check and style hashes, `_headers`,
// security.txt, localized 404 pages, gzip and brotli twins. Runs at the end of every `astro build`.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishDist } from './dist.ts';

export function deployIntegration(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  return {
    name: 'orientation:deploy',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site !== undefined) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await finishDist(fileURLToPath(dir), {
          origin: site,
          canonical: process.env['SITE_URL'] !== undefined,
          contact: process.env['SECURITY_CONTACT'],
          log: (message) => logger.info(message),
        });
      },
    },
  };
}
