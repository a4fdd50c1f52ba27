/**
 * deploy/: the checks the build makes on dist/ for the Content-Security-Policy, security.txt, the `_headers` file,
 * and the production nginx site (HTTPS, HTTP → HTTPS) run by the real nginx on a small dist/ of its own, when nginx
 * is installed (`.ci/run` installs it; the browser suites run against `npm run serve:nginx` then).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { isContactUri, precompress, scanPages, securityTxt, unreachedAssets } from '../deploy/dist.ts';
import { contentSecurityPolicy, headersFile, headersFor, notFoundPageFor } from '../deploy/headers.ts';
import { brotliModule, exampleSiteConf, findNginx, mainConf, siteConf } from '../deploy/nginx.ts';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A small dist/: pages in French and English with an inline stylesheet, a script, a 404 page per locale. */
function fakeDist(pages: Record<string, string> = {}): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'orientation-dist-'));
  temporary.push(dist);
  // Readable by nginx's workers (`nobody` when the tests run as root), as dist/ is.
  chmodSync(dist, 0o755);
  const files: Record<string, string> = {
    'index.html': '<!doctype html><html lang="fr"><head><style>body{color:#111}</style><script type="module" src="/_astro/a.js"></script></head><body><h1>Accueil</h1></body></html>',
    'en/index.html': '<!doctype html><html lang="en"><head><style>body{color:#111}</style></head><body><h1>Home</h1></body></html>',
    '404.html': '<!doctype html><html lang="fr"><head><style>h1{color:#222}</style></head><body><h1>Page introuvable</h1></body></html>',
    'en/404.html': '<!doctype html><html lang="en"><head><style>h1{color:#222}</style></head><body><h1>Page not found</h1></body></html>',
    '_astro/a.js': `console.log(${JSON.stringify('x'.repeat(400))});`,
    'data/donnees.json': JSON.stringify({ texts: 'y'.repeat(500) }),
    ...pages,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  return dist;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('deploy/dist.ts: the pages against the CSP', () => {
  test('inline stylesheets are hashed once each; clean pages have no problem', () => {
    const scan = scanPages(fakeDist());
    expect(scan.pages).toBe(4);
    expect(scan.inlineStyles).toBe(4);
    expect(scan.styleHashes).toEqual([sha256('body{color:#111}'), sha256('h1{color:#222}')].sort());
    expect(scan.problems).toEqual([]);
  });

  test('an inline script, a style or onclick attribute, a javascript: URL are named with their file', () => {
    const scan = scanPages(
      fakeDist({
        'a/index.html': '<p>ok</p><script>alert(1)</script><script type="application/json" id="d">{"a":1}</script>',
        'b/index.html': '<div class="x" style="color:red">x</div>',
        'c/index.html': '<button onclick="go()">x</button>',
        'd/index.html': '<a href="javascript:go()">x</a>',
      }),
    );
    expect(scan.problems).toEqual([
      'a/index.html: an inline <script>',
      expect.stringMatching(/^b\/index\.html: a "style" attribute/),
      expect.stringMatching(/^c\/index\.html: a "onclick" attribute/),
      'd/index.html: a javascript: URL',
    ]);
  });

  test('precompressed twins decode to the file', async () => {
    const dist = fakeDist();
    await precompress(dist);
    const original = readFileSync(path.join(dist, '_astro/a.js'));
    expect(zlib.gunzipSync(readFileSync(path.join(dist, '_astro/a.js.gz'))).equals(original)).toBe(true);
    expect(zlib.brotliDecompressSync(readFileSync(path.join(dist, '_astro/a.js.br'))).equals(original)).toBe(true);
  });
});

describe('deploy/headers.ts: one source', () => {
  test('the CSP: self only, style hashes, nothing unsafe', () => {
    const csp = contentSecurityPolicy(['b', 'a']);
    expect(csp).toContain("style-src 'self' 'sha256-a' 'sha256-b'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe/);
  });

  test('Cache-Control by path; the 404 page by locale prefix', () => {
    expect(headersFor('/_astro/x.js', [])['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/questionnaire/donnees.json', [])['Cache-Control']).toBe('no-cache');
    expect(notFoundPageFor('/ar/x/')).toBe('/ar/404.html');
    expect(notFoundPageFor('/falc')).toBe('/falc/404.html');
    expect(notFoundPageFor('/english/')).toBe('/404.html');
  });

  test('_headers: the security headers for every path, Cache-Control only for hashed files (hosts join repeated headers)', () => {
    const file = headersFile(['h']);
    const [all = '', hashed = ''] = file.split('\n\n').slice(1);
    expect(all.split('\n')[0]).toBe('/*');
    expect(all).toContain(`  Content-Security-Policy: ${contentSecurityPolicy(['h'])}`);
    expect(all).not.toContain('Cache-Control');
    expect(hashed).toBe('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('security.txt (RFC 9116)', () => {
  const now = new Date('2026-01-15T10:00:00Z');

  test('production: the contact given, Expires in about 6 months, Canonical', () => {
    const text = securityTxt({ origin: 'https://o.example.fr/', canonical: true, contact: 'mailto:s@example.fr', now });
    expect(text).toContain('\nContact: mailto:s@example.fr\n');
    expect(text).toContain('\nExpires: 2026-07-17T10:00:00Z\n');
    expect(text).toContain('\nPreferred-Languages: fr, en\n');
    expect(text).toContain('\nCanonical: https://o.example.fr/.well-known/security.txt\n');
  });

  test('development: says no contact was given; no Canonical', () => {
    const text = securityTxt({ origin: 'http://127.0.0.1:4321', canonical: false, contact: undefined, now });
    expect(text).toContain('no security contact was given (SECURITY_CONTACT)');
    expect(text).not.toContain('Canonical');
  });

  test('a contact is a mailto:, https: or tel: URI', () => {
    expect(['mailto:a@b.fr', 'https://b.fr/securite', 'tel:+33 1 23 45 67 89'].every(isContactUri)).toBe(true);
    expect(['a@b.fr', 'http://b.fr', 'javascript:alert(1)', 'mailto:', ''].some(isContactUri)).toBe(false);
  });
});

/** A free TCP port on the loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers, rejectUnauthorized: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

describe('the production site (npm run nginx:conf) in the real nginx', () => {
  const nginx = findNginx();
  const openssl = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((p) => existsSync(p));

  test('HTTPS with HSTS and the CSP of the build; HTTP redirects to HTTPS; br twins; localized 404', { timeout: 30_000 }, async () => {
    if (nginx === null || openssl === undefined) {
      // Without nginx the browser suites run against scripts/serve.ts; the configuration is still generated here.
      console.warn(`[deploy.test] ${nginx === null ? 'nginx' : 'openssl'} is not installed: the site configuration is only generated, not run.`);
      expect(siteConf({ root: '/srv/dist', styleHashes: [], brotli: true, serverName: 'x', certificate: 'c', certificateKey: 'k' })).toContain('listen 443 ssl http2;');
      return;
    }
    const dist = fakeDist();
    await precompress(dist);
    const prefix = mkdtempSync(path.join(os.tmpdir(), 'orientation-nginx-site-'));
    temporary.push(prefix);
    const certificate = path.join(prefix, 'cert.pem');
    const certificateKey = path.join(prefix, 'key.pem');
    execFileSync(openssl, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', certificateKey, '-out', certificate], { stdio: 'ignore' });
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    const brotli = existsSync(brotliModule);
    const styleHashes = scanPages(dist).styleHashes;
    const site = siteConf({
      root: dist,
      styleHashes,
      brotli,
      serverName: 'localhost',
      certificate,
      certificateKey,
      httpListen: [`127.0.0.1:${httpPort}`],
      httpsListen: [`127.0.0.1:${httpsPort}`],
    });
    const conf = path.join(prefix, 'nginx.conf');
    writeFileSync(conf, mainConf({ prefix, brotli, servers: site, comment: 'deploy.test.ts' }));
    execFileSync(nginx, ['-t', '-q', '-p', prefix, '-e', 'stderr', '-c', conf]);

    let server: ChildProcess | undefined;
    try {
      server = spawn(nginx, ['-p', prefix, '-e', 'stderr', '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
      const base = `https://127.0.0.1:${httpsPort}`;
      for (let i = 0; i < 50; i++) {
        if (await get(`${base}/`).then(() => true, () => false)) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      const home = await get(`${base}/`, { 'Accept-Encoding': 'br, gzip' });
      expect(home.status).toBe(200);
      expect(home.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      expect(home.headers['content-security-policy']).toBe(contentSecurityPolicy(styleHashes));
      expect(home.headers['cache-control']).toBe('no-cache');
      if (brotli) expect(home.headers['content-encoding']).toBe('br');

      const script = await get(`${base}/_astro/a.js`, { 'Accept-Encoding': 'gzip' });
      expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(script.headers['content-encoding']).toBe('gzip');
      expect(script.headers['x-content-type-options']).toBe('nosniff');

      const missing = await get(`${base}/en/nothing/`);
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toContain('Page not found');
      expect(missing.headers['content-security-policy']).toBe(contentSecurityPolicy(styleHashes));

      const plain = await get(`http://127.0.0.1:${httpPort}/en/?x`);
      expect(plain.status).toBe(301);
      expect(plain.headers['location']).toBe('https://localhost/en/?x');
    } finally {
      server?.kill('SIGTERM');
    }
  });
});

test('deploy/nginx-site.example.conf is what deploy/nginx.ts generates (npm run -s nginx:conf -- --example > deploy/nginx-site.example.conf)', () => {
  expect(readFileSync('deploy/nginx-site.example.conf', 'utf8')).toBe(exampleSiteConf());
});

test('a script no page reaches is found (unused code would ship); one reached through another script is not', () => {
  const dist = fakeDist({
    '_astro/b.js': 'import "./c.js";',
    '_astro/c.js': 'export {};',
    '_astro/client.js': 'import("./signals.js")',
    '_astro/signals.js': 'export {};',
    'x/index.html': '<script type="module" src="/_astro/b.js"></script>',
  });
  expect(unreachedAssets(dist).sort()).toEqual(['_astro/client.js', '_astro/signals.js']);
});
