/**
 * Drives the borne (/borne/, /<lang>/borne/) without its labels: options by their value, « Continuer » as the
 * form's submit button, the département by the on-screen keypad (a borne has no keyboard) or the list.
 */
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { localePath, type Locale } from '../../src/i18n/routes.ts';
import { departementList, type Answers } from './questionnaire.ts';

export const KIOSK_VIEWPORT = { width: 1080, height: 1920 };

export function kioskPath(locale: Locale = 'fr', page = '/borne/'): string {
  return localePath(locale, page);
}

/** Opens the borne's start screen and waits until « Commencer » works (the island is hydrated). */
export async function openKiosk(page: Page, locale: Locale = 'fr'): Promise<void> {
  const response = await page.goto(kioskPath(locale));
  expect(response?.status(), `HTTP status of ${kioskPath(locale)}`).toBe(200);
  await expect(page.locator('.kiosk-start__begin')).toBeEnabled();
  await expect(page.locator('body')).toHaveAttribute('data-borne-screen', 'accueil');
}

/** « Commencer »: the first question. */
export async function begin(page: Page): Promise<void> {
  await page.locator('.kiosk-start__begin').click();
  await expect(page.locator('main form input[name="qui"]').first()).toBeVisible();
}

/** What is on screen: `accueil`, a question id, `soutien`, `fin` or `resultat`. */
export async function kioskScreen(page: Page): Promise<string> {
  await expect(page.locator('main h1')).toBeVisible();
  if (await page.locator('.kiosk-start').isVisible()) return 'accueil';
  if (await page.locator('main .result').isVisible()) return 'resultat';
  if (await page.locator('main .check-answers').isVisible()) return 'fin';
  if (await page.locator('main .support').isVisible()) return 'soutien';
  // The département step shows one control at a time (the postal code field first, or the list): its id is the step's.
  const departement = page.locator('main form .departement[data-step]');
  if (await departement.isVisible()) return (await departement.getAttribute('data-step')) ?? 'departement';
  const name = await page.locator('main form').locator('input[name], select[name]').first().getAttribute('name');
  if (!name) throw new Error('borne: unknown screen');
  return name;
}

async function next(page: Page, click: () => Promise<void>): Promise<void> {
  const before = (await page.locator('main h1').innerText()).trim();
  await click();
  await expect(page.locator('main h1'), `a new screen after "${before}"`).not.toHaveText(before);
}

/** Types a postal code on the borne's keypad and picks the first commune found (or the département in the list). */
export async function answerDepartement(page: Page, postal: string | null, departement: string): Promise<void> {
  if (postal) {
    const keypad = page.locator('.keypad');
    await expect(keypad).toBeVisible();
    for (const digit of postal) await keypad.getByRole('button', { name: digit, exact: true }).click();
    const option = page.locator('[role="listbox"] [role="option"]').first();
    await expect(option).toBeVisible();
    await option.click();
  } else {
    await (await departementList(page)).selectOption(departement);
  }
  await next(page, () => page.locator('main form button[type="submit"]').click());
}

export interface KioskPlay {
  /** A postal code to type on the keypad at the département step (else the list). */
  readonly postal?: string | null;
  readonly onScreen?: (screen: string) => Promise<void>;
}

/** From the first question, answers everything from `answers` up to « Vérifiez vos réponses ». */
export async function playKiosk(page: Page, answers: Answers, play: KioskPlay = {}): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const screen = await kioskScreen(page);
    seen.push(screen);
    if (screen === 'fin') return seen;
    if (play.onScreen) await play.onScreen(screen);
    if (screen === 'soutien') {
      await next(page, () => page.locator('main .support button.btn').click());
      continue;
    }
    const value = answers[screen];
    if (value === undefined) throw new Error(`borne: no answer for "${screen}"`);
    if (screen === 'departement') {
      await answerDepartement(page, play.postal ?? null, String(value));
      continue;
    }
    const values = typeof value === 'string' ? [value] : [...value];
    const boxes = page.locator(`main form input[name="${screen}"]`);
    for (const box of await boxes.all()) {
      const own = (await box.getAttribute('value')) ?? '';
      if (values.includes(own)) await box.check();
      else if (await box.isChecked()) await box.uncheck();
    }
    await next(page, () => page.locator('main form button[type="submit"]').click());
  }
  throw new Error('borne: more than 40 screens');
}

/** From « Vérifiez vos réponses », the result. */
export async function confirmKiosk(page: Page): Promise<void> {
  await next(page, () => page.locator('main .check-answers > button.btn').click());
  await expect(page.locator('main .result')).toBeVisible();
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

/** The text of a QR code on screen, read back from its pixels (jsQR), as a phone would. */
export async function readQr(page: Page, selector: string): Promise<string> {
  const shot = await page.locator(selector).first().screenshot();
  const png = PNG.sync.read(shot);
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (!code) throw new Error(`no QR code could be read in ${selector}`);
  return code.data;
}

/** Everything a next person could find of the last one: the history entry, the screen, the tab's storage. */
export async function leftovers(page: Page): Promise<{ state: string; checked: number; session: string[]; text: string }> {
  return page.evaluate(() => ({
    state: JSON.stringify(history.state),
    checked: document.querySelectorAll('main input:checked').length,
    session: Object.keys(sessionStorage),
    text: document.body.innerText,
  }));
}
