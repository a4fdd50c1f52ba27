/**
 * Where the person lives (issue 3): the département step's postal code / commune combobox driven by the keyboard
 * (real communes: Marseille, Porto-Vecchio, Corte, Paray-Vieille-Poste, Cuges-les-Pins / Riboux, Mayotte), bad
 * input at the field, the <select> shown instead by the switch (one control at a time), a partner's
 * #departement= link, the contacts page search, axe, and privacy (the geo index is in pieces, one per first digit
 * or first letter: only that piece is fetched; nothing typed is ever in a request URL).
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { expectNoA11yViolations } from './helpers/axe.ts';
import {
  afterPaints,
  checkLabel,
  clickToNextScreen,
  confirmAnswers,
  continueButton,
  currentScreen,
  departementList,
  heading,
  mailtoLinks,
  openQuestionnaire,
  persona,
  playAnswers,
  questionTitle,
  ui,
  waitForIsland,
  CHECK,
  QUESTIONNAIRE,
} from './helpers/questionnaire.ts';
import pagesTexts from '../src/i18n/locales/fr/pages.json' with { type: 'json' };
import contentTexts from '../src/i18n/locales/fr/content.json' with { type: 'json' };
import flowTexts from '../src/i18n/locales/fr/flow.json' with { type: 'json' };

const valerie = persona('valerie-secretaire-manosque').answers;
const contentGlossaryTerm = flowTexts.glossary.carsat.term;
const geo = ui.geo;
const GEO_URL = /\/geo\/(?:cp-\d|nom-[a-z])\.json$/;
const geoRequests = (urls: string[]) => urls.filter((u) => u.includes('/geo/')).map((u) => new URL(u).pathname);

function combobox(page: Page) {
  return page.getByRole('combobox', { name: geo.label });
}
function listbox(page: Page) {
  return page.getByRole('listbox', { name: geo.listLabel });
}
function select(page: Page) {
  return page.getByLabel(questionTitle('departement'), { exact: true });
}
/** The line saying which commune was chosen (also announced in the polite status). */
function chosen(page: Page) {
  return page.locator('#departement-recherche-chosen');
}
/** The switch between the postal code / commune field and the list. */
function toList(page: Page) {
  return page.getByRole('button', { name: geo.toList, exact: true });
}

/** Records every request URL of the page (to check the index is fetched once and nothing typed leaves). */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => urls.push(request.url()));
  return urls;
}

async function toDepartementStep(page: Page): Promise<void> {
  await openQuestionnaire(page);
  await playAnswers(page, valerie, { until: 'departement' });
  await expect(combobox(page)).toBeVisible();
}

/** Types into the combobox and waits for the list of options. */
async function type(page: Page, text: string): Promise<void> {
  await combobox(page).fill('');
  await combobox(page).pressSequentially(text);
}

async function checkRow(page: Page): Promise<string> {
  const row = page.locator('.summary-list__row').filter({ has: page.getByText(checkLabel('departement'), { exact: true }) });
  return (await row.locator('.summary-list__value').innerText()).trim();
}

