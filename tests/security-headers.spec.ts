/**
 * The site as the production server serves it (nginx with deploy/nginx.ts, or scripts/serve.ts: see
 * playwright.config.ts): every response carries the headers of deploy/headers.ts, and the browser reports no
 * Content-Security-Policy violation — over every page in every locale, the 404 pages, a full questionnaire journey
 * to a result (with the postal code search, the e-mail summary, a language switch), the result in each locale,
 * a partner's `#departement=` link and the contacts page search.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIResponse, type Page, type Response } from '@playwright/test';
import { locales, localePath } from '../src/i18n/routes.ts';
import { expectNoA11yViolations } from './helpers/axe.ts';
import { localizedPages } from './helpers/pages.ts';
import { chooseLanguage, resumeAt } from './helpers/locales.ts';
import { origin } from './helpers/site.ts';
import {
  clickToNextScreen,
  confirmAnswers,
  continueButton,
  currentScreen,
  openQuestionnaire,
  persona,
  playAnswers,
  ui,
  waitForIsland,
  CHECK,
  QUESTIONNAIRE,
  RESULT,
} from './helpers/questionnaire.ts';
import pagesFr from '../src/i18n/locales/fr/pages.json' with { type: 'json' };

const paul = persona('paul-commercant-marseille').answers;
const valerie = persona('valerie-secretaire-manosque').answers;

type HeaderMap = Record<string, string>;

/** The directives of a Content-Security-Policy, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

/** Every security header, with the values issue 8 asks for; `what` names the response in messages. */
function expectSecurityHeaders(headers: HeaderMap, what: string): void {
  const csp = headers['content-security-policy'];
  expect(csp, `${what}: Content-Security-Policy`).toBeDefined();
  const policy = directives(csp ?? '');
  expect(policy.get('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  expect(policy.get('script-src'), `${what}: script-src`).toEqual(["'self'"]);
  expect(policy.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${what}: base-uri`).toEqual(["'none'"]);
  expect(policy.get('form-action'), `${what}: form-action`).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(policy.get('img-src'), `${what}: img-src`).toEqual(["'self'", 'data:']);
  const styles = policy.get('style-src') ?? [];
  expect(styles[0], `${what}: style-src`).toBe("'self'");
  expect(styles.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s)), `${what}: style-src has only hashes: ${styles.join(' ')}`).toBe(true);
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:']) {
    expect(csp?.split(/[\s;]+/), `${what}: no ${loose} in the CSP`).not.toContain(loose);
  }
  const hsts = headers['strict-transport-security'] ?? '';
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0), `${what}: Strict-Transport-Security max-age ≥ 1 year (${hsts})`).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('no-referrer');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions, `${what}: Permissions-Policy refuses ${feature}`).toContain(`${feature}=()`);
  }
  // The result's « Partager » button (navigator.share) works from this origin, and from no other.
  expect(permissions, `${what}: Permissions-Policy allows web-share to this origin only`).toContain('web-share=(self)');
  expect(headers['cross-origin-opener-policy'], `${what}: Cross-Origin-Opener-Policy`).toBe('same-origin');
}

/** HTML, JSON and every unhashed file: revalidated each time, with a validator to revalidate against. */
function expectRevalidated(headers: HeaderMap, what: string): void {
  expect(headers['cache-control'], `${what}: Cache-Control`).toBe('no-cache');
  expect(headers['etag'] ?? headers['last-modified'], `${what}: ETag or Last-Modified`).toBeDefined();
}

/** Content-hashed files (/_astro/): cached for a year, never revalidated. */
function expectImmutable(headers: HeaderMap, what: string): void {
  const cache = headers['cache-control'] ?? '';
  expect(cache, `${what}: Cache-Control`).toContain('immutable');
  expect(cache, `${what}: Cache-Control`).toContain('max-age=31536000');
}

/** What the browser reported: CSP violations (the `securitypolicyviolation` event) and console errors. */
interface Reports {
  readonly violations: string[];
  readonly errors: string[];
}

/**
 * Listens on `page` across its navigations: every `securitypolicyviolation` event of every document (an init
 * script, before any of the page's own code) and every console error or uncaught exception.
 */
async function listen(page: Page): Promise<Reports> {
  const reports: Reports = { violations: [], errors: [] };
  await page.exposeFunction('__reportCspViolation', (report: string) => reports.violations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || location.pathname}:${event.lineNumber} (${event.sample})`;
      (window as unknown as { __reportCspViolation: (r: string) => void }).__reportCspViolation(report);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') reports.errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => reports.errors.push(`${page.url()}: ${error.message}`));
  return reports;
}

/** Lets the last reports arrive (the binding is asynchronous), then expects none. */
async function expectNoReports(page: Page, reports: Reports, ignoreErrors: RegExp | null = null): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(reports.violations, 'Content-Security-Policy violations reported by the browser').toEqual([]);
  expect(reports.errors.filter((e) => ignoreErrors === null || !ignoreErrors.test(e)), 'console errors').toEqual([]);
}

/** Checks the headers of every response of this site the page receives, by kind. */
function checkResponses(page: Page): { checked: Set<string> } {
  const checked = new Set<string>();
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    const headers = response.headers();
    const what = `${response.status()} ${url.pathname}`;
    // A failed expectation here is reported when the test ends.
    expect.soft(headers['content-security-policy'], `${what}: headers`).toBeDefined();
    if (headers['content-security-policy'] === undefined) return;
    expectSecurityHeaders(headers, what);
    if (url.pathname.startsWith('/_astro/')) expectImmutable(headers, what);
    else expectRevalidated(headers, what);
    checked.add((headers['content-type'] ?? '').split(';')[0] ?? '');
  });
  return { checked };
}

