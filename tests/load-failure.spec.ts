/**
 * The questionnaire's content is fetched from this site to bring the page to life. While it comes, a
 * slow connection is told why « Continuer » waits; when it fails
 * (a dropped connection, a server error), the person is not left with a form that cannot answer: a
 * kind message says what to do, with the 3646 and the static pages.
 */
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './helpers/axe.ts';
import { QUESTIONNAIRE, content, layout, ui } from './helpers/questionnaire.ts';

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
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('main button[type="submit"]')).toBeEnabled();
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
