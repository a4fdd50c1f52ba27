/**
 * Drives the questionnaire in any locale without its labels: options by their value, « Continuer » as the
 * form's submit button, and a given screen reached by resuming from the tab's history entry (the island's
 * reload feature: `history.state.orientation = { step, answers }`, sanitized like any history entry).
 */
import { expect, type Page } from '@playwright/test';
import { localePath, type Locale } from '../../src/i18n/routes.ts';
import { heading, waitForIsland, type Answers } from './questionnaire.ts';

export function questionnairePath(locale: Locale): string {
  return localePath(locale, '/questionnaire/');
}

/** Opens the questionnaire of `locale` and waits for the island. */
export async function openQuestionnaireIn(page: Page, locale: Locale): Promise<void> {
  const response = await page.goto(questionnairePath(locale));
  expect(response?.status(), `HTTP status of ${questionnairePath(locale)}`).toBe(200);
  await waitForIsland(page);
}

/** Opens the questionnaire of `locale` at `step` ("fin", "resultat" or a question) with `answers`. */
export async function resumeAt(page: Page, locale: Locale, step: string, answers: Answers): Promise<void> {
  await openQuestionnaireIn(page, locale);
  const before = (await heading(page).innerText()).trim();
  await page.evaluate(([s, a]) => history.replaceState({ orientation: { step: s, answers: a, depth: 0 } }, ''), [step, answers] as const);
  await page.reload();
  await waitForIsland(page);
  if (step !== 'qui') await expect(heading(page), `resumed at "${step}"`).not.toHaveText(before);
  // « Vérifiez vos réponses » and the result show a loading state (aria-busy) until their code has come.
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

/** The submit button of the screen's form (« Continuer » in every language). */
export function submitButton(page: Page) {
  return page.locator('main form button[type="submit"]');
}

/** Chooses a language in the header: opens the « Langue » disclosure, then follows the language's link. */
export async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  const menu = page.locator('header details.lang-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  await menu.locator(`a[data-lang-switch="${locale}"]`).click();
}
