/**
 * The questionnaire's content is fetched from this site to bring the page to life. While it comes, a
 * slow connection is told why « Continuer » waits; when it fails
 * (a dropped connection, a server error), the person is not left with a form that cannot answer: a
 * kind message says what to do, with the 3646 and the static pages. A request failed once (the last screens'
 * code or texts, a partner link's reader, the contacts search's communes) is recovered from.
 */
import { expect, test, type Page } from '@playwright/test';
import pagesTexts from '../src/i18n/locales/fr/pages.json' with { type: 'json' };
import { flow } from '../src/domain/questionnaire.ts';
import { resultFragment } from '../src/domain/result-link.ts';
import { expectNoA11yViolations } from './helpers/axe.ts';
import {
  QUESTIONNAIRE,
  afterPaints,
  answer,
  checkedValues,
  confirmAnswers,
  continueButton,
  content,
  currentScreen,
  flowStart,
  expectResult,
  heading,
  layout,
  openQuestionnaire,
  optionLabel,
  persona,
  playAnswers,
  ui,
  waitForIsland,
} from './helpers/questionnaire.ts';

for (const failure of ['abort', 500] as const) {
  test(`the content cannot be had (${failure}): a kind message with the 3646 and the static pages, no dead form`, async ({ page }) => {
    await page.route('**/questionnaire/donnees.json', (route) =>
      failure === 'abort' ? route.abort('internetdisconnected') : route.fulfill({ status: 500, body: 'error' }),
    );
    await page.goto(QUESTIONNAIRE);

    const notice = page.getByRole('alert');
    await expect(notice.getByRole('heading', { level: 1, name: ui.loadFailed.title })).toBeVisible();
    await expect(notice).toContainText(ui.loadFailed.body);
    await expect(notice.locator('a[href="tel:3646"]')).toBeVisible();
    await expect(notice).toContainText(content.phone.cpam_3646.say);
    await expect(notice.getByRole('link', { name: layout.footer.contacts })).toHaveAttribute('href', '/contacts/');
    await expect(notice.getByRole('link', { name: layout.nav.urgent })).toHaveAttribute('href', '/aide-urgente/');
    // The first question, which could not work, is no longer on screen, nor the note that it is coming.
    await expect(page.locator('#questionnaire')).toBeHidden();
    await expect(page.locator('.pending-note')).toHaveCSS('display', 'none');
    await expectNoA11yViolations(page, `${QUESTIONNAIRE} when its content cannot be loaded (${failure})`);
  });
}

test('the content is one static file of this site, the same for everyone, with no answer in it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(QUESTIONNAIRE);
  // Hydrated (with its content), and then no message that something failed.
  await expect(page.locator('main button[type="submit"]')).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(requests.filter((path) => path.endsWith('.json'))).toEqual(['/questionnaire/donnees.json']);
});

test('on a slow connection, the disabled « Continuer » says why, until the questionnaire works', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/questionnaire/donnees.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(QUESTIONNAIRE);
  const submit = page.locator('main button[type="submit"]');
  const note = page.getByText(ui.pending.replace('{{button}}', ui.continue));
  // Shown after a moment only (1.5 s), so a normal load does not flash it.
  await expect(note).toBeVisible();
  await expect(submit).toBeDisabled();
  await expectNoA11yViolations(page, `${QUESTIONNAIRE} while its content is still coming`);
  release();
  await expect(submit).toBeEnabled();
  await expect(note).toBeHidden();
});

test('a normal load: nothing on the page moves when the questionnaire starts working', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] })[]) {
        if (!entry.hadRecentInput) w.shifts.push({ value: entry.value, sources: entry.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 60) : String(s.node))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(QUESTIONNAIRE);
  await expect(page.locator('main button[type="submit"]')).toBeEnabled();
  // Shifts are reported after the frame they happen in. The pending note took room it then gave back, and the
  // footer moved up under the person's eyes (Lighthouse CLS 0.008).
  await afterPaints(page);
  expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
});

/**
 * Faults that recover: each request is failed once (a dropped connection, or a server error), then let through.
 * What failed is fetched again when the person gets there again, or with « Réessayer », and « Recommencer » never
 * leaves the questionnaire broken.
 */
