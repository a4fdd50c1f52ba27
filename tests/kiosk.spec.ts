/**
 * The borne (/borne/): a journey on a 1080×1920 touch screen, taking the result away by QR code, walking away
 * (the inactivity warning counts down, then everything is wiped: Back shows nothing), « Terminer » and the quick
 * exit (at once, never to another site), and no link that leaves the borne. Time runs on Playwright's clock: no
 * real waiting.
 */
import { expect, test, type Page } from '@playwright/test';
import { decodeResult, resultLinkOf } from '../src/domain/result-link.ts';
import { departementCodes, flow } from '../src/domain/questionnaire.ts';
import kioskFr from '../src/i18n/locales/fr/kiosk.json' with { type: 'json' };
import { begin, confirmKiosk, kioskScreen, KIOSK_VIEWPORT, leftovers, openKiosk, playKiosk, readQr } from './helpers/kiosk.ts';
import { departementList, optionLabel, persona, ui } from './helpers/questionnaire.ts';
import { ownHost } from './helpers/site.ts';

const k = kioskFr.kiosk;
const paul = persona('paul-commercant-marseille');

test.use({ viewport: KIOSK_VIEWPORT, hasTouch: true });
// Whole journeys on a 2-core machine shared with other runs.
test.describe.configure({ timeout: 180_000 });

/**
 * Stops the page's clock where it is (Playwright's clock otherwise follows real time between two steps), so that
 * the countdown is read exactly. Preact's effects need the clock: resume it before a new screen renders.
 */
async function freeze(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1_000);
  // A touch on the page's heading: the inactivity is counted from here, on the stopped clock.
  await page.locator('main h1').first().click();
}

/** The seconds the warning shows. */
async function secondsShown(page: Page): Promise<number> {
  const text = await page.locator('#borne-idle-count').innerText();
  const match = /(\d+)/.exec(text);
  if (!match) throw new Error(`no countdown in "${text}"`);
  return Number(match[1]);
}

/** Nothing of Paul on screen, in the history entry or in the tab's storage. */
async function expectNothingOfPaul(page: Page, where: string): Promise<void> {
  const found = await leftovers(page);
  expect(found.checked, `${where}: no answer ticked`).toBe(0);
  expect(found.session, `${where}: sessionStorage empty`).toEqual([]);
  expect(found.state ?? 'null', `${where}: no answer in the history entry`).not.toMatch(/maladie_grave|independant|"answers":\{"/);
  for (const text of [ui.result.title, optionLabel('situation', 'independant'), optionLabel('sante', 'maladie_grave')]) {
    expect(found.text, `${where}: "${text}" not on screen`).not.toContain(text);
  }
}

async function expectStartScreen(page: Page): Promise<void> {
  await expect(page.locator('.kiosk-start__begin')).toBeEnabled();
  await expect(page.locator('main h1')).toHaveText(k.start.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

/** Back, in the browser: the page before, whatever it is, shows nothing of Paul. */
async function expectBackShowsNothing(page: Page): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    const response = await page.goBack();
    if (response === null && !page.url().includes('/borne/')) break;
    await page.waitForLoadState('domcontentloaded');
    if (!page.url().includes('/borne/')) break;
    await expect(page.locator('main')).toBeVisible();
    await expectNothingOfPaul(page, `after Back #${i + 1} (${page.url()})`);
  }
}

test('Paul reaches his result, takes it away by QR code, walks away: a 30 s countdown, then the borne resets and Back shows nothing of his', async ({ page }) => {
  await page.clock.install();
  await openKiosk(page);
  await begin(page);
  await playKiosk(page, paul.answers, { postal: '13001' });
  await confirmKiosk(page);
  const answers = await page.evaluate(() => (history.state as { orientation: { answers: Record<string, unknown> } }).orientation.answers);
  expect(answers['situation']).toBe('independant');

  // The QR code, read from the screen as a phone would: the site's questionnaire, the answers in the fragment only.
  const link = await readQr(page, '.kiosk-result-qr');
  const url = new URL(link);
  expect(url.host).toBe(ownHost);
  expect(url.pathname).toBe('/questionnaire/');
  expect(url.search, 'never a query string').toBe('');
  const value = resultLinkOf(url.hash);
  expect(value).not.toBeNull();
  expect(decodeResult(flow, value ?? '', departementCodes)).toEqual({ ok: true, answers });
  await expect(page.locator('.kiosk-take-away')).toContainText(k.takeAway.qr);

  // Paul walks away: nothing for 90 s, then « Vous êtes toujours là ? ».
  const dialog = page.getByRole('alertdialog', { name: k.idle.title });
  await freeze(page);
  await page.clock.runFor(89_000);
  await expect(dialog).toBeHidden();
  await page.clock.runFor(1_000);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: k.idle.stay })).toBeFocused();
  const shown = await secondsShown(page);
  expect(shown, 'the countdown starts at 30 s (at least 20 s: WCAG 2.2.1)').toBe(30);
  await expect(dialog).toContainText(`Effacement dans ${shown} secondes`);
  await page.clock.runFor(10_000);
  await expect(dialog).toContainText(`Effacement dans ${shown - 10} secondes`);
  await page.clock.runFor((shown - 11) * 1000);
  await expect(dialog).toContainText('Effacement dans 1 seconde');
  await expect(page.locator('main .result')).toBeAttached();
  // At zero: the start screen, in French, with nothing of Paul.
  await page.clock.runFor(1_000);
  await page.clock.resume();
  await expectStartScreen(page);
  await expectNothingOfPaul(page, 'the start screen after the reset');
  await expectBackShowsNothing(page);
});