test.describe('Content-Security-Policy: no violation', () => {
  test('the detector sees a violation when there is one (an inline style attribute set by a script)', async ({ page }) => {
    const reports = await listen(page);
    await page.goto('/');
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await expect.poll(() => reports.violations.length).toBe(1);
    expect(reports.violations[0]).toContain('style-src');
  });

  for (const locale of locales) {
    test(`every page in ${locale}, and its 404 page: no violation, no console error, every header`, async ({ page }) => {
      test.slow(); // 12 pages, each until the network is idle
      const reports = await listen(page);
      const { checked } = checkResponses(page);
      for (const { path: pagePath } of localizedPages.filter((p) => p.locale === locale)) {
        const response = await page.goto(pagePath, { waitUntil: 'networkidle' });
        expect(response?.status(), pagePath).toBe(200);
        if (pagePath.endsWith('/questionnaire/')) await waitForIsland(page);
      }
      await expectNoReports(page, reports);

      // An unknown URL under the locale: its 404 page, in its language (the document's own 404 is logged by Chromium).
      const missing = localePath(locale, '/page-qui-n-existe-pas/');
      const response = await page.goto(missing, { waitUntil: 'networkidle' });
      expect(response?.status(), missing).toBe(404);
      const lang = locale === 'falc' ? 'fr' : locale;
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const texts = JSON.parse(fs.readFileSync(path.join('src/i18n/locales', locale, 'pages.json'), 'utf8')) as typeof pagesFr;
      await expect(page.locator('main h1')).toHaveText(texts.pages.notFound.title);
      await expect(page.locator(`main a[href="${localePath(locale, '/questionnaire/')}"]`)).toBeVisible();
      await expectNoA11yViolations(page, `404 page in ${locale}`);
      await expectNoReports(page, reports, /status of 404/);
      expect([...checked].sort(), 'kinds of responses whose headers were checked').toEqual(
        expect.arrayContaining(['application/json', 'text/html']),
      );
    });
  }

  test('a full journey to a result: postal code search, the e-mail summary, a language switch, back to French', async ({ page }) => {
    test.slow(); // every screen, then two page loads
    const reports = await listen(page);
    const { checked } = checkResponses(page);
    await openQuestionnaire(page);
    await playAnswers(page, paul, { until: 'departement' });
    // The postal code field (loaded on the way to this step) and the piece of the geo index for « 1 ».
    const combobox = page.getByRole('combobox', { name: ui.geo.label });
    await combobox.pressSequentially('13001');
    await expect(page.getByRole('listbox', { name: ui.geo.listLabel }).getByRole('option')).toHaveCount(1);
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await expect(page.locator('#departement-recherche-chosen')).toContainText('Bouches-du-Rhône (13)');
    await clickToNextScreen(page, continueButton(page));
    expect(await currentScreen(page)).toBe(CHECK);
    await confirmAnswers(page);
    await page.getByLabel(ui.mail.tick).check();
    await expect(page.locator('main a[href^="mailto:"]').first()).toBeVisible();
    // The result in English and back (the hand-off, the English result texts).
    await chooseLanguage(page, 'en');
    await page.waitForURL('**/en/questionnaire/');
    await waitForIsland(page);
    await chooseLanguage(page, 'fr');
    await page.waitForURL(`**${QUESTIONNAIRE}`);
    await waitForIsland(page);
    expect(await currentScreen(page)).toBe(RESULT);
    await expectNoReports(page, reports);
    expect([...checked].sort()).toEqual(expect.arrayContaining(['application/javascript', 'application/json', 'text/html']));
  });

  test('the result in every locale (each locale’s result texts)', async ({ page }) => {
    test.slow(); // five results
    const reports = await listen(page);
    checkResponses(page);
    for (const locale of locales) await resumeAt(page, locale, RESULT, valerie);
    await expectNoReports(page, reports);
  });

  test('a partner’s #departement= link, to the result', async ({ page }) => {
    test.slow(); // every screen
    const reports = await listen(page);
    checkResponses(page);
    await page.goto(`${QUESTIONNAIRE}#departement=13`);
    await waitForIsland(page);
    const { departement: _given, ...rest } = valerie;
    await playAnswers(page, rest);
    await confirmAnswers(page);
    await expectNoReports(page, reports);
  });

  test('the contacts page search', async ({ page }) => {
    const reports = await listen(page);
    checkResponses(page);
    await page.goto('/contacts/');
    await page.getByLabel(ui.geo.label, { exact: true }).fill('Porto-Vecchio');
    await page.getByRole('button', { name: pagesFr.pages.contacts.searchButton }).click();
    await expect(page.locator('[data-geo-results] > li')).toHaveCount(1);
    await expectNoReports(page, reports);
  });
});

