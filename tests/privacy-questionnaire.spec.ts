/**
 * The questionnaire keeps the answers on the device: going through it to a result makes no request to
 * another host, puts no answer in any request URL, and stores nothing (cookie, Web Storage, IndexedDB,
 * Cache Storage) but the answering session's random id in sessionStorage. The answers live in memory and in
 * the tab's history entries only.
 * The one thing a request may reveal: the first digit of a typed postal code, or the first letter of a typed
 * commune name (the piece of the geo index fetched, /geo/cp-<digit>.json or /geo/nom-<letter>.json), and
 * nothing at all when the département is picked from the list.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { confirmAnswers, continueButton, clickToNextScreen, openQuestionnaire, persona, playAnswers, playToResult, ui } from './helpers/questionnaire.ts';
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
  // The département picked from the list: no piece of the geo index at all.
  expect(requests.filter((r) => r.url.pathname.startsWith('/geo/')).map((r) => r.url.pathname)).toEqual([]);
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

/** Plays to the département step, types `typed` there, takes the first commune found, and goes to the result. */
async function typeToResult(page: Page, typed: string): Promise<void> {
  const { departement: _d, commune: _c, ...answers } = persona('paul-commercant-marseille').answers;
  await openQuestionnaire(page);
  await playAnswers(page, answers, { until: 'departement' });
  const field = page.getByRole('combobox', { name: ui.geo.label });
  await field.pressSequentially(typed, { delay: 30 });
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await field.press('ArrowDown');
  await field.press('Enter');
  await clickToNextScreen(page, continueButton(page));
  await playAnswers(page, answers);
  await confirmAnswers(page);
}

test.describe('a postal code or a commune name typed', () => {
  // A whole journey with typing: more than the default time on a busy machine.
  test.slow();
  for (const [typed, piece] of [
    ['13008', '/geo/cp-1.json'],
    ['Saint-Étienne', '/geo/nom-e.json'],
    ['Aix-en-Provence', '/geo/nom-a.json'],
  ] as const) {
    test(`typing « ${typed} »: the one request about it is ${piece}, which names its first digit or letter and nothing more`, async ({ page, context }) => {
      const requests: URL[] = [];
      context.on('request', (request) => requests.push(new URL(request.url())));
      await typeToResult(page, typed);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => u.host !== ownHost).map((u) => u.href), 'other hosts').toEqual([]);
      expect(requests.filter((u) => u.search !== ''), 'query strings').toEqual([]);
      // Exactly one geo request, for one piece, named by one character.
      const geo = requests.filter((u) => u.pathname.startsWith('/geo/')).map((u) => u.pathname);
      expect(geo).toEqual([piece]);
      expect(geo.every((path) => /^\/geo\/(?:cp-\d|nom-[a-z])\.json$/.test(path))).toBe(true);
      // Nothing typed in any request (the piece's name above is its only trace).
      const plain = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      const words = [plain(typed), ...plain(typed).split(/[^a-z0-9]+/).filter((w) => w.length >= 4)];
      for (const url of requests) {
        for (const word of words) expect(plain(decodeURIComponent(url.href)), `"${word}" in ${url.href}`).not.toContain(word);
      }
    });
  }
});

/** Every request is to the site's own host, GET, with no query string and no answer value as a path segment. */
function expectNothingLeaves(requests: readonly { method: string; url: URL }[], values: readonly string[]): void {
  const web = requests.filter((r) => r.url.protocol !== 'data:' && r.url.protocol !== 'blob:');
  const foreign = web.filter((r) => r.url.host !== ownHost).map((r) => `${r.method} ${r.url.href}`);
  expect(foreign, `requests to other hosts:\n${foreign.join('\n')}`).toEqual([]);
  expect(web.filter((r) => r.method !== 'GET').map((r) => r.url.href), 'requests that could carry a body').toEqual([]);
  for (const { url } of web) {
    expect(url.search, `query string of ${url.href}`).toBe('');
    expect(url.hash, `fragment sent in ${url.href}`).toBe('');
    const segments = url.pathname.split('/').map((s) => decodeURIComponent(s));
    for (const value of values) expect(segments, `an answer ("${value}") as a path segment of ${url.href}`).not.toContain(value);
  }
}

