// What the bench's modules share: where the project is, the server's address, the browser, the units.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOST = '127.0.0.1';
// BENCH_PORT: beside another checkout's bench; BENCH_PATH: another page (the borne: BENCH_PATH=/borne/).
export const PORT = Number(process.env.BENCH_PORT ?? 4322);
export const ORIGIN = `http://${HOST}:${PORT}`;
export const KB = 1024;

export const chromePath =
  process.env.CHROME_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// Without the networking flags Chromium keeps calling Google hosts, which this network refuses (STACK.md).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
export const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / KB).toFixed(1)} KB`);
export const log = (msg) => console.log(`[bench] ${msg}`);
export const ok = (pass) => (pass == null ? '?' : pass ? '✓' : '✗');
