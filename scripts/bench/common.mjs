// What the bench's modules share: where the project is, the server's address, the browser, the units.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOST = '127.0.0.1';
// BENCH_PORT: beside another checkout's bench; BENCH_PATH: another page (the borne: BENCH_PATH=/borne/).
export const PORT = Number(process.env.BENCH_PORT ?? 4322);
export const ORIGIN = `http://${HOST}:${PORT}`;
export const KB = 1024;

export { chromePath, chromiumArgs } from '../chromium.ts';

export const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
export const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / KB).toFixed(1)} KB`);
export const log = (msg) => console.log(`[bench] ${msg}`);
export const ok = (pass) => (pass == null ? '?' : pass ? '✓' : '✗');