test.describe('headers of each kind of response', () => {
  /** A GET with the browser's Accept-Encoding by default. */
  async function get(request: import('@playwright/test').APIRequestContext, url: string, encoding = 'br, gzip'): Promise<APIResponse> {
    return request.get(url, { headers: { 'Accept-Encoding': encoding }, maxRedirects: 0 });
  }

  test('HTML, a script, the JSON data, the geo index, the favicon, security.txt, a 404, a redirect', async ({ page, request }) => {
    await page.goto(QUESTIONNAIRE);
    const script = await page.locator('script[type="module"][src^="/_astro/"]').first().getAttribute('src');
    expect(script, 'a script of the page').toMatch(/^\/_astro\/.+\.js$/);

    for (const [url, kind, type] of [
      ['/', 'revalidated', 'text/html'],
      ['/ar/contacts/', 'revalidated', 'text/html'],
      [script ?? '', 'immutable', 'javascript'],
      ['/questionnaire/donnees.json', 'revalidated', 'application/json'],
      ['/geo/cp-1.json', 'revalidated', 'application/json'],
      ['/favicon.svg', 'revalidated', 'image/svg+xml'],
      ['/.well-known/security.txt', 'revalidated', 'text/plain'],
    ] as const) {
      const response = await get(request, url);
      expect(response.status(), url).toBe(200);
      const headers = response.headers();
      expect(headers['content-type'], `${url}: Content-Type`).toContain(type);
      expectSecurityHeaders(headers, url);
      if (kind === 'immutable') expectImmutable(headers, url);
      else expectRevalidated(headers, url);
    }

    const notFound = await get(request, '/es/no-existe/');
    expect(notFound.status()).toBe(404);
    expect(notFound.headers()['content-type']).toContain('text/html');
    expectSecurityHeaders(notFound.headers(), '404');
    expectRevalidated(notFound.headers(), '404');
    expect(await notFound.text()).toContain('<html lang="es"');

    // A missing script: a 404 with the headers too (never a directory listing or a bare error page).
    const missingScript = await get(request, '/_astro/nothing-here.js');
    expect(missingScript.status()).toBe(404);
    expectSecurityHeaders(missingScript.headers(), '404 under /_astro/');

    const redirect = await get(request, '/contacts');
    expect(redirect.status(), '/contacts → /contacts/').toBe(301);
    expect(redirect.headers()['location']).toMatch(/\/contacts\/$/);
    expectSecurityHeaders(redirect.headers(), '301');
  });

  test('precompressed twins: brotli, else gzip, else none; the twins and _headers are not served by their names', async ({ request }) => {
    for (const url of ['/', '/questionnaire/donnees.json', '/geo/cp-1.json']) {
      const br = await get(request, url, 'gzip, deflate, br');
      expect(br.headers()['content-encoding'], `${url} with br (nginx needs libnginx-mod-http-brotli-static)`).toBe('br');
      expect(br.headers()['vary']?.toLowerCase(), `${url}: Vary`).toContain('accept-encoding');
      const gzip = await get(request, url, 'gzip');
      expect(gzip.headers()['content-encoding'], `${url} with gzip`).toBe('gzip');
      const identity = await get(request, url, 'identity');
      expect(identity.headers()['content-encoding'], `${url} uncompressed`).toBeUndefined();
      // Same content whatever the coding (Playwright decodes).
      expect((await br.body()).equals(await identity.body()), `${url}: brotli decodes to the file`).toBe(true);
      expect((await gzip.body()).equals(await identity.body()), `${url}: gzip decodes to the file`).toBe(true);
    }
    for (const url of ['/index.html.gz', '/index.html.br', '/_headers']) {
      expect((await get(request, url)).status(), url).toBe(404);
    }
  });

  test('the _headers file of dist/ (for other hosts) has the headers served here', async ({ request }) => {
    const file = fs.readFileSync(path.join('dist', '_headers'), 'utf8');
    const served = (await get(request, '/')).headers();
    for (const name of ['Content-Security-Policy', 'Strict-Transport-Security', 'Permissions-Policy', 'Referrer-Policy']) {
      expect(file, `_headers: ${name}`).toContain(`  ${name}: ${served[name.toLowerCase()]}\n`);
    }
    expect(file).toMatch(/\n\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/);
  });

  test('security.txt (RFC 9116): Contact, Expires within a year, Preferred-Languages', async ({ request }) => {
    const text = await (await get(request, '/.well-known/security.txt')).text();
    expect(text).toMatch(/^Contact: (mailto:|https?:\/\/|tel:)\S+$/m);
    const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThan(Date.now() + 366 * 24 * 3600 * 1000);
    expect(text).toMatch(/^Preferred-Languages: fr, en$/m);
  });
});
