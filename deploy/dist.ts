// What the build does to dist/ once Astro has written it (deploy/integration.ts, `astro:build:done`), and what
// the servers read from it. No dependency: node:fs, node:crypto, node:zlib.
//
//   - every file of /_astro/ must be reached from a page (else the build fails: unused code would ship);
//   - the 404 pages of the prefixed locales move to `/<lang>/404.html` (Astro writes `/<lang>/404/index.html`);
//   - every page is checked against the Content-Security-Policy: no inline script, no `style` or `on…` attribute,
//     no `javascript:` URL (the build fails, naming the file); the inline stylesheets are hashed for `style-src`;
//   - `_headers` (deploy/headers.ts) and `/.well-known/security.txt` are written;
//   - every text file gets a gzip (`.gz`) and a brotli (`.br`) twin, served as such by nginx (`gzip_static`,
//     `brotli_static`) and scripts/serve.ts.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defaultLocale, locales } from '../src/i18n/routes.ts';
import { headersFile } from './headers.ts';

/** Files compressed at build (text); images other than SVG are compressed already. */
export const compressible = /\.(html|js|mjs|css|json|svg|txt|xml|webmanifest|map)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(file) : [file];
  });
}

/** What the CSP needs to know of the built pages. */
export interface PagesScan {
  /** SHA-256 (base64) of each distinct inline `<style>` content, sorted. */
  readonly styleHashes: readonly string[];
  /** Inline `<style>` blocks counted over every page. */
  readonly inlineStyles: number;
  readonly pages: number;
  /** What a strict CSP would block: `file: problem`. Empty when the pages are clean. */
  readonly problems: readonly string[];
}

/** Scans every HTML file of `dist` (see PagesScan). */
export function scanPages(dist: string): PagesScan {
  const hashes = new Set<string>();
  const problems: string[] = [];
  let inlineStyles = 0;
  const files = walk(dist).filter((file) => file.endsWith('.html'));
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const where = path.relative(dist, file);
    for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      inlineStyles++;
      hashes.add(createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64'));
    }
    // Scripts: only external ones (`src`) and data blocks (`type="application/json"`) are allowed.
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attributes = match[1] ?? '';
      const isData = /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes);
      if (!/\bsrc\s*=/i.test(attributes) && !isData && (match[2] ?? '').trim() !== '') problems.push(`${where}: an inline <script>`);
    }
    // Attributes, in the markup outside scripts and styles.
    const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
    for (const match of markup.matchAll(/<[a-z][a-z0-9-]*\b[^>]*?\s(style|on[a-z]+)\s*=/gi)) {
      problems.push(`${where}: a "${match[1]}" attribute (${match[0].slice(0, 60)}…)`);
    }
    if (/\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(markup)) problems.push(`${where}: a javascript: URL`);
  }
  return { styleHashes: [...hashes].sort(), inlineStyles, pages: files.length, problems };
}

/**
 * The files of `/_astro/` that no page reaches (through the scripts it loads, and theirs): code that would ship
 * unused. Reached = named (by file name) in a page, a data file or a reached script.
 */
export function unreachedAssets(dist: string): string[] {
  const assetsDir = path.join(dist, '_astro');
  const assets = new Set(walk(assetsDir).filter((file) => !/\.(gz|br)$/.test(file)));
  const reached = new Set<string>();
  const queue = walk(dist).filter((file) => !file.startsWith(assetsDir + path.sep) && compressible.test(file));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const text = readFileSync(file, 'utf8');
    for (const asset of assets) {
      if (!reached.has(asset) && text.includes(path.basename(asset))) {
        reached.add(asset);
        queue.push(asset);
      }
    }
  }
  return [...assets].filter((asset) => !reached.has(asset)).map((asset) => path.relative(dist, asset));
}

/** Astro writes `[...lang]/404.astro` to `/404/index.html` and `/<lang>/404/index.html`; servers look for `…/404.html`. */
async function moveLocalized404(dist: string): Promise<void> {
  for (const locale of locales) {
    const dir = locale === defaultLocale ? dist : path.join(dist, locale);
    const from = path.join(dir, '404', 'index.html');
    const exists = await fs.stat(from).then(() => true, () => false);
    if (!exists) continue;
    await fs.rename(from, path.join(dir, '404.html'));
    await fs.rmdir(path.join(dir, '404'));
  }
}