test('« Je suis encore là » gives the time back; the answers are still there', async ({ page }) => {
  await page.clock.install();
  await openKiosk(page);
  await begin(page);
  await playKiosk(page, { qui: 'moi', besoin: ['travail'] }).catch(() => undefined);
  expect(await kioskScreen(page)).toBe('regime');
  const dialog = page.getByRole('alertdialog', { name: k.idle.title });
  await freeze(page);
  await page.clock.runFor(91_000);
  await expect(dialog).toBeVisible();
  expect(await secondsShown(page)).toBe(29);
  await page.clock.runFor(15_000);
  expect(await secondsShown(page)).toBe(14);
  await dialog.getByRole('button', { name: k.idle.stay }).click();
  await expect(dialog).toBeHidden();
  expect(await kioskScreen(page)).toBe('regime');
  // The full time again: no warning 60 s later, one 90 s after « Je suis encore là ».
  await page.clock.runFor(60_000);
  await expect(dialog).toBeHidden();
  await page.clock.runFor(30_100);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('30 secondes');
  await page.clock.resume();
});

test('the start screen of the borne, untouched, never warns; a language chosen and left does, and comes back to French', async ({ page }) => {
  await page.clock.install();
  await openKiosk(page);
  const dialog = page.getByRole('alertdialog');
  await page.clock.runFor(300_000);
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.kiosk-start__begin')).toBeEnabled();
  await page.clock.runFor(91_000);
  await expect(dialog).toBeVisible();
  await page.clock.runFor(31_000);
  await expectStartScreen(page);
});

test('« Terminer » on the result wipes everything at once', async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  await playKiosk(page, paul.answers);
  await confirmKiosk(page);
  await page.getByRole('button', { name: k.takeAway.end, exact: true }).click();
  await expectStartScreen(page);
  expect(new URL(page.url()).host).toBe(ownHost);
  await expectNothingOfPaul(page, 'after « Terminer »');
  await expectBackShowsNothing(page);
});

test('the quick exit (« Tout effacer », Shift ×3) wipes at once and never leaves the borne', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openKiosk(page);
  await begin(page);
  await playKiosk(page, { qui: 'moi', besoin: ['travail', 'argent'], regime: 'general', situation: 'independant' }).catch(() => undefined);
  await page.getByRole('button', { name: k.header.end }).click();
  await expectStartScreen(page);
  await expectNothingOfPaul(page, 'after « Tout effacer »');
  await expectBackShowsNothing(page);

  await openKiosk(page);
  await begin(page);
  await page.locator('main input[value="moi"]').check();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expectStartScreen(page);
  expect(requests.filter((url) => new URL(url).host !== ownHost), 'no request to another host').toEqual([]);
});

