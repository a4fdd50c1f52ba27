/**
 * The nginx configuration of the site, for Debian's nginx (≥ 1.22) and its brotli module
 * (`apt-get install nginx libnginx-mod-http-brotli-static`). Its headers come from deploy/headers.ts; its
 * Content-Security-Policy names the inline stylesheets of ONE build of dist/ (deploy/dist.ts `scanPages`), so the
 * configuration is generated for that dist/, after each build:
 *
 *   npm run nginx:conf -- --server-name orientation.example.fr --root /srv/orientation/dist \
 *     [--certificate /etc/letsencrypt/live/…/fullchain.pem --certificate-key /etc/letsencrypt/live/…/privkey.pem] \
 *     [--dist dist]  > /etc/nginx/sites-available/orientation.conf
 *
 * prints the `server` blocks for /etc/nginx/sites-available (HTTPS on 443, HTTP on 80 redirecting to it);
 * `npm run serve:nginx` (scripts/serve-nginx.ts) runs the same `server` body on 127.0.0.1 in a self-contained
 * nginx.conf. Both share `siteDirectives`: what is tested is what is deployed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { prefixedLocales } from '../src/i18n/routes.ts';
import { hashedAssetsPrefix, headersFor, type Headers } from './headers.ts';

/** Debian's paths; NGINX and NGINX_BROTLI_MODULE override them. */
export const nginxCandidates = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
export const brotliModule = process.env['NGINX_BROTLI_MODULE'] ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const mimeTypes = '/etc/nginx/mime.types';

