/**
 * Crafted history entries (outside input, like a link): the questionnaire keeps only what is valid, never
 * attaches a commune to another département, never shows an entry of a wiped answering session, and never
 * crashes. (The readers themselves are fuzzed in src/components/island/history-entry.test.ts and
 * src/domain/machine-input.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { HISTORY_KEY } from '../src/components/island/history-entry.ts';
import { resumeAt } from './helpers/locales.ts';
import { checkLabel, checkedValues, currentScreen, expectResult, mailtoLinks, persona, ui, waitForIsland, CHECK, RESULT } from './helpers/questionnaire.ts';

const valerie = persona('valerie-secretaire-manosque').answers;

test('a commune of another département in a crafted entry is dropped: not on « Vérifiez vos réponses », not in the e-mail', async ({ page }) => {
  test.slow();
  expect(valerie['departement']).toBe('04');
  // Marseille 1er (13201) with the Alpes-de-Haute-Provence.
  await resumeAt(page, 'fr', RESULT, { ...valerie, commune: '13201' });
  await expectResult(page);
  await page.getByLabel(ui.mail.tick, { exact: true }).check();
  for (const href of await mailtoLinks(page)) {
    const body = decodeURIComponent(href);
    expect(body, 'the e-mail summary').toContain('Alpes-de-Haute-Provence');
    expect(body, 'no commune of another département').not.toContain('Marseille');
    expect(body).not.toContain(`${ui.mail.commune} :`);
  }
  await resumeAt(page, 'fr', CHECK, { ...valerie, commune: '13201' });
  const row = page.locator('.summary-list__row').filter({ has: page.getByText(checkLabel('departement'), { exact: true }) });
  await expect(row.locator('.summary-list__value')).toHaveText(/Alpes-de-Haute-Provence \(04\)/);
  await expect(row).not.toContainText('Marseille');
});

test('an entry of an answering session the tab no longer holds is never shown, and is emptied', async ({ page }) => {
  await resumeAt(page, 'fr', 'qui', {});
  await page.evaluate(
    ([key, answers]) => history.replaceState({ [key]: { step: 'resultat', answers, session: 'a-session-wiped-since' } }, ''),
    [HISTORY_KEY, valerie] as const,
  );
  await page.reload();
  await waitForIsland(page);
  expect(await currentScreen(page)).toBe('qui');
  expect(await checkedValues(page, 'qui')).toEqual([]);
  const kept = await page.evaluate((key) => JSON.stringify((history.state as Record<string, unknown>)[key]), HISTORY_KEY);
  expect(kept).not.toContain('salarie');
});

for (const [what, state] of [
  ['a string', 'resultat'],
  ['an array', [{ step: 'resultat', answers: {} }]],
  ['answers as a list', { [HISTORY_KEY]: { step: 'resultat', answers: ['moi'] } }],
  ['a step that is not one', { [HISTORY_KEY]: { step: 'x'.repeat(5000), answers: { qui: 'moi' } } }],
  ['answers that do not lead to the step', { [HISTORY_KEY]: { step: 'resultat', answers: { qui: 'moi', besoin: 'tout' } } }],
] as const) {
  test(`a malformed entry (${what}) starts kindly where the valid answers lead`, async ({ page }) => {
    await resumeAt(page, 'fr', 'qui', {});
    await page.evaluate((value) => history.replaceState(value, ''), state as unknown);
    await page.reload();
    await waitForIsland(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(['qui', 'besoin']).toContain(await currentScreen(page));
  });
}
