/**
 * The browser of the browser tests (playwright.config.ts) and of the bench (scripts/bench/): CHROME_PATH if set,
 * else Debian's /usr/bin/chromium if present, else Playwright's own Chromium (`npx playwright install chromium`).
 */
import fs from 'node:fs';

export const chromePath: string | undefined =
  process.env['CHROME_PATH'] ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Without the networking flags Chromium keeps calling Google hosts, which this network refuses (STACK.md). */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
