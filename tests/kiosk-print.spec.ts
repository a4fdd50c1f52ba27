/**
 * The borne's ticket: printed alone (no header, no buttons, not the long result), on an 80 mm receipt exactly as
 * long as the ticket (one page), or on one A4 page; with the actions, the contacts, the date, the content version
 * and the QR code of the result link. (Chromium's --kiosk-printing then prints it without a dialog.)
 */
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import kioskFr from '../src/i18n/locales/fr/kiosk.json' with { type: 'json' };
import { contentVersion } from '../src/kiosk/version.ts';
import { KIOSK_VIEWPORT, kioskPath, readQr } from './helpers/kiosk.ts';
import { persona } from './helpers/questionnaire.ts';

test.use({ viewport: KIOSK_VIEWPORT });
test.describe.configure({ timeout: 120_000 });

const paul = persona('paul-commercant-marseille');

async function paulsResult(page: Page): Promise<void> {
  await page.goto(kioskPath());
  await expect(page.locator('body[data-borne-screen]')).toBeAttached();
  await page.evaluate((answers) => history.replaceState({ orientation: { step: 'resultat', answers, depth: 0 } }, ''), paul.answers);
  await page.reload();
  await expect(page.locator('.kiosk-result-qr')).toBeVisible({ timeout: 20_000 });
}

const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the ticket prints alone, with the actions, the contacts, the date, the content version and the QR code', async ({ page }) => {
  await paulsResult(page);
  const screenLink = await readQr(page, '.kiosk-result-qr');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const ticket = page.locator('.ticket');
  await expect(ticket).toBeVisible();
  for (const hidden of ['.kiosk-header', 'main .result > h1', '.kiosk-take-away', '.kiosk-finish']) {
    await expect(page.locator(hidden).first(), `${hidden} is not printed`).toBeHidden();
  }
  await expect(ticket).toContainText(kioskFr.kiosk.ticket.title);
  await expect(ticket).toContainText('Garder ou reprendre votre travail');
  await expect(ticket).toContainText('INCLU');
  await expect(ticket).toContainText('3646');
  await expect(ticket).toContainText('Carsat Sud-Est');
  await expect(ticket).toContainText('servicesocialbdrest@carsat-sudest.fr');
  await expect(ticket).toContainText(new Date().getFullYear().toString());
  await expect(ticket).toContainText(`Version du contenu : ${contentVersion}`);
  expect(await readQr(page, '.ticket .qr'), 'the ticket’s QR code is the result link').toBe(screenLink);
});

test('80 mm receipt: one page as long as the ticket; A4: one page', async ({ page }) => {
  await paulsResult(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const rule = await page.locator('html').getAttribute('data-borne-ticket-page');
  expect(rule).toMatch(/@page \{ size: 80mm \d+mm; margin: 4mm; \}/);
  const receipt = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pagesOf(receipt), 'the receipt is one piece').toBe(1);
  // What the receipt looks like (for a person to look at).
  await page.emulateMedia({ media: 'print' });
  await page.locator('.ticket').screenshot({ path: test.info().outputPath('ticket-80mm.png') });
  const a4 = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  expect(pagesOf(a4), 'the ticket fits one A4 page').toBe(1);
  PNG.sync.read(await page.locator('.ticket .qr').screenshot());
});
