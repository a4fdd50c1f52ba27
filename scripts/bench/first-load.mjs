// The first load of one page: requests and gzip -9 bytes of every response by type (real headless Chromium
// load), gzip -9 bytes of every first-party dist/**/*.js file, and of each piece of the geo index.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromePath, chromiumArgs, gz, root } from './common.mjs';

function kindOf(contentType, url) {
  const ct = contentType.toLowerCase();
  if (ct.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  if (ct.includes('text/css')) return 'css';
  if (ct.includes('text/html')) return 'html';
  return 'other';
}

export async function measureTransfer(url) {
  const browser = await chromium.launch({
    ...(chromePath ? { executablePath: chromePath } : {}),
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(url, { waitUntil: 'networkidle' });
    const totals = { js: 0, css: 0, html: 0, other: 0 };
    const items = [];
    for (const r of responses) {
      const status = r.status();
      let body = Buffer.alloc(0);
      if (status < 300 || status >= 400) body = await r.body().catch(() => Buffer.alloc(0));
      const kind = kindOf(r.headers()['content-type'] ?? '', r.url());
      const size = gz(body);
      totals[kind] += size;
      items.push({ url: r.url(), status, kind, rawBytes: body.length, gzipBytes: size });
    }
    const total = totals.js + totals.css + totals.html + totals.other;
    return { requests: responses.length, gzipBytes: { ...totals, total }, items };
  } finally {
    await browser.close();
  }
}

export function distJs() {
  const dist = path.join(root, 'dist');
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.m?js$/.test(entry.name)) {
        const buf = fs.readFileSync(p);
        files.push({ file: path.relative(root, p), rawBytes: buf.length, gzipBytes: gz(buf) });
      }
    }
  };
  if (fs.existsSync(dist)) walk(dist);
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, totalGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}

/** gzip -9 bytes of each piece of the geo index (dist/geo/*.json), largest first. */
export function geoPieces() {
  const dir = path.join(root, 'dist', 'geo');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ piece: f, gzipBytes: gz(fs.readFileSync(path.join(dir, f))) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
