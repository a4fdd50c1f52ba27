import { defineConfig, devices } from '@playwright/test';
import { findNginx } from './deploy/nginx.ts';
import { chromePath, chromiumArgs } from './scripts/chromium.ts';

/**
 * Browser tests run against the built site (`dist/`) served as in production: by nginx with the configuration of
 * deploy/nginx.ts when nginx is installed (`npm run serve:nginx`), else by scripts/serve.ts (node:http), which
 * applies the same headers from the same source (deploy/headers.ts). TEST_SERVER=node forces the latter.
 * `npm test` builds first; to run Playwright alone: `npm run build && npx playwright test`.
 *
 * Browser: CHROME_PATH if set, else Debian's /usr/bin/chromium if present, else Playwright's own
 * Chromium (`npx playwright install chromium` on a normal machine).
 */
const executablePath = chromePath;

/** TEST_PORT lets a second checkout run its browser tests beside another one. */
const port = process.env['TEST_PORT'] ?? '4321';
const baseURL = `http://127.0.0.1:${port}`;

const nginx = process.env['TEST_SERVER'] === 'node' ? null : findNginx();
// The same Node that runs Playwright runs the server scripts (TypeScript, run as is by Node ≥ 22.18).
const server =
  nginx === null
    ? { name: `node scripts/serve.ts (${process.env['TEST_SERVER'] === 'node' ? 'TEST_SERVER=node' : 'nginx is not installed'})`, script: 'scripts/serve.ts' }
    : { name: `nginx (${nginx}, deploy/nginx.ts)`, script: 'scripts/serve-nginx.ts' };
// Said once, by the main process (workers load this file too).
if (process.env['TEST_WORKER_INDEX'] === undefined) console.log(`[tests] serving dist/ on ${baseURL} with ${server.name}`);

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Guards against a hang, not measures: axe over a long page and a whole journey take seconds on an idle machine
  // and far more on a loaded one (time is measured by `npm run bench`, never by a test).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath === undefined ? {} : { executablePath }),
          args: [...chromiumArgs],
        },
      },
    },
  ],
  webServer: {
    command: `"${process.execPath}" ${server.script}`,
    env: { PORT: port, HOST: '127.0.0.1' },
    url: baseURL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    // SIGTERM: the nginx wrapper stops nginx and removes its temporary directory.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
