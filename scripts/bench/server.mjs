// The static server the bench measures: scripts/serve.ts over dist/ (the production headers, the build's
// gzip/brotli files), started in its own process group and stopped with it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { log, ORIGIN, PORT, root } from './common.mjs';

let server;
export function stopServer() {
  if (server?.pid && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // the whole group
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServer();
    process.exit(130);
  });
}

async function isUp() {
  try {
    await fetch(`${ORIGIN}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

export async function startServer() {
  if (await isUp()) throw new Error(`port ${PORT} is already in use: stop whatever serves ${ORIGIN} first`);
  log(`serving dist/ on ${ORIGIN} (scripts/serve.ts)`);
  server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.ts'), String(PORT)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the static server exited (${server.exitCode ?? server.signalCode}):\n${output}`);
    }
    if (await isUp()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the static server did not answer on ${ORIGIN} within 60 s:\n${output}`);
}
