/**
 * Serves dist/ the way the nginx configuration does (deploy/nginx.ts), with the same headers from the same source
 * (deploy/headers.ts): security headers and Cache-Control on every response, the build's gzip and brotli twins
 * when the browser takes them, `/dir` → `/dir/`, the 404 page of the URL's locale. node:http only, loopback only.
 * Used by `npm start`, by the browser tests when nginx is not installed, and by `npm run bench`.
 *
 *   node scripts/serve.ts [port]        (else PORT, else 4321; HOST overrides 127.0.0.1)
 */
import { createReadStream, promises as fs, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { scanPages } from '../deploy/dist.ts';
import { headersFor, notFoundPageFor } from '../deploy/headers.ts';

const root = path.resolve(import.meta.dirname, '..', 'dist');
const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';

/** The types nginx gives (Debian's /etc/nginx/mime.types), with a charset for text as `charset utf-8` does. */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

const stat = (file: string): Promise<Stats | null> => fs.stat(file).catch(() => null);

let styleHashes: readonly string[];
try {
  styleHashes = scanPages(root).styleHashes;
} catch {
  console.error(`scripts/serve.ts: ${root} cannot be read: run \`npm run build\` first.`);
  process.exit(1);
}

/** The file for a URL path, or null: `/x/` → `/x/index.html`; never outside dist/; never a `.gz`/`.br` twin or `_headers`. */
async function fileOf(pathname: string): Promise<{ file: string; stats: Stats } | { redirect: string } | null> {
  if (pathname.includes('\0') || /\.(gz|br)$/.test(pathname) || pathname === '/_headers') return null;
  const file = path.join(root, path.normalize(pathname));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const stats = await stat(file);
  if (stats?.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = path.join(file, 'index.html');
    const indexStats = await stat(index);
    return indexStats?.isFile() ? { file: index, stats: indexStats } : null;
  }
  return stats?.isFile() ? { file, stats } : null;
}

/** The content codings an Accept-Encoding header takes (`q=0` refuses one). */
function acceptedCodings(header: string): Set<string> {
  const codings = new Set<string>();
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith('q='));
    if (name !== '' && (q === undefined || Number(q.slice(2)) > 0)) codings.add(name);
  }
  return codings;
}

/** The twin to send for the browser's Accept-Encoding, as nginx's brotli_static then gzip_static choose. */
async function encodedTwin(file: string, accept: string): Promise<{ file: string; stats: Stats; encoding: string } | null> {
  const codings = acceptedCodings(accept);
  for (const [coding, extension] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (!codings.has(coding)) continue;
    const stats = await stat(file + extension);
    if (stats?.isFile()) return { file: file + extension, stats, encoding: coding };
  }
  return null;
}

async function send(request: IncomingMessage, response: ServerResponse, pathname: string, found: { file: string; stats: Stats }, status: number): Promise<void> {
  const headers: Record<string, string> = {
    ...headersFor(pathname, styleHashes),
    'Content-Type': types[path.extname(found.file)] ?? 'application/octet-stream',
    'Last-Modified': found.stats.mtime.toUTCString(),
  };
  let body = found;
  const hasTwin = (await stat(`${found.file}.gz`)) !== null || (await stat(`${found.file}.br`)) !== null;
  if (hasTwin) {
    headers['Vary'] = 'Accept-Encoding';
    const twin = await encodedTwin(found.file, String(request.headers['accept-encoding'] ?? ''));
    if (twin) {
      body = twin;
      headers['Content-Encoding'] = twin.encoding;
    }
  }
  // Revalidation: an ETag per representation, as nginx gives.
  const etag = `"${body.stats.mtime.getTime().toString(16)}-${body.stats.size.toString(16)}"`;
  headers['ETag'] = etag;
  if (status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  headers['Content-Length'] = String(body.stats.size);
  response.writeHead(status, headers);
  if (request.method === 'HEAD') response.end();
  else createReadStream(body.file).pipe(response);
}

createServer(async (request, response) => {
  try {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headersFor(pathname, styleHashes), Allow: 'GET, HEAD' }).end();
      return;
    }
    const found = await fileOf(pathname);
    if (found && 'redirect' in found) {
      response.writeHead(301, { ...headersFor(pathname, styleHashes), Location: found.redirect }).end();
      return;
    }
    if (found) {
      await send(request, response, pathname, found, 200);
      return;
    }
    const notFound = notFoundPageFor(pathname);
    const page = await fileOf(notFound);
    if (page && 'file' in page) await send(request, response, notFound, page, 404);
    else response.writeHead(404, headersFor(pathname, styleHashes)).end();
  } catch {
    // A malformed URL (bad percent-encoding).
    if (!response.headersSent) response.writeHead(400, headersFor('/', styleHashes));
    response.end();
  }
}).listen(port, host, () => console.log(`serving dist/ on http://${host}:${port}/ (node scripts/serve.ts, headers from deploy/headers.ts)`));
