/**
 * The questionnaire keeps the answers on the device: going through it to a result makes no request to
 * another host, puts no answer in any request URL, and stores nothing (cookie, Web Storage, IndexedDB,
 * Cache Storage) but the answering session's random id in sessionStorage. The answers live in memory and in
 * the tab's history entries only.
 */
import { expect, test } from '@playwright/test';
import { persona, playToResult, ui } from './helpers/questionnaire.ts';
import { ownHost } from './helpers/site.ts';
import { SESSION_KEY } from '../src/scripts/session.ts';

const valerie = persona('valerie-secretaire-manosque').answers;
const answerValues = [...new Set(Object.values(valerie).flat())];
/** Values no file name of the site contains ('3_mois_ou_plus', 'salarie'…): they must appear nowhere in a URL. */
const distinctive = answerValues.filter((v) => v.includes('_') || v === valerie['situation']);

test('Valérie’s journey to a result: only the site’s own host, no answer in any URL, nothing stored', async ({ page, context }) => {
  const requests: { method: string; url: URL }[] = [];
  context.on('request', (request) => {
    requests.push({ method: request.method(), url: new URL(request.url()) });
  });

  await playToResult(page, valerie);
  // The optional e-mail summary only changes a mailto: link; it is no request either.
  await page.getByLabel(ui.mail.tick, { exact: true }).check();
  await page.waitForLoadState('networkidle');

  const web = requests.filter((r) => r.url.protocol !== 'data:' && r.url.protocol !== 'blob:');
  expect(web.length, 'the page made requests at all').toBeGreaterThan(0);
  const foreign = web.filter((r) => r.url.host !== ownHost).map((r) => `${r.method} ${r.url.href}`);
  expect(foreign, `requests to other hosts:\n${foreign.join('\n')}`).toEqual([]);
  const notGet = web.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url.href}`);
  expect(notGet, 'requests that could carry a body').toEqual([]);

  for (const { url } of web) {
    const segments = url.pathname.split('/').map((s) => decodeURIComponent(s));
    const params = [...url.searchParams.entries()].flat();
    for (const value of answerValues) {
      expect(segments, `an answer ("${value}") as a path segment of ${url.href}`).not.toContain(value);
      expect(params, `an answer ("${value}") in the query of ${url.href}`).not.toContain(value);
    }
    for (const value of distinctive) {
      expect(decodeURIComponent(url.href), `an answer ("${value}") in ${url.href}`).not.toContain(value);
    }
    // The site's own requests carry no query string at all (answers included).
    expect(url.search, `query string of ${url.href}`).toBe('');
  }
  // Neither does the address of the page.
  expect(new URL(page.url()).search, 'query string of the page').toBe('');

  expect(await context.cookies(), 'cookies').toEqual([]);
  const stored = await page.evaluate(async () => ({
    localStorage: Object.keys(window.localStorage),
    sessionStorage: Object.keys(window.sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  // sessionStorage holds the answering session's random id only (no answer: it lets « Quitter rapidement »
  // make every history entry of the session unreadable, src/scripts/session.ts).
  expect(stored).toEqual({ localStorage: [], sessionStorage: [SESSION_KEY], indexedDB: [], caches: [], serviceWorkers: 0 });
  const session = await page.evaluate((key) => sessionStorage.getItem(key) ?? '', SESSION_KEY);
  for (const value of answerValues) expect(session, `an answer ("${value}") in sessionStorage`).not.toContain(value);
});

test('"Continuer" pressed before the script has run puts no answer in the address', async ({ page }) => {
  // A slow connection: the first question is on screen (server-rendered) while the script still loads.
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/questionnaire/', { waitUntil: 'commit' });
  const first = page.locator('main form input[type="radio"]').first();
  const value = (await first.getAttribute('value')) ?? '';
  await first.check();
  await page.locator('main form button[type="submit"]').click();
  await page.waitForLoadState('load');
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  for (const address of [...requests, page.url()]) {
    const url = new URL(address);
    expect([...url.searchParams.values()], `the answer "${value}" in ${url.href}`).not.toContain(value);
  }
});