export interface SecurityTxtOptions {
  /** The site's origin (Astro `site`: SITE_URL, or the local address of a development build). */
  readonly origin: string;
  /** Whether the origin is the public one (SITE_URL given): then the file names its `Canonical` URL. */
  readonly canonical: boolean;
  /** SECURITY_CONTACT: a `mailto:`, `https:` or `tel:` URI given by whoever runs the site. */
  readonly contact: string | undefined;
  readonly now?: Date;
}

/** A contact is a URI people can use: `mailto:`, `https:` or `tel:` (RFC 9116 §2.5.3). */
export function isContactUri(value: string): boolean {
  return /^(mailto:[^@\s]+@[^@\s]+\.[^@\s]+|https:\/\/\S+|tel:\+?[0-9 ().-]+)$/.test(value);
}

/**
 * `/.well-known/security.txt` (RFC 9116). The project has no security contact of its own: the one who deploys it
 * gives it (SECURITY_CONTACT; `npm run build:production` refuses to build without it). A development build says
 * it has none, and points to the legal notice page, which names who publishes the site.
 */
export function securityTxt({ origin: site, canonical, contact, now = new Date() }: SecurityTxtOptions): string {
  // RFC 9116 §2.5.5: less than a year ahead; a build older than 6 months shows as stale.
  const expires = new Date(now.getTime() + 183 * 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const origin = site.replace(/\/+$/, '');
  const lines = ['# Orientation service social: how to report a security problem in this site (RFC 9116).'];
  if (contact === undefined) {
    lines.push(
      '# Development build: no security contact was given (SECURITY_CONTACT). A production build requires one.',
      `Contact: ${origin}/mentions-legales/`,
    );
  } else {
    lines.push(`Contact: ${contact}`);
  }
  lines.push(`Expires: ${expires}`, 'Preferred-Languages: fr, en');
  if (canonical) lines.push(`Canonical: ${origin}/.well-known/security.txt`);
  return `${lines.join('\n')}\n`;
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Writes `<file>.gz` and `<file>.br` beside every compressible file when smaller; returns how many files. */
export async function precompress(dist: string): Promise<number> {
  const files = walk(dist).filter((file) => compressible.test(file));
  let done = 0;
  // A few at a time: zlib runs in libuv's thread pool (4 threads).
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const body = await fs.readFile(file);
      const [gz, br] = await Promise.all([
        gzip(body, { level: 9 }),
        brotli(body, {
          params: {
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            // 11 (the best) but for the geo index (650 KB): 10 is 1.5 % larger and twice as fast.
            [zlib.constants.BROTLI_PARAM_QUALITY]: body.length > 256 * 1024 ? 10 : zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      ]);
      if (gz.length < body.length) await fs.writeFile(`${file}.gz`, gz);
      if (br.length < body.length) await fs.writeFile(`${file}.br`, br);
      done++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return done;
}

export interface FinishOptions extends SecurityTxtOptions {
  readonly log?: (message: string) => void;
}

/** Everything the build does to dist/ after Astro (see the top of this file). Throws on a CSP problem. */
export async function finishDist(dist: string, options: FinishOptions): Promise<PagesScan> {
  const log = options.log ?? console.log;
  await moveLocalized404(dist);
  const unused = existsSync(path.join(dist, '_astro')) ? unreachedAssets(dist) : [];
  if (unused.length > 0) {
    throw new Error(`these files would ship unused (no page loads them, nor any script it loads):\n  ${unused.join('\n  ')}`);
  }
  const scan = scanPages(dist);
  if (scan.problems.length > 0) {
    throw new Error(
      `the built pages break the Content-Security-Policy (deploy/headers.ts): move the code or style to a file or a class\n  ${scan.problems.join('\n  ')}`,
    );
  }
  await fs.writeFile(path.join(dist, '_headers'), headersFile(scan.styleHashes));
  await fs.mkdir(path.join(dist, '.well-known'), { recursive: true });
  await fs.writeFile(path.join(dist, '.well-known', 'security.txt'), securityTxt(options));
  log(
    `CSP: ${scan.pages} pages, no inline script or style attribute; ${scan.inlineStyles} inline stylesheets, ` +
      `${scan.styleHashes.length} distinct (style-src hashes). Wrote _headers, .well-known/security.txt` +
      (options.contact === undefined ? ' (development: no SECURITY_CONTACT)' : ''),
  );
  const compressed = await precompress(dist);
  log(`precompressed ${compressed} text files (.gz, .br)`);
  return scan;
}