test.describe('département step: postal code or commune', () => {
  test('Marseille by postal code, by keyboard: Down, Enter, then the check step names the arrondissement', async ({ page }) => {
    const urls = recordRequests(page);
    await toDepartementStep(page);
    await type(page, '13001');
    await expect(listbox(page).getByRole('option')).toHaveText(['Marseille 1er Arrondissement (13001) – Bouches-du-Rhône (13)']);
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('status').filter({ hasText: /commune trouvée/ })).toHaveText(geo.count_one);
    await expectNoA11yViolations(page, 'departement step, list of communes open');
    await combobox(page).press('ArrowDown');
    const option = listbox(page).getByRole('option').first();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');
    await combobox(page).press('Enter');
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(combobox(page)).toHaveValue('Marseille 1er Arrondissement');
    await expect(chosen(page)).toHaveText(geo.chosen.replace('{{name}}', 'Marseille 1er Arrondissement').replace('{{postalCode}}', '13001').replace('{{departement}}', 'Bouches-du-Rhône (13)'));
    // One control at a time: the list is not shown beside the field.
    await expect(page.locator('main select')).toHaveCount(0);
    await expectNoA11yViolations(page, 'departement step, commune chosen');
    await clickToNextScreen(page, continueButton(page));
    expect(await currentScreen(page)).toBe(CHECK);
    expect(await checkRow(page)).toBe('Marseille 1er Arrondissement, Bouches-du-Rhône (13)');
    await confirmAnswers(page);
    // No commune table yet in the Bouches-du-Rhône: both BALs.
    const links = await mailtoLinks(page);
    expect(links.map((l) => l.split('?')[0])).toEqual(['mailto:servicesocialbdrest@carsat-sudest.fr', 'mailto:servicesocialbdrouest@carsat-sudest.fr']);
    // The summary, when ticked, names the commune.
    await page.getByLabel(ui.mail.tick).check();
    const body = decodeURIComponent((await mailtoLinks(page))[0]?.split('body=')[1] ?? '');
    expect(body).toContain(`${ui.mail.commune} : Marseille 1er Arrondissement\r\n`);
    // The index: only the piece of the first digit, fetched once; nothing typed in any URL.
    expect(geoRequests(urls)).toEqual(['/geo/cp-1.json']);
    expect(urls.filter((u) => /13001|Marseille/i.test(u))).toEqual([]);
  });

  test('Porto-Vecchio is 2A and Corte is 2B, by name, never "20"', async ({ page }) => {
    await toDepartementStep(page);
    await type(page, 'porto-vec');
    await expect(listbox(page).getByRole('option')).toHaveText(['Porto-Vecchio (20137) – Corse-du-Sud (2A)']);
    await combobox(page).press('ArrowDown');
    await combobox(page).press('Enter');
    await expect(chosen(page)).toHaveText('Commune choisie : Porto-Vecchio (20137), Corse-du-Sud (2A).');
    await type(page, 'Corte');
    await expect(listbox(page).getByRole('option').first()).toHaveText('Corte (20250) – Haute-Corse (2B)');
    await combobox(page).press('ArrowDown');
    await combobox(page).press('Enter');
    await expect(chosen(page)).toHaveText('Commune choisie : Corte (20250), Haute-Corse (2B).');
    // The list, shown instead of the field, has the commune's département.
    await toList(page).click();
    await expect(select(page)).toBeFocused();
    await expect(select(page)).toHaveValue('2B');
    await clickToNextScreen(page, continueButton(page));
    expect(await checkRow(page)).toBe('Corte, Haute-Corse (2B)');
  });

  test('a postal code of another département (94390 → Essonne) and one shared by two départements (13780)', async ({ page }) => {
    await toDepartementStep(page);
    await type(page, '94390');
    await expect(listbox(page).getByRole('option')).toHaveText(['Paray-Vieille-Poste (94390) – Essonne (91)']);
    await type(page, '13780');
    await expect(listbox(page).getByRole('option')).toHaveText([
      'Cuges-les-Pins (13780) – Bouches-du-Rhône (13)',
      'Riboux (13780) – Var (83)',
    ]);
    await expect(page.getByRole('status').filter({ hasText: geo.count_other.replace('{{count}}', '2') })).toHaveText(geo.count_other.replace('{{count}}', '2'));
    // Continuing without choosing: the person is asked to pick their commune; the list stays open.
    await continueButton(page).click();
    await expect(page.locator('.error-message')).toContainText(geo.problem.choose);
    await expect(page.getByRole('alert').getByRole('link')).toHaveAttribute('href', '#departement-recherche');
    await expectNoA11yViolations(page, 'departement step, several communes for a postal code');
    await combobox(page).focus();
    await combobox(page).press('ArrowDown');
    await combobox(page).press('ArrowDown');
    await combobox(page).press('Enter');
    await expect(chosen(page)).toHaveText('Commune choisie : Riboux (13780), Var (83).');
    await clickToNextScreen(page, continueButton(page));
    expect(await checkRow(page)).toBe('Riboux, Var (83)');
  });

  test('Mayotte: Mamoudzou → 976, the CSSM, marked as still to confirm with what is known and what is not', async ({ page }) => {
    await toDepartementStep(page);
    await type(page, 'Mamoudzou');
    await expect(listbox(page).getByRole('option').first()).toHaveText(/^Mamoudzou \(976\d\d\) – Mayotte \(976\)$/);
    await combobox(page).press('ArrowDown');
    await combobox(page).press('Enter');
    await expect(chosen(page)).toHaveText(/^Commune choisie : Mamoudzou \(976\d\d\), Mayotte \(976\)\.$/);
    await clickToNextScreen(page, continueButton(page));
    await confirmAnswers(page);
    const caisse = page.getByText(ui.result.contact.caisse);
    await expect(caisse).toContainText('Caisse de sécurité sociale de Mayotte (CSSM)');
    // Still to confirm: said once, in the département's note (below), not as a badge.
    await expect(page.getByText(contentTexts.departement['976'].note)).toBeVisible();
    await expectNoA11yViolations(page, 'result for Mayotte');
  });

  test('Escape closes the list, then clears the field; Up opens it at the last option', async ({ page }) => {
    await toDepartementStep(page);
    await type(page, 'marseille');
    await expect(listbox(page)).toBeVisible();
    await combobox(page).press('Escape');
    await expect(listbox(page)).toBeHidden();
    await expect(combobox(page)).toHaveValue('marseille');
    await combobox(page).press('ArrowUp');
    await expect(listbox(page).getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
    await combobox(page).press('Escape');
    await combobox(page).press('Escape');
    await expect(combobox(page)).toHaveValue('');
  });

  const bad: [string, string][] = [
    ['99999', geo.problem.postalUnknown],
    ['13OO1', geo.problem.postalLetters],
    ['Zzyzxville', geo.problem.nameUnknown],
    ['1300', geo.problem.postalLength],
    ['20', geo.problem.corsica],
  ];
  for (const [input, message] of bad) {
    test(`bad input ${JSON.stringify(input)}: a clear message at the field, and the list, one switch away, still works`, async ({ page }) => {
      await toDepartementStep(page);
      await type(page, input);
      await continueButton(page).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expect(page.locator('.error-message')).toContainText(message);
      await expect(page.getByRole('alert').getByRole('link')).toHaveAttribute('href', '#departement-recherche');
      await expect(combobox(page)).toHaveValue(input);
      await expectNoA11yViolations(page, `departement step, error for ${input}`);
      await (await departementList(page)).selectOption('04');
      await clickToNextScreen(page, continueButton(page));
      expect(await checkRow(page)).toBe('Alpes-de-Haute-Provence (04)');
    });
  }

  test('"2a" (a département number in lower case): told so, and 2A is set in the list', async ({ page }) => {
    await toDepartementStep(page);
    await type(page, '2a');
    await continueButton(page).click();
    await expect(page.locator('.error-message')).toContainText(geo.problem.departementCode);
    // The list is shown instead of the field, with 2A chosen; the error summary leads to it.
    await expect(select(page)).toHaveValue('2A');
    await expect(page.getByRole('alert').getByRole('link')).toHaveAttribute('href', '#departement');
    await clickToNextScreen(page, continueButton(page));
    expect(await checkRow(page)).toBe('Corse-du-Sud (2A)');
  });

  test('spaces in a postal code are fine ("20 000" → Ajaccio, 2A)', async ({ page }) => {
    await toDepartementStep(page);
    await type(page, ' 20 000 ');
    await expect(listbox(page).getByRole('option')).toHaveText(['Ajaccio (20000) – Corse-du-Sud (2A)']);
    // One commune: Continue takes it.
    await clickToNextScreen(page, continueButton(page));
    expect(await checkRow(page)).toBe('Ajaccio, Corse-du-Sud (2A)');
  });
});

