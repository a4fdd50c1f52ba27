/**
 * The borne without its network: its service worker (scope /borne/ and /<lang>/borne/ only) precaches the pages,
 * their props, the scripts and the commune index, so that after the first load a journey completes offline; a new
 * version of the worker waits until a start screen, never taken in the middle of a questionnaire. The ordinary
 * site is never controlled.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/i18n/routes.ts';
import kioskFr from '../src/i18n/locales/fr/kiosk.json' with { type: 'json' };
import { begin, confirmKiosk, kioskScreen, KIOSK_VIEWPORT, openKiosk, playKiosk } from './helpers/kiosk.ts';
import { persona } from './helpers/questionnaire.ts';

test.use({ viewport: KIOSK_VIEWPORT, hasTouch: true, serviceWorkers: 'allow' });
test.describe.configure({ timeout: 240_000 });

/** Every language's worker is installed and active, and one controls this page. */
async function workersReady(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registrations = await navigator.serviceWorker.getRegistrations();
          const active = registrations.filter((r) => r.active?.state === 'activated').length;
          return `${active} active, ${navigator.serviceWorker.controller ? 'controlled' : 'not controlled'}`;
        }),
      { timeout: 60_000 },
    )
    .toBe(`${locales.length} active, controlled`);
}

/** The state of the waiting worker of the French borne, if any. */
async function waitingState(page: Page): Promise<string | null> {
  try {
    return await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/borne/'))?.waiting?.state ?? null);
  } catch {
    return 'page loading';
  }
}

test('offline after the first load: a first person, then a second one, complete a journey', async ({ page, context }) => {
  await openKiosk(page);
  await workersReady(page);
  const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort());
  expect(scopes).toEqual(['/ar/borne/', '/borne/', '/en/borne/', '/es/borne/', '/falc/borne/']);

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && new URL(response.url()).protocol.startsWith('http')) fromNetwork.push(response.url());
  });
  // A reload while offline: the start screen comes from the worker.
  await page.reload();
  await expect(page.locator('.kiosk-start__begin')).toBeEnabled();

  // The first person: the département by the keypad (the commune index is in the cache), then « Terminer ».
  await begin(page);
  await playKiosk(page, persona('paul-commercant-marseille').answers, { postal: '13001' });
  await confirmKiosk(page);
  await expect(page.locator('.kiosk-result-qr')).toBeVisible();
  await page.getByRole('button', { name: kioskFr.kiosk.takeAway.end, exact: true }).click();
  await expect(page.locator('.kiosk-start__begin')).toBeEnabled();

  // The second person, in English (another language's page, from its own worker).
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.kiosk-start__begin')).toBeEnabled();
  await begin(page);
  await playKiosk(page, persona('valerie-secretaire-manosque').answers);
  await confirmKiosk(page);
  expect(await kioskScreen(page)).toBe('resultat');
  // « Where to get help » above the heading that answers (main's result).
  await expect(page.locator('main .result .result__kicker')).toHaveText('Where to get help');
  expect(fromNetwork, 'nothing came from the network').toEqual([]);
});

test('the ordinary site is not controlled by the borne’s worker', async ({ page }) => {
  await openKiosk(page);
  await workersReady(page);
  await page.goto('/questionnaire/');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await page.goto('/');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

/**
 * A server of dist/ of its own (another origin, so nothing is shared with the other tests), whose sw.js can be
 * given a next version: the same worker with one more line.
 */
async function ownServer(): Promise<{ origin: string; nextVersion: () => void; close: () => Promise<void> }> {
  const root = path.resolve(import.meta.dirname, '..', 'dist');
  let next = false;
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      let body = await readFile(file);
      if (next && file.endsWith('sw.js')) body = Buffer.concat([body, Buffer.from('\n// next version\n')]);
      const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    nextVersion: () => void (next = true),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('a new version of the worker waits during a questionnaire and is taken on the start screen', async ({ page }) => {
  const own = await ownServer();
  try {
    await page.goto(`${own.origin}/borne/`);
    await expect(page.locator('.kiosk-start__begin')).toBeEnabled();
    await workersReady(page);
    await begin(page);
    own.nextVersion();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration('/borne/'))?.update();
    });
    await expect.poll(() => waitingState(page), { timeout: 30_000 }).toBe('installed');
    // In the questionnaire: still waiting, the page not reloaded, the answers kept.
    await page.locator('main input[value="moi"]').check();
    await page.locator('main form button[type="submit"]').click();
    await expect(page.locator('main form input[name="besoin"]').first()).toBeVisible();
    await page.locator('main input[value="travail"]').check();
    await page.locator('main form button[type="submit"]').click();
    await expect(page.locator('main form input[name="regime"]').first()).toBeVisible();
    expect(await waitingState(page)).toBe('installed');
    // Back on the start screen (« Tout effacer »): taken.
    await page.getByRole('button', { name: kioskFr.kiosk.header.end }).click();
    await expect.poll(() => waitingState(page), { timeout: 30_000 }).toBeNull();
    await expect(page.locator('.kiosk-start__begin')).toBeEnabled();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/borne/'))?.active?.state)).toBe('activated');
  } finally {
    await own.close();
  }
});
