/**
 * npm run build:production — the build to deploy. Refuses to start, saying what to set, unless:
 *   SITE_URL          the public origin, https (hreflang alternates, security.txt's Canonical), e.g. https://orientation.example.fr
 *   SECURITY_CONTACT  where to report a security problem (security.txt's Contact, RFC 9116): mailto:…, https://… or tel:…
 *                     The project has no contact of its own: whoever runs the site gives theirs.
 * Then runs `astro build` (which finishes dist/: deploy/dist.ts) and checks that no page links to a local address.
 * `npm run build` and `npm start` need no setting (development builds, local address).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isContactUri } from '../deploy/dist.ts';

const fail = (message: string): never => {
  console.error(`\nbuild:production: ${message}\n`);
  process.exit(1);
};

const site = process.env['SITE_URL'];
if (site === undefined || site.trim() === '') {
  fail(
    'SITE_URL is not set. Give the public address of the site, for example:\n' +
      '  SITE_URL=https://orientation.example.fr SECURITY_CONTACT=mailto:securite@example.fr npm run build:production\n' +
      '(the pages name it in their hreflang links; without it they would point to http://127.0.0.1:4321).',
  );
}
let url: URL;
try {
  url = new URL(site ?? '');
} catch {
  url = fail(`SITE_URL is not a URL: "${site}". Example: SITE_URL=https://orientation.example.fr`);
}
if (url.protocol !== 'https:') fail(`SITE_URL must be an https:// address (the site is served over HTTPS only, with HSTS): "${site}".`);
if (url.pathname !== '/' || url.search !== '' || url.hash !== '') fail(`SITE_URL must be an origin, without path: "${site}" (the site lives at the root).`);
if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) fail(`SITE_URL must be the public address, not a local one: "${site}".`);

const contact = process.env['SECURITY_CONTACT'];
if (contact === undefined || !isContactUri(contact.trim())) {
  fail(
    `SECURITY_CONTACT is ${contact === undefined ? 'not set' : `not a mailto:, https:// or tel: address: "${contact}"`}. ` +
      'Give where to report a security problem (written in /.well-known/security.txt), for example:\n' +
      '  SECURITY_CONTACT=mailto:securite@example.fr   or   SECURITY_CONTACT=https://example.fr/signaler-une-faille\n' +
      'The project has no security contact of its own: whoever runs the site gives theirs.',
  );
}

const env = { ...process.env, SITE_URL: url.origin, SECURITY_CONTACT: (contact ?? '').trim() };
console.log(`build:production: SITE_URL=${url.origin}, SECURITY_CONTACT=${env.SECURITY_CONTACT}`);
const build = spawnSync('astro', ['build'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Nothing built may name a local address (hreflang, canonical, security.txt).
const dist = path.resolve(import.meta.dirname, '..', 'dist');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const local = walk(dist)
  .filter((file) => /\.(html|txt|json|xml)$/.test(file))
  .filter((file) => /https?:\/\/(127\.0\.0\.1|localhost)\b/.test(readFileSync(file, 'utf8')))
  .map((file) => path.relative(dist, file));
if (local.length > 0) fail(`these built files name a local address:\n  ${local.join('\n  ')}`);
console.log(`build:production: dist/ is ready for ${url.origin}. nginx: npm run nginx:conf -- --server-name ${url.hostname} --root /srv/…/dist`);
