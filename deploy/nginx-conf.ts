/**
 * `npm run nginx:conf`: prints the nginx site of deploy/nginx.ts for the dist/ just built (its Content-Security-Policy
 * names that build's inline stylesheets), or, with `--example`, the example committed as deploy/nginx-site.example.conf.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scanPages } from './dist.ts';
import { exampleSiteConf, siteConf } from './nginx.ts';

/** `npm run nginx:conf -- --server-name … [--root …] [--dist dist] [--certificate … --certificate-key …]`, or `-- --example`. */
function main(): void {
  const { values } = parseArgs({
    options: {
      example: { type: 'boolean', default: false },
      'server-name': { type: 'string' },
      root: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      certificate: { type: 'string' },
      'certificate-key': { type: 'string' },
    },
  });
  if (values.example) {
    process.stdout.write(exampleSiteConf());
    return;
  }
  const serverName = values['server-name'];
  if (serverName === undefined) {
    console.error('Usage: npm run nginx:conf -- --server-name orientation.example.fr [--root /srv/orientation/dist] [--dist dist]\n' +
      '         [--certificate /etc/letsencrypt/live/<name>/fullchain.pem --certificate-key /etc/letsencrypt/live/<name>/privkey.pem]');
    process.exit(2);
  }
  const dist = path.resolve(values.dist);
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`deploy/nginx-conf.ts: no build in ${dist}: run \`npm run build:production\` first.`);
    process.exit(1);
  }
  process.stdout.write(
    siteConf({
      root: values.root ?? dist,
      styleHashes: scanPages(dist).styleHashes,
      brotli: true,
      serverName,
      certificate: values.certificate ?? `/etc/letsencrypt/live/${serverName}/fullchain.pem`,
      certificateKey: values['certificate-key'] ?? `/etc/letsencrypt/live/${serverName}/privkey.pem`,
    }),
  );
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