test.describe('faults that recover', () => {
  const valerie = persona('valerie-secretaire-manosque').answers;
  /** The last screens' code, and the French texts of the result (one chunk per locale, `content.*.js`). */
  const endCode = '**/_astro/end.*.js';
  const resultTexts = '**/_astro/content.*.js';

  /** Fails the first request matching `pattern` (then lets every other through); returns how many were made. */
  async function failOnce(page: Page, pattern: string, how: 'abort' | 500 = 'abort'): Promise<() => number> {
    let requests = 0;
    await page.route(pattern, (route) => {
      requests += 1;
      if (requests > 1) return route.continue();
      return how === 'abort' ? route.abort('internetdisconnected') : route.fulfill({ status: 500, body: 'error' });
    });
    return () => requests;
  }

  const failure = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: ui.endFailed.title }) });

  async function expectCheckAnswers(page: Page): Promise<void> {
    await expect(heading(page)).toHaveText(ui.check.title);
    await expect(page.locator('.summary-list__row')).not.toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }

  test.beforeEach(() => {
    test.slow();
  });

  for (const [what, pattern, how] of [
    ['the code of the last screens, dropped', endCode, 'abort'],
    ['the code of the last screens, server error', endCode, 500],
    ['the result’s texts, dropped', resultTexts, 'abort'],
  ] as const) {
    test(`« Vérifiez vos réponses » after a reload, ${what}: « Réessayer » brings it back with the answers`, async ({ page }) => {
      await openQuestionnaire(page);
      await playAnswers(page, valerie);
      const requests = await failOnce(page, pattern, how);
      await page.reload();
      await expect(failure(page)).toBeVisible();
      await expect(failure(page)).toContainText(ui.endFailed.body);
      await expect(failure(page).locator('a[href="tel:3646"]')).toBeVisible();
      await expect(failure(page).getByRole('button', { name: ui.restart })).toBeVisible();
      await expectNoA11yViolations(page, `${QUESTIONNAIRE}: the last screens failed to load (${what})`);

      await failure(page).getByRole('button', { name: ui.retry }).click();
      await expectCheckAnswers(page);
      await expect(heading(page), 'the focus follows the screen that replaced the message').toBeFocused();
      expect(requests(), 'fetched again').toBe(2);
      await confirmAnswers(page);
    });
  }

  test('the result after a reload, its code dropped once: « Réessayer » shows it', async ({ page }) => {
    await openQuestionnaire(page);
    await playAnswers(page, valerie);
    await confirmAnswers(page);
    await failOnce(page, endCode);
    await page.reload();
    await failure(page).getByRole('button', { name: ui.retry }).click();
    await expectResult(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a failure on the way, unseen, is fetched again on the next screens: « Vérifiez vos réponses » just works', async ({ page }) => {
    await openQuestionnaire(page);
    const requests = await failOnce(page, endCode);
    await answer(page, 'qui', 'moi'); // the last screens are fetched now, and that fails
    await expect.poll(requests, 'the first fetch, failed').toBeGreaterThanOrEqual(1);
    await playAnswers(page, valerie);
    await expectCheckAnswers(page);
    expect(requests(), 'fetched again').toBeGreaterThanOrEqual(2);
  });

  test('« Recommencer » from the message starts afresh, and the last screens then come', async ({ page }) => {
    await openQuestionnaire(page);
    await playAnswers(page, valerie);
    await failOnce(page, endCode);
    await page.reload();
    await failure(page).getByRole('button', { name: ui.restart }).click();
    expect(await currentScreen(page)).toBe(flowStart);
    expect(await checkedValues(page, flowStart)).toEqual([]);
    await playAnswers(page, valerie);
    await expectCheckAnswers(page);
  });

  test('offline right after the page loaded: the first answer says it cannot go on, keeps the answer; online again, « Réessayer » goes on to the result', async ({ page, context }) => {
    await openQuestionnaire(page);
    await context.setOffline(true);
    // The machine's code comes at the first interaction: offline, the answer cannot go on, and the page says so.
    await page.getByLabel(optionLabel('qui', 'moi'), { exact: true }).check();
    await continueButton(page).click();
    const alert = failure(page);
    await expect(alert.getByRole('button', { name: ui.retry })).toBeVisible();
    await expect(heading(page), 'the message takes the focus').toBeFocused();
    await context.setOffline(false);
    await alert.getByRole('button', { name: ui.retry }).click();
    // The answer was kept: the next question comes.
    await expect.poll(() => currentScreen(page)).toBe('besoin');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await playAnswers(page, valerie);
    await expectCheckAnswers(page);
    await confirmAnswers(page);
  });

  // The link's reader (link.tsx) reads a partner's prefilled answers and a result link alike.
  const links = [
    { name: 'a partner’s link with a département', hash: '#departement=13' },
    { name: 'a partner’s link with several answers', hash: '#qui=proche&situation=salarie&departement=13' },
    { name: 'a result link', hash: resultFragment(flow, valerie) },
  ];
  for (const link of links) {
    test(`${link.name} whose reader cannot be fetched: it says so, and every question is asked`, async ({ page }) => {
      await failOnce(page, '**/_astro/link.*.js');
      await page.goto(`${QUESTIONNAIRE}${link.hash}`);
      await waitForIsland(page);
      await expect(page.getByText(ui.prefill.failed)).toBeVisible();
      await expectNoA11yViolations(page, `questionnaire with ${link.name} that could not be read`);
      const seen = await playAnswers(page, valerie);
      expect(seen, 'the first question and the département are asked').toEqual(expect.arrayContaining([flowStart, 'departement']));
    });
  }

  test('the contacts search says when the communes cannot be had, and what to do instead; then it works', async ({ page }) => {
    const contacts = pagesTexts.pages.contacts;
    // The first request fails; the next one waits until the note has been checked, then goes through.
    let requests = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // 13001: the piece of the postal codes beginning with 1 (the geo index is in pieces).
    await page.route('**/geo/cp-1.json', async (route) => {
      requests += 1;
      if (requests === 1) return route.fulfill({ status: 500, body: 'error' });
      await held;
      return route.continue();
    });
    await page.goto('/contacts/');
    const field = page.getByLabel(ui.geo.label, { exact: true });
    // Fetched when something is typed: that fails, and the note says so at once.
    await field.fill('13001');
    const note = page.locator('[data-geo-unavailable]');
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute('role', 'alert');
    const [before = '', after = ''] = contacts.searchUnavailable.replace('{{button}}', contacts.searchButton).split('{{phone}}');
    await expect(note).toHaveText(`${before}3646${after}`);
    await expect(note.locator('a[href="tel:3646"] bdi[dir="ltr"]')).toHaveText('3646');
    await expectNoA11yViolations(page, '/contacts/ when the communes cannot be had');

    // Searching again tries again: the connection is back.
    await page.getByRole('button', { name: contacts.searchButton }).click();
    release();
    await expect(page.locator('[data-geo-results] > li')).toHaveCount(1);
    await expect(note).toBeHidden();
    expect(requests).toBe(2);
  });
});
