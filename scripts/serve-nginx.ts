/**
 * npm run serve:nginx — serves dist/ with nginx in the foreground on http://127.0.0.1:${PORT:-8080}/, with the
 * configuration of deploy/nginx.ts generated for this dist/ (its headers: deploy/headers.ts). Unprivileged: the
 * configuration, pid and temporary files live in a directory of the system's temporary folder (one per port,
 * emptied at each start); errors go to stderr. Ctrl+C stops it.
 *
 *   PORT=8080 npm run serve:nginx        (HOST overrides 127.0.0.1; NGINX, NGINX_BROTLI_MODULE: see deploy/nginx.ts)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanPages } from '../deploy/dist.ts';
import { brotliModule, findNginx, mimeTypes, standaloneConf } from '../deploy/nginx.ts';

const root = path.resolve(import.meta.dirname, '..', 'dist');
const port = Number(process.env['PORT'] ?? 8080);
const host = process.env['HOST'] ?? '127.0.0.1';

const nginx = findNginx();
if (nginx === null) {
  console.error('serve:nginx: nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-static), or set NGINX.');
  process.exit(1);
}
if (!existsSync(mimeTypes)) {
  console.error(`serve:nginx: ${mimeTypes} is missing (it comes with Debian's nginx-common).`);
  process.exit(1);
}
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve:nginx: no build in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}
const brotli = existsSync(brotliModule);
if (!brotli) console.warn(`serve:nginx: ${brotliModule} is missing (libnginx-mod-http-brotli-static): gzip only, no brotli.`);

const prefix = path.join(os.tmpdir(), `orientation-nginx-${port}`);
rmSync(prefix, { recursive: true, force: true });
mkdirSync(prefix, { recursive: true });
const conf = path.join(prefix, 'nginx.conf');
writeFileSync(conf, standaloneConf({ root, styleHashes: scanPages(root).styleHashes, brotli, prefix, host, port }));

console.log(`serving dist/ with nginx (${nginx}${brotli ? ', brotli' : ''}) on http://${host}:${port}/ — configuration: ${conf}`);
const child = spawn(nginx, ['-p', prefix, '-e', 'stderr', '-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
// nginx: TERM/INT stop at once, QUIT stops gracefully.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