async function storedNothing(page: Page, context: BrowserContext): Promise<void> {
  expect(await context.cookies(), 'cookies').toEqual([]);
  const stored = await page.evaluate(async () => ({
    localStorage: Object.keys(window.localStorage),
    sessionStorage: Object.keys(window.sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
  }));
  // sessionStorage: at most the answering session's random id (src/scripts/session.ts), which holds no answer.
  const session = stored.sessionStorage.filter((k) => k !== SESSION_KEY);
  expect({ ...stored, sessionStorage: session }).toEqual({ localStorage: [], sessionStorage: [], indexedDB: [], caches: [] });
}

test('every kind of partner link: no partner id, no query string; opening each sends nothing and stores nothing', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.goto('/partenaires/');
  await expect(page.locator('form.link-builder__form')).toBeVisible({ timeout: 30_000 });
  const field = page.locator('#lien-resultat');
  const kinds = await page.locator('#lien-type option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(kinds.length).toBeGreaterThan(5);
  const links = new Set<string>();
  // (A radio cannot be unchecked: « who fills it in » goes from unset to each choice.)
  for (const qui of [null, 'moi', 'professionnel']) {
    if (qui) await page.locator(`#lien-qui-${qui}`).check();
    for (const departement of ['', '83', '2A']) {
      await page.locator('#lien-departement').selectOption(departement);
      const seen = new Set<string>();
      for (const kind of kinds) {
        await page.locator('#lien-type').selectOption(kind);
        const link = await field.inputValue();
        // The kind of partner is for the poster's wording only: never in the link.
        expect(link, `link for ${kind}`).not.toContain(kind);
        seen.add(link);
      }
      expect(seen.size, 'the same link whatever the kind').toBe(1);
      const [link = ''] = [...seen];
      const url = new URL(link);
      expect(url.search, `query string of ${link}`).toBe('');
      expect(url.hash).toBe(`${qui ? `#qui=${qui}` : ''}${departement ? `${qui ? '&' : '#'}departement=${departement}` : ''}`);
      links.add(link);
    }
  }
  expect(links.size).toBe(9);

  // Opening each link on a fresh device.
  for (const link of links) {
    const context = await browser.newContext();
    const requests: { method: string; url: URL }[] = [];
    context.on('request', (request) => requests.push({ method: request.method(), url: new URL(request.url()) }));
    const opened = await context.newPage();
    await opened.goto(link);
    await opened.waitForFunction(() => history.state !== null);
    await opened.waitForLoadState('networkidle');
    expectNothingLeaves(requests, ['moi', 'professionnel', '83', '2A']);
    await storedNothing(opened, context);
    await context.close();
  }
});

test('a result link: opened in a fresh browser, it sends nothing, stores nothing and leaves the address', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await playToResult(page, valerie);
  const link = await page.locator('#share-link').inputValue();
  expect(new URL(link).search).toBe('');
  expect(new URL(link).hash).toMatch(/^#resultat=/);

  const context = await browser.newContext();
  const requests: { method: string; url: URL }[] = [];
  context.on('request', (request) => requests.push({ method: request.method(), url: new URL(request.url()) }));
  const opened = await context.newPage();
  await opened.goto(link);
  await expect(opened.locator('main h1')).toHaveText(ui.result.heading.service, { timeout: 30_000 });
  await opened.waitForLoadState('networkidle');
  expectNothingLeaves(requests, answerValues);
  for (const { url } of requests) {
    for (const value of distinctive) expect(decodeURIComponent(url.href), `an answer ("${value}") in ${url.href}`).not.toContain(value);
  }
  await storedNothing(opened, context);
  // The answers leave the address bar and this tab's history at once.
  expect(new URL(opened.url()).hash).toBe('');
  // No entry added for it either: as many as for any page opened in a new tab.
  const plain = await context.newPage();
  await plain.goto('/');
  expect(await opened.evaluate(() => history.length)).toBe(await plain.evaluate(() => history.length));
  await context.close();
});