test.describe('département step: laid out before its field arrives, nothing moves', () => {
  // Twelve questions, a held-back chunk and axe: more than the default time on a busy machine.
  test.slow();
  test('with the field’s code slow to come: the place is held (no layout shift), the glossary stays, what was typed is kept', async ({ page }) => {
    // The field's code is fetched on the step before; hold it back 2 s, so the step opens without it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/DepartementField*.js', async (route) => {
      await Promise.race([held, new Promise((resolve) => setTimeout(resolve, 8_000))]);
      await route.continue();
    });
    await openQuestionnaire(page);
    await page.evaluate(() => {
      const w = window as unknown as { shifts: { value: number; at: number; recent: boolean }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          w.shifts.push({ value: entry.value, at: entry.startTime, recent: entry.hadRecentInput });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await playAnswers(page, valerie, { until: 'departement' });
    const opened = await page.evaluate(() => performance.now());
    const glossary = page.locator('details.glossary');
    await expect(glossary).toContainText(contentGlossaryTerm);
    // The placeholder holds the field's place; typing in it is kept.
    const placeholder = page.getByLabel(geo.label, { exact: true });
    await expect(placeholder).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await placeholder.fill('13001');
    await afterPaints(page);
    const before = await page.locator('main form').boundingBox();
    release();
    await expect(combobox(page)).toBeVisible();
    await expect(combobox(page)).toHaveValue('13001');
    await expect(combobox(page)).toBeFocused();
    await expect(listbox(page).getByRole('option')).toHaveText(['Marseille 1er Arrondissement (13001) – Bouches-du-Rhône (13)']);
    // The glossary (« Carsat ») is still there once the field has come (it used to vanish).
    await expect(glossary).toContainText(contentGlossaryTerm);
    await glossary.locator('summary').click();
    await expect(glossary.getByText(flowTexts.glossary.carsat.definition)).toBeVisible();
    // Layout shifts are reported after the frame they happen in.
    await afterPaints(page);
    const shifts = await page.evaluate(
      (since) => (window as unknown as { shifts: { value: number; at: number; recent: boolean }[] }).shifts.filter((s) => s.at >= since && !s.recent),
      opened,
    );
    expect(shifts, 'layout shifts on the département step, not caused by the person').toEqual([]);
    expect(before?.height).toBeGreaterThan(0);
  });

  test('the switch shows the list instead of the field, and back, moving the focus to what it shows', async ({ page }) => {
    await toDepartementStep(page);
    await expect(page.locator('main select')).toHaveCount(0);
    await toList(page).click();
    await expect(select(page)).toBeFocused();
    await expect(combobox(page)).toHaveCount(0);
    // The step's glossary (« Carsat ») is the step's, whichever control is shown.
    await expect(page.locator('details.glossary')).toContainText(contentGlossaryTerm);
    await expectNoA11yViolations(page, 'departement step, the list shown');
    await page.getByRole('button', { name: geo.toEntry, exact: true }).click();
    await expect(combobox(page)).toBeFocused();
    await expect(page.locator('main select')).toHaveCount(0);
  });

  test('« ١٣٠٠١ » (Arabic-Indic digits), « １３００１ » (full width) and invisible marks find Marseille 1er', async ({ page }) => {
    await toDepartementStep(page);
    for (const typed of ['١٣٠٠١', '１３００１', '\u200f13\u200b001']) {
      await type(page, typed);
      await expect(listbox(page).getByRole('option')).toHaveText(['Marseille 1er Arrondissement (13001) – Bouches-du-Rhône (13)']);
    }
    await clickToNextScreen(page, continueButton(page));
    expect(await checkRow(page)).toBe('Marseille 1er Arrondissement, Bouches-du-Rhône (13)');
  });

  test('a name with « Saint » fetches only the piece of the letter after it', async ({ page }) => {
    const urls = recordRequests(page);
    await toDepartementStep(page);
    await type(page, 'St-Étienne');
    await expect(listbox(page).getByRole('option').first()).toHaveText('Saint-Étienne (42000) – Loire (42)');
    expect(geoRequests(urls)).toEqual(['/geo/nom-e.json']);
  });
});

test.describe('a partner’s link: #departement=', () => {
  test('the département step is passed over and shown on « Vérifiez vos réponses », where it can be changed', async ({ page }) => {
    const urls = recordRequests(page);
    await page.goto(`${QUESTIONNAIRE}#departement=13`);
    await waitForIsland(page);
    const { departement: _given, ...rest } = valerie;
    const seen = await playAnswers(page, rest);
    expect(seen).not.toContain('departement');
    expect(await checkRow(page)).toBe('Bouches-du-Rhône (13)');
    await clickToNextScreen(page, page.getByRole('button', { name: new RegExp(`${ui.check.change}\\s*: ${checkLabel('departement')}`) }));
    expect(await currentScreen(page)).toBe('departement');
    // A département given without a commune is shown in the list.
    await expect(select(page)).toHaveValue('13');
    expect(urls.every((u) => !u.includes('?'))).toBe(true);
  });

  test('an unknown value is ignored with a kind note, and the step is asked', async ({ page }) => {
    await page.goto(`${QUESTIONNAIRE}#departement=20`);
    await waitForIsland(page);
    // One note, naming the part of the link that was not understood.
    await expect(page.locator('#lien-note')).toHaveText(
      ui.prefill.ignored_one.replace('{{parts}}', 'departement=20'),
    );
    await expectNoA11yViolations(page, 'questionnaire with an ignored #departement');
    const seen = await playAnswers(page, valerie);
    expect(seen).toContain('departement');
  });
});

test.describe('contacts page search', () => {
  const c = pagesTexts.pages.contacts;

  test('by commune name and by postal code: the caisse, the 3646, the BAL(s) and ameli', async ({ page }) => {
    const urls = recordRequests(page);
    await page.goto('/contacts/');
    const field = page.getByLabel(geo.label, { exact: true });
    await field.fill('Porto-Vecchio');
    await page.getByRole('button', { name: c.searchButton }).click();
    const results = page.locator('[data-geo-results] > li');
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText('Porto-Vecchio (20137) – Corse-du-Sud (2A)');
    await expect(results.first()).toContainText('Carsat Sud-Est');
    await expect(results.first().locator('a[href="tel:3646"]')).toBeVisible();
    await expect(results.first().locator('a[href^="mailto:"]')).toHaveText(['servicesocialajaccio@carsat-sudest.fr']);
    await expect(results.first().locator('a[href^="https://www.ameli.fr"]')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(c.searchCount_one);
    await expectNoA11yViolations(page, '/contacts/ with search results');

    await field.fill('13780');
    await page.getByRole('button', { name: c.searchButton }).click();
    await expect(results).toHaveCount(2);
    await expect(results.nth(1)).toContainText('Riboux (13780) – Var (83)');
    await expect(results.nth(0).locator('a[href^="mailto:"]')).toHaveCount(2);

    await field.fill('1300');
    await page.getByRole('button', { name: c.searchButton }).click();
    await expect(page.locator('#recherche-commune-error')).toContainText(geo.problem.postalLength);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page, '/contacts/ search error');

    // Only the pieces of the first letter (p: Porto-Vecchio) and the first digit (1: 13780), each once;
    // « 1300 » is not a postal code and fetches nothing.
    expect(geoRequests(urls)).toEqual(['/geo/nom-p.json', '/geo/cp-1.json']);
    expect(urls.filter((u) => u.includes('/geo/')).every((u) => GEO_URL.test(new URL(u).pathname))).toBe(true);
    expect(urls.filter((u) => /Porto|13780|1300[^0-9]/i.test(u))).toEqual([]);
  });

  test('« ١٣٠٠١ » finds Marseille 1er; a piece that cannot be had says so, and the next search works', async ({ page }) => {
    await page.goto('/contacts/');
    const field = page.getByLabel(geo.label, { exact: true });
    let fail = true;
    await page.route('**/geo/cp-1.json', (route) => (fail ? route.abort() : route.continue()));
    await field.fill('١٣٠٠١');
    await page.getByRole('button', { name: c.searchButton }).click();
    // Said in the note of the contacts search (what to do instead: the table, the 3646; tests/load-failure.spec.ts).
    const note = page.locator('[data-geo-unavailable]');
    await expect(note).toBeVisible();
    await expect(note).toContainText(c.searchUnavailable.split('{{')[0] ?? '');
    fail = false;
    await page.getByRole('button', { name: c.searchButton }).click();
    const results = page.locator('[data-geo-results] > li');
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText('Marseille 1er Arrondissement (13001) – Bouches-du-Rhône (13)');
    await expect(note).toBeHidden();
    await expect(page.locator('#recherche-commune-error')).toBeHidden();
  });

  test('Mayotte: the CSSM, marked as still to confirm, with what is known and what is not, in the search and the table', async ({ page }) => {
    await page.goto('/contacts/');
    await page.getByLabel(geo.label, { exact: true }).fill('Mamoudzou');
    await page.getByRole('button', { name: c.searchButton }).click();
    const result = page.locator('[data-geo-results] > li').first();
    await expect(result).toContainText('Caisse de sécurité sociale de Mayotte (CSSM)');
    await expect(result).toContainText(c.caisseToConfirm);
    await expect(result).toContainText(contentTexts.departement['976'].note);
    await expect(page.locator('#departement-976')).toContainText(contentTexts.departement['976'].note);
    await expect(page.locator('#departement-48')).toContainText(contentTexts.departement['48'].note);
  });

  test('without JavaScript: no search form, the table of the 101 départements works', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/contacts/');
    await expect(page.locator('[data-geo-form]')).toBeHidden();
    await expect(page.locator('#table-contacts tbody tr')).toHaveCount(101);
    await expect(heading(page)).toBeVisible();
    await context.close();
  });
});