test('walking away from « Aide urgente » in the middle of a questionnaire: the reset crosses pages, Back shows nothing', async ({ page }) => {
  await page.clock.install();
  await openKiosk(page);
  await begin(page);
  await playKiosk(page, { qui: 'moi', besoin: ['travail', 'argent'], regime: 'general', situation: 'independant' }).catch(() => undefined);
  await page.getByRole('link', { name: k.header.urgent }).click();
  await expect(page).toHaveURL(/\/borne\/aide-urgente\/$/);
  await freeze(page);
  await page.clock.runFor(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(30_000);
  await page.clock.resume();
  await expectStartScreen(page);
  await expectNothingOfPaul(page, 'after the reset from « Aide urgente »');
  await expectBackShowsNothing(page);
});

test('« Retour » on « Aide urgente » comes back to the question, answers kept', async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  await playKiosk(page, { qui: 'moi', besoin: ['travail'] }).catch(() => undefined);
  await page.getByRole('link', { name: k.header.urgent }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('main [data-borne-back]').first().click();
  await expect(page).toHaveURL(/\/borne\/$/);
  await expect(page.locator('main form input[name="regime"]').first()).toBeVisible();
});

test('the département step: the list, and a keypad for the postal code (no keyboard at a borne)', async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  await playKiosk(page, paul.answers, {
    postal: '13001',
    onScreen: async (screen) => {
      if (screen !== 'departement') return;
      // One control at a time (main's département step): the postal code field with its keypad, the list behind
      // the switch; both are offered.
      await expect(page.locator('.departement__switch button')).toBeVisible();
      const field = page.locator('main input[role="combobox"]');
      await expect(field).toHaveAttribute('inputmode', 'none');
      const keypad = page.locator('.keypad');
      for (const d of '1300') await keypad.getByRole('button', { name: d, exact: true }).click();
      await expect(field).toHaveValue('1300');
      await keypad.getByRole('button', { name: k.keypad.delete }).click();
      await expect(field).toHaveValue('130');
      await keypad.getByRole('button', { name: k.keypad.clear }).click();
      await expect(field).toHaveValue('');
      await expect(await departementList(page)).toBeVisible();
      await page.locator('.departement__switch button').click();
      await expect(field).toBeVisible();
      // The switch put the focus in the field; the keys leave it there, as a keyboard would, so a tap does not
      // close the field's list of communes.
      await expect(field).toBeFocused();
      await keypad.getByRole('button', { name: '1', exact: true }).click();
      await expect(field).toBeFocused();
      await keypad.getByRole('button', { name: k.keypad.clear }).click();
      await expect(field).toHaveValue('');
    },
  });
  await page.locator('main .check-answers').getByText('Marseille', { exact: false }).first().waitFor();
});

test('at the result, a phone number is shown large, never a tel: link; other sites and the mailbox are QR codes with their address', async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  await playKiosk(page, paul.answers);
  await confirmKiosk(page);
  await expect(page.locator('main .kiosk-phone').first()).toContainText('3646');
  await expect(page.locator('main a[href^="tel:"], main a[href^="mailto:"], main a[href^="sms:"]')).toHaveCount(0);
  const mail = page.locator('main .contact-card__bals .kiosk-target').first();
  await expect(mail).toContainText('servicesocialbdrest@carsat-sudest.fr');
  await expect(mail.locator('svg[role="img"]')).toHaveAttribute('data-qr', 'mailto:servicesocialbdrest@carsat-sudest.fr');
  expect(await readQr(page, 'main .contact-card__bals .kiosk-target svg')).toBe('mailto:servicesocialbdrest@carsat-sudest.fr');
});

/** Every link of the screen stays on the borne: no other host, no tel:, no mailto:, no page outside /borne/. */
async function expectLinksStay(page: Page, where: string): Promise<number> {
  await page.locator('main details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) {
    const url = new URL(href);
    expect(['http:', 'https:'], `${where}: ${href}`).toContain(url.protocol);
    expect(url.host, `${where}: ${href} leaves the borne`).toBe(ownHost);
    const inside = /^\/(?:[a-z]+\/)?borne\//.test(url.pathname) || url.hash !== '';
    expect(inside, `${where}: ${href} is not a page of the borne`).toBe(true);
  }
  return hrefs.length;
}

test('every link on every screen of the borne stays on the borne', async ({ page }) => {
  let count = 0;
  for (const locale of ['fr', 'falc', 'en', 'ar', 'es'] as const) {
    await openKiosk(page, locale);
    count += await expectLinksStay(page, `start (${locale})`);
  }
  await openKiosk(page);
  await begin(page);
  const answers = { ...paul.answers, difficultes: ['argent', 'moral'] };
  await playKiosk(page, answers, { onScreen: async (screen) => void (count += await expectLinksStay(page, screen)) });
  count += await expectLinksStay(page, 'fin');
  await confirmKiosk(page);
  count += await expectLinksStay(page, 'resultat');
  for (const path of ['/borne/aide-urgente/', '/borne/contacts/', '/ar/borne/contacts/']) {
    await page.goto(path);
    if (path.endsWith('/contacts/')) await page.locator('#borne-departement').selectOption('13');
    count += await expectLinksStay(page, path);
  }
  expect(count).toBeGreaterThan(20);
});

test('a reload in the middle keeps the step and the answers; Back from the first question is the start screen', async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  await page.locator('main input[value="moi"]').check();
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('main form input[name="besoin"]').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('main form input[name="besoin"]').first()).toBeVisible();
  await page.goBack();
  await expect(page.locator('main input[value="moi"]')).toBeChecked();
  await page.goBack();
  await expect(page.locator('.kiosk-start__begin')).toBeEnabled();
  await page.goForward();
  await expect(page.locator('main input[value="moi"]')).toBeChecked();
});
