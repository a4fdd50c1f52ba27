// The HTTP response headers of the site: the ONE source from which are generated
//   - the nginx configuration (deploy/nginx.ts: `npm run serve:nginx`, `npm run nginx:conf`),
//   - the `_headers` file written into dist/ at build (Netlify, Cloudflare Pages and other static hosts),
//   - the headers of the small Node server used when nginx is missing (scripts/serve.ts).
// No dependency: Node runs it as is (type stripping), as do Astro's config loader and Playwright.
//
// The Content-Security-Policy allows nothing but this origin. Pages have no inline script and no `style`
// attribute (the build fails if one appears: deploy/dist.ts); the only inline code is Astro's inlined
// stylesheets (`build.inlineStylesheets: 'always'`, which keeps the first page in one round trip), allowed one by one
// by their SHA-256, computed over the built pages — so the policy belongs to one build of dist/.

import { prefixedLocales } from '../src/i18n/routes.ts';

export type Headers = Readonly<Record<string, string>>;

/** Where Astro writes its content-hashed files: cached for good. */
export const hashedAssetsPrefix = '/_astro/';

/** A year, never revalidated: the file name changes when the content does. */
export const immutableCache = 'public, max-age=31536000, immutable';
/** Everything else (HTML, JSON data, favicon, robots.txt, security.txt): kept, but revalidated each time. */
export const revalidateCache = 'no-cache';

/**
 * The Content-Security-Policy, given the SHA-256 (base64) of the inline stylesheets of the build.
 * `img-src data:`: the checkbox tick is an SVG `data:` URL in src/styles/forms.css.
 */
export function contentSecurityPolicy(styleHashes: Iterable<string>, workers = false): string {
  const styles = ["'self'", ...[...styleHashes].sort().map((hash) => `'sha256-${hash}'`)];
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styles.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    // A worker only for the borne: its offline service worker (src/kiosk/service-worker.ts), from this origin.
    `worker-src ${workers ? "'self'" : "'none'"}`,
    "frame-src 'none'",
    "child-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Powerful features, all refused but one (printing and `tel:` links need no permission): `web-share`, allowed to
 * this origin only, for the result's « Partager » button (navigator.share: the phone's share sheet, nothing sent
 * by the site). Only features Chromium knows: an unknown one is reported in the console as an error.
 */
export const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .concat('web-share=(self)')
  .join(', ');

/** The borne's pages (`/borne/`, `/<lang>/borne/`): the only ones that register a (service) worker. */
export function isBornePath(pathname: string): boolean {
  return pathname.startsWith('/borne/') || prefixedLocales.some((locale) => pathname.startsWith(`/${locale}/borne/`));
}

/** Headers of every response (pages, scripts, data, 404 pages), given the build's inline style hashes. */
export function securityHeaders(styleHashes: Iterable<string>, workers = false): Headers {
  return {
    'Content-Security-Policy': contentSecurityPolicy(styleHashes, workers),
    // Browsers honour it over HTTPS only; two years, the value HSTS preload lists ask for.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': permissionsPolicy,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // For browsers without CSP `frame-ancestors`.
    'X-Frame-Options': 'DENY',
  };
}

/** The Cache-Control of a URL path. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith(hashedAssetsPrefix) ? immutableCache : revalidateCache;
}

/** Every header of the response to `pathname` (its Cache-Control included). */
export function headersFor(pathname: string, styleHashes: Iterable<string>): Headers {
  return { ...securityHeaders(styleHashes, isBornePath(pathname)), 'Cache-Control': cacheControlFor(pathname) };
}

/** The 404 page answering an unknown `pathname`: its locale prefix's, else the French one (paths under dist/). */
export function notFoundPageFor(pathname: string): string {
  const prefix = prefixedLocales.find((locale) => pathname === `/${locale}` || pathname.startsWith(`/${locale}/`));
  return prefix ? `/${prefix}/404.html` : '/404.html';
}

/**
 * The `_headers` file (Netlify / Cloudflare Pages syntax: a path pattern, then indented `Name: value` lines).
 * Both hosts apply every matching rule and JOIN the values of a header set by two rules with a comma, so
 * Cache-Control is set for the hashed assets only: elsewhere their default, `public, max-age=0, must-revalidate`,
 * is already a revalidation. They serve `/404.html` for an unknown path (the French one: per-locale 404 pages need
 * host-specific rules). The borne's pages keep `worker-src 'none'` there (a second rule's CSP would be joined to the
 * first, and the stricter wins): on such hosts the borne works, without its offline service worker.
 */
export function headersFile(styleHashes: Iterable<string>): string {
  const block = (pattern: string, headers: Headers) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Generated at build from deploy/headers.ts: edit that file and rebuild, not this one.',
    block('/*', securityHeaders(styleHashes)),
    block(`${hashedAssetsPrefix}*`, { 'Cache-Control': immutableCache }),
    '',
  ].join('\n\n');
}