/** The nginx binary: NGINX if set, else the first that exists of nginxCandidates; null when there is none. */
export function findNginx(): string | null {
  const fromEnv = process.env['NGINX'];
  if (fromEnv !== undefined && fromEnv !== '') return existsSync(fromEnv) ? fromEnv : null;
  return nginxCandidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** `add_header` lines (`always`: on 404 responses too). nginx drops inherited add_header when a block has one. */
function addHeaders(headers: Headers, indent: string): string {
  return Object.entries(headers)
    .map(([name, value]) => `${indent}add_header ${name} "${value.replaceAll('"', '\\"')}" always;`)
    .join('\n');
}

export interface SiteOptions {
  /** Absolute path of the dist/ to serve. */
  readonly root: string;
  /** SHA-256 of the build's inline stylesheets (`scanPages(dist).styleHashes`). */
  readonly styleHashes: readonly string[];
  /** Whether the brotli_static module is loaded. */
  readonly brotli: boolean;
}

/** The body of the `server` block serving dist/: files, headers, caching, precompressed twins, 404 pages. */
export function siteDirectives({ root, styleHashes, brotli }: SiteOptions): string {
  const i = '    ';
  const page = (pathname: string) => addHeaders(headersFor(pathname, styleHashes), `${i}${i}`);
  const localeBlocks = prefixedLocales.map(
    (locale) => `${i}# The ${locale} pages: their own 404 page.
${i}location ^~ /${locale}/ {
${i}${i}error_page 404 /${locale}/404.html;
${i}${i}try_files $uri $uri/ =404;
${page(`/${locale}/`)}
${i}}`,
  );
  // The borne's pages (and their service worker): a CSP that lets them register their worker.
  const borneBlocks = ['', ...prefixedLocales].map(
    (locale) => `${i}# The borne${locale ? ` in ${locale}` : ''}: its service worker is allowed.
${i}location ^~ ${locale ? `/${locale}` : ''}/borne/ {
${locale ? `${i}${i}error_page 404 /${locale}/404.html;\n` : ''}${i}${i}try_files $uri $uri/ =404;
${page(`${locale ? `/${locale}` : ''}/borne/`)}
${i}}`,
  );
  return `${i}root ${root};
${i}index index.html;
${i}charset utf-8;
${i}charset_types text/css text/plain text/xml application/javascript application/json image/svg+xml;
${i}server_tokens off;
${i}# Redirects (/contacts → /contacts/) keep the scheme and host the browser used.
${i}absolute_redirect off;
${i}etag on;

${i}# The build writes a .gz and a .br twin of every text file (deploy/dist.ts): sent as such, never compressed again.
${i}gzip off;
${i}gzip_static on;
${i}gzip_vary on;
${brotli ? `${i}brotli_static on;` : `${i}# brotli_static: the module is not installed (libnginx-mod-http-brotli-static), gzip only.`}

${i}# The twins and the _headers file (for other hosts) are not pages.
${i}if ($uri ~ "(^/_headers|\\.gz|\\.br)$") {
${i}${i}return 404;
${i}}

${i}# An unknown URL: the 404 page of its locale (French at the root), with HTTP status 404.
${i}error_page 404 /404.html;

${i}# Pages (directory/index.html), JSON data, favicon, robots.txt, security.txt: revalidated each time.
${i}location / {
${i}${i}try_files $uri $uri/ =404;
${page('/')}
${i}}

${i}# Content-hashed files (scripts): cached for good.
${i}location ^~ ${hashedAssetsPrefix} {
${i}${i}try_files $uri =404;
${page(hashedAssetsPrefix)}
${i}}

${localeBlocks.join('\n\n')}

${borneBlocks.join('\n\n')}`;
}

export interface SiteConfOptions extends SiteOptions {
  readonly serverName: string;
  readonly certificate: string;
  readonly certificateKey: string;
  /** `listen` addresses; by default 80 and 443, IPv4 and IPv6. */
  readonly httpListen?: readonly string[];
  readonly httpsListen?: readonly string[];
}

/** A site for /etc/nginx/sites-available: HTTPS (HTTP/2) with its certificate, HTTP redirecting to it. */
export function siteConf(options: SiteConfOptions): string {
  const httpListen = (options.httpListen ?? ['80', '[::]:80']).map((address) => `    listen ${address};`).join('\n');
  const httpsListen = (options.httpsListen ?? ['443', '[::]:443']).map((address) => `    listen ${address} ssl http2;`).join('\n');
  return `# Orientation service social: nginx site for ${options.serverName}, serving ${options.root}.
# Generated by \`npm run nginx:conf\` (deploy/nginx.ts) for one build of dist/: generate it again after each build
# (its Content-Security-Policy names the build's inline stylesheets). Headers: deploy/headers.ts.
# Needs: apt-get install nginx libnginx-mod-http-brotli-static (Debian ≥ 12 enables the module by itself).

server {
${httpListen}
    server_name ${options.serverName};
    server_tokens off;
    return 301 https://$server_name$request_uri;
}

server {
${httpsListen}
    server_name ${options.serverName};

    ssl_certificate ${options.certificate};
    ssl_certificate_key ${options.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers off;
    ssl_session_cache shared:orientation:10m;
    ssl_session_timeout 1d;
    ssl_session_tickets off;

    # No access log: even the URLs people visit say something about them.
    access_log off;

${siteDirectives(options)}
}
`;
}

/**
 * A whole nginx.conf for a foreground, unprivileged nginx keeping every file under `prefix`, with `servers` in its
 * `http` block: as Debian's /etc/nginx/nginx.conf would hold them, plus the brotli module Debian loads.
 */
export function mainConf({ prefix, brotli, servers, comment }: { prefix: string; brotli: boolean; servers: string; comment: string }): string {
  return `# ${comment}
${brotli ? `load_module ${brotliModule};\n` : ''}worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log stderr warn;

events {
    worker_connections 256;
}

http {
    include ${mimeTypes};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${path.join(prefix, 'client_body')};
    proxy_temp_path ${path.join(prefix, 'proxy')};
    fastcgi_temp_path ${path.join(prefix, 'fastcgi')};
    uwsgi_temp_path ${path.join(prefix, 'uwsgi')};
    scgi_temp_path ${path.join(prefix, 'scgi')};

${servers
  .split('\n')
  .map((line) => (line === '' ? line : `    ${line}`))
  .join('\n')}
}
`;
}

/** The nginx.conf of `npm run serve:nginx`: the site on http://host:port/ (no TLS on the loopback). */
export function standaloneConf(options: SiteOptions & { prefix: string; host: string; port: number }): string {
  return mainConf({
    prefix: options.prefix,
    brotli: options.brotli,
    comment: `Generated by scripts/serve-nginx.ts (deploy/nginx.ts) for ${options.root}.`,
    servers: `server {
    listen ${options.host}:${options.port};
    server_name localhost;

${siteDirectives(options)}
}`,
  });
}

/** The example committed as deploy/nginx-site.example.conf (tests/deploy.test.ts keeps it in step with this file). */
export function exampleSiteConf(): string {
  const example =
    '# EXAMPLE, to read: its style-src hashes are placeholders. The real file comes from `npm run nginx:conf` after the build.\n';
  return example + siteConf({
    root: '/srv/orientation/dist',
    styleHashes: ['HASHES-OF-THE-INLINE-STYLES-OF-YOUR-BUILD'],
    brotli: true,
    serverName: 'orientation.example.fr',
    certificate: '/etc/letsencrypt/live/orientation.example.fr/fullchain.pem',
    certificateKey: '/etc/letsencrypt/live/orientation.example.fr/privkey.pem',
  });
}
