/**
 * The questionnaire as a person uses it: the seed situations played through the real screens, the error
 * pattern, history (Retour, back/forward, reload, a fresh tab), "Vérifiez vos réponses", the support screen,
 * the e-mail link, restart, focus, out-of-scope and no-BAL results, a phone screen.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  afterPaints,
  answer,
  backLink,
  checkLabel,
  checkedValues,
  clickToNextScreen,
  confirmAnswers,
  content,
  continueButton,
  currentScreen,
  errorText,
  expectHeadingFocused,
  heading,
  linkByText,
  mailtoLinks,
  openQuestionnaire,
  optionLabel,
  persona,
  phoneNumbers,
  playAnswers,
  playToResult,
  questionTitle,
  ui,
  waitForIsland,
  CHECK,
  RESULT,
  SUPPORT,
  type Answers,
} from './helpers/questionnaire.ts';

const paul = persona('paul-commercant-marseille').answers;
const christian = persona('christian-ingenieur-aix').answers;
const valerie = persona('valerie-secretaire-manosque').answers;

/** A salarié in Paris (Cramif: no BAL published). */
const salariéParis: Answers = { ...valerie, departement: '75' };
/** A farmer: the MSA, out of scope of the service social of the Assurance Maladie. */
const eleveurMsa: Answers = { qui: 'moi', besoin: ['argent'], regime: 'msa', difficultes: ['argent'] };
/** Valérie, who also does not feel well. */
const valerieMoral: Answers = { ...valerie, difficultes: ['argent', 'moral'] };

const region = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const axeCards = (page: Page) => region(page, ui.result.axes.title).locator('.card');
const dispositifsRegion = (page: Page) => region(page, ui.result.dispositifs.title);
const moreAids = (page: Page) => dispositifsRegion(page).locator('details.more-aids > summary');
const dispositifHeading = (page: Page, id: keyof typeof content.dispositif) =>
  dispositifsRegion(page).getByRole('heading', { level: 3, name: content.dispositif[id].name });

function mailtoOf(email: string): string {
  return `mailto:${email}?`;
}

test.describe('seed situations played through the screens', () => {
  test('Paul (commerçant, Marseille): PDP first, INCLU’PRO and bilan, two Bouches-du-Rhône mailboxes, 3646', async ({ page }) => {
    await playToResult(page, paul);

    await expect(axeCards(page).first().getByRole('heading', { level: 3 })).toHaveText(content.axe.pdp.title);
    await expect(dispositifHeading(page, 'inclupro')).toBeVisible();
    // The bilan de compétences is among the « Autres aides », one tap away.
    await expect(dispositifHeading(page, 'bilan_competences')).toBeHidden();
    await moreAids(page).click();
    await expect(dispositifHeading(page, 'bilan_competences')).toBeVisible();
    await expect(dispositifHeading(page, 'essai_encadre')).toHaveCount(0);
    await expect(dispositifHeading(page, 'crpe')).toHaveCount(0);

    for (const email of ['servicesocialbdrest@carsat-sudest.fr', 'servicesocialbdrouest@carsat-sudest.fr']) {
      const link = page.getByRole('link', { name: email, exact: true });
      await expect(link).toBeVisible();
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^${mailtoOf(email).replace(/[.?]/g, '\\$&')}`));
    }
    expect(await mailtoLinks(page)).toHaveLength(2);
    await expect(page.getByText(ui.result.contact.split, { exact: true })).toBeVisible();
    await expect(page.locator('main a[href="tel:3646"]').first()).toBeVisible();
  });

  test('Christian (ingénieur, Aix, question de retraite): the Assurance retraite and its 3960, no axe', async ({ page }) => {
    await playToResult(page, christian);

    // The heading names his door; the 3960 comes first, the 3646 beneath it, and no mailbox.
    await expect(heading(page)).toHaveText(ui.result.heading.door.replace('{{door}}', ui.result.door.retraite));
    const retraite = page.getByRole('heading', { level: 3, name: content.redirection.retraite.title, exact: true });
    await expect(retraite).toBeVisible();
    await expect(page.locator('main a[href="tel:3960"]')).toBeVisible();
    expect((await phoneNumbers(page.locator('main'))).slice(0, 2)).toEqual(['3960', '3646']);
    await expect(page.locator('main a[href^="mailto:"]:not(.share a)')).toHaveCount(0);
    await expect(axeCards(page)).toHaveCount(0);
    for (const axe of [content.axe.pdp.title, content.axe.sps.title]) {
      await expect(page.getByRole('heading', { name: axe })).toHaveCount(0);
    }
  });

  test('Valérie (secrétaire, Manosque, arrêt long): PDP, pré-reprise, liaison, aides CPAM, the Digne mailbox', async ({ page }) => {
    await playToResult(page, valerie);

    await expect(axeCards(page).first().getByRole('heading', { level: 3 })).toHaveText(content.axe.pdp.title);
    // She said money twice: the money aids come first.
    const firstThree = (await dispositifsRegion(page).locator('.card h3').allInnerTexts()).slice(0, 3);
    expect(firstThree).toEqual(expect.arrayContaining([content.dispositif.aides_financieres_cpam.name, content.dispositif.css.name]));
    for (const id of ['aides_financieres_cpam', 'css', 'visite_pre_reprise'] as const) {
      await expect(dispositifHeading(page, id), id).toBeVisible();
    }
    await moreAids(page).click();
    await expect(dispositifHeading(page, 'rendez_vous_liaison')).toBeVisible();
    const email = 'servicesocialdigne@carsat-sudest.fr';
    await expect(page.getByRole('link', { name: email, exact: true })).toBeVisible();
    const links = await mailtoLinks(page);
    expect(links).toHaveLength(1);
    expect(links[0]?.startsWith(mailtoOf(email))).toBe(true);
    await expect(page.locator('main a[href="tel:3646"]').first()).toBeVisible();
  });
});

test.describe('error pattern', () => {
  test('"Continuer" with nothing chosen: focused error summary linking to the first option, field error, title', async ({ page }) => {
    await openQuestionnaire(page);
    await continueButton(page).click();

    const summary = page.getByRole('alert');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(ui.error.summaryTitle);
    const link = summary.getByRole('link', { name: errorText('qui'), exact: true });
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    const first = page.getByLabel(optionLabel('qui', 'moi'), { exact: true });
    expect(href).toBe(`#${await first.getAttribute('id')}`);
    await expect(page.locator('main form input').first()).toHaveAttribute('id', (href ?? '').slice(1));

    const message = page.locator('.error-message');
    await expect(message).toBeVisible();
    await expect(message).toContainText(errorText('qui'));
    // The message is read with the fieldset (aria-describedby).
    const describedBy = (await page.locator('fieldset').getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
    await expect(page).toHaveTitle(new RegExp(`^${ui.error.titlePrefix}`));

    // Answering clears the error.
    await answer(page, 'qui', 'moi');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The title follows the screen (it is set just after the render).
    await expect(page).not.toHaveTitle(new RegExp(`^${ui.error.titlePrefix}`));
  });

  test('the error summary link, on a later question, moves to the first option and keeps the question', async ({ page }) => {
    await openQuestionnaire(page);
    await answer(page, 'qui', 'moi');
    await continueButton(page).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: errorText('besoin'), exact: true }).click();

    await expect(heading(page)).toHaveText(questionTitle('besoin'));
    await expect(page.getByLabel(optionLabel('besoin', 'travail'), { exact: true })).toBeFocused();
  });

  test('the département question: the error summary links to the control shown (the field, or the list), field error shown', async ({ page }) => {
    await openQuestionnaire(page);
    await playAnswers(page, valerie, { until: 'departement' });
    // The postal code / commune field is shown first: nothing typed is its error.
    await continueButton(page).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    const field = page.getByRole('combobox', { name: ui.geo.label });
    expect(await summary.getByRole('link').getAttribute('href')).toBe(`#${await field.getAttribute('id')}`);
    await expect(page.locator('.error-message')).toContainText(ui.geo.problem.empty);
    await expect(page).toHaveTitle(new RegExp(`^${ui.error.titlePrefix}`));
    // The list shown instead, nothing chosen: the question's own error, linked to the list.
    await page.getByRole('button', { name: ui.geo.toList, exact: true }).click();
    await continueButton(page).click();
    await expect(summary).toBeFocused();
    const select = page.getByLabel(questionTitle('departement'), { exact: true });
    expect(await summary.getByRole('link').getAttribute('href')).toBe(`#${await select.getAttribute('id')}`);
    await expect(page.locator('.error-message')).toContainText(errorText('departement'));
  });
});

test.describe('history', () => {
  const start: Answers = { qui: 'moi', besoin: ['travail', 'argent'] };

  test('"Retour" on the page goes to the previous question with its answer still ticked', async ({ page }) => {
    await openQuestionnaire(page);
    await playAnswers(page, start, { until: 'regime' });
    await clickToNextScreen(page, backLink(page));

    await expect(heading(page)).toHaveText(questionTitle('besoin'));
    expect((await checkedValues(page, 'besoin')).sort()).toEqual(['argent', 'travail']);
    await expectHeadingFocused(page);

    await clickToNextScreen(page, backLink(page));
    await expect(heading(page)).toHaveText(questionTitle('qui'));
    expect(await checkedValues(page, 'qui')).toEqual(['moi']);
    // On the first question, the back link leads home.
    await expect(linkByText(page, ui.backHome)).toHaveAttribute('href', '/');
  });

  test('the browser back and forward buttons move between questions, answers kept', async ({ page }) => {
    await openQuestionnaire(page);
    await playAnswers(page, start, { until: 'regime' });

    await page.goBack();
    await expect(heading(page)).toHaveText(questionTitle('besoin'));
    expect((await checkedValues(page, 'besoin')).sort()).toEqual(['argent', 'travail']);
    await expectHeadingFocused(page);

    await page.goBack();
    await expect(heading(page)).toHaveText(questionTitle('qui'));
    expect(await checkedValues(page, 'qui')).toEqual(['moi']);

    await page.goForward();
    await expect(heading(page)).toHaveText(questionTitle('besoin'));
    await page.goForward();
    await expect(heading(page)).toHaveText(questionTitle('regime'));
    await expectHeadingFocused(page);
    expect(new URL(page.url()).pathname).toBe('/questionnaire/');
  });

  test('reloading keeps the answers and the current question; back then leads to the previous question', async ({ page }) => {
    await openQuestionnaire(page);
    await playAnswers(page, { ...start, regime: 'general' }, { until: 'situation' });

    await page.reload();
    await waitForIsland(page);
    await expect(heading(page)).toHaveText(questionTitle('situation'));
    // Like any page load: the focus is not moved to the heading (Tab starts from the top of the page), once the
    // effects of the resumed screen have run.
    await afterPaints(page);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('H1');

    // The browser's back button after a reload still goes one question back, answers kept.
    await page.goBack();
    await expect(heading(page)).toHaveText(questionTitle('regime'));
    expect(await checkedValues(page, 'regime')).toEqual(['general']);
    await page.goBack();
    await expect(heading(page)).toHaveText(questionTitle('besoin'));
    expect((await checkedValues(page, 'besoin')).sort()).toEqual(['argent', 'travail']);
    await page.goForward();
    await expect(heading(page)).toHaveText(questionTitle('regime'));
    await page.goForward();
    await expect(heading(page)).toHaveText(questionTitle('situation'));

    // After "Retour", a reload stays on the question "Retour" led to.
    await clickToNextScreen(page, backLink(page));
    await expect(heading(page)).toHaveText(questionTitle('regime'));
    await page.reload();
    await waitForIsland(page);
    await expect(heading(page)).toHaveText(questionTitle('regime'));
    expect(await checkedValues(page, 'regime')).toEqual(['general']);
    await answer(page, 'regime', 'general');
    await expect(heading(page)).toHaveText(questionTitle('situation'));
  });

  test('the skip link on a later question keeps that question and its answers', async ({ page }) => {
    await openQuestionnaire(page);
    await playAnswers(page, start, { until: 'regime' });
    await page.getByLabel(optionLabel('regime', 'general'), { exact: true }).check();
    await page.keyboard.press('Shift+Tab');
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');

    await expect(page.locator('main')).toBeFocused();
    await expect(heading(page)).toHaveText(questionTitle('regime'));
    // Going on still works, and back still leads to the previous question.
    await answer(page, 'regime', 'general');
    await expect(heading(page)).toHaveText(questionTitle('situation'));
    await clickToNextScreen(page, backLink(page));
    await expect(heading(page)).toHaveText(questionTitle('regime'));
    expect(await checkedValues(page, 'regime')).toEqual(['general']);
  });

  test('a fresh tab starts with nothing answered', async ({ page, browser }) => {
    await openQuestionnaire(page);
    await playAnswers(page, start, { until: 'regime' });

    const other = await browser.newContext();
    try {
      const fresh = await other.newPage();
      await openQuestionnaire(fresh);
      await expect(heading(fresh)).toHaveText(questionTitle('qui'));
      expect(await checkedValues(fresh, 'qui')).toEqual([]);
    } finally {
      await other.close();
    }
    // And a new tab in the same browser profile too: answers live only in the tab that holds them.
    const sameProfile = await page.context().newPage();
    await openQuestionnaire(sameProfile);
    await expect(heading(sameProfile)).toHaveText(questionTitle('qui'));
    expect(await checkedValues(sameProfile, 'qui')).toEqual([]);
  });
});

test.describe('Vérifiez vos réponses', () => {
  test('"Modifier" the situation from salarié to retraité: asks ASPA, then drops contrat and arrêt, keeps the département', async ({ page }) => {
    await openQuestionnaire(page);
    await playAnswers(page, valerie);
    const keys = page.locator('.summary-list__key');
    await expect(keys.filter({ hasText: checkLabel('contrat') })).toHaveCount(1);
    await expect(keys.filter({ hasText: checkLabel('arret') })).toHaveCount(1);

    await clickToNextScreen(page, page.getByRole('button', { name: `${ui.check.change} : ${checkLabel('situation')}`, exact: true }));
    await expect(heading(page)).toHaveText(questionTitle('situation'));
    expect(await checkedValues(page, 'situation')).toEqual(['salarie']);
    await expectHeadingFocused(page);

    await answer(page, 'situation', 'retraite');
    expect(await currentScreen(page)).toBe('aspa');
    await expectHeadingFocused(page);
    await answer(page, 'aspa', 'non');

    await expect(heading(page)).toHaveText(ui.check.title);
    for (const gone of ['contrat', 'arret', 'travail_menace', 'invalidite']) {
      await expect(keys.filter({ hasText: checkLabel(gone) }), `row "${gone}"`).toHaveCount(0);
    }
    const row = (id: string) => page.locator('.summary-list__row').filter({ has: page.locator('dt', { hasText: checkLabel(id) }) });
    await expect(row('situation').locator('.summary-list__value')).toHaveText(optionLabel('situation', 'retraite'));
    await expect(row('aspa').locator('.summary-list__value')).toHaveText(optionLabel('aspa', 'non'));
    await expect(row('departement').locator('.summary-list__value')).toContainText('04');
  });
});

test.describe('support screen', () => {
  test('ticking "moral" shows the listening numbers next, 3114 first; the result shows 3114 first too', async ({ page }) => {
    await openQuestionnaire(page);
    const seen = await playAnswers(page, valerieMoral, { until: SUPPORT });
    expect(seen.at(-2)).toBe('difficultes');
    await expect(heading(page)).toHaveText(questionTitle(SUPPORT));
    await expectHeadingFocused(page);
    const numbers = await phoneNumbers(page.locator('main'));
    expect(numbers[0]).toBe('3114');
    await expect(page.locator('main a[href="tel:3114"]')).toBeVisible();

    await clickToNextScreen(page, continueButton(page));
    expect(await currentScreen(page)).toBe('complementaire');
    await playAnswers(page, valerieMoral);
    await confirmAnswers(page);
    const resultNumbers = await phoneNumbers(page.locator('main'));
    expect(resultNumbers[0]).toBe('3114');
    await expect(page.getByRole('heading', { level: 2, name: ui.result.support.title, exact: true })).toBeVisible();
  });
});

test.describe('result', () => {
  test('the e-mail link: subject only, then a body with the answers when the summary box is ticked', async ({ page }) => {
    await playToResult(page, valerie);
    const link = page.locator('main a[href^="mailto:"]:not(.share a)');
    const split = (href: string) => {
      const [address, query = ''] = href.split('?');
      const params = new Map(query.split('&').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
      return { address, params };
    };

    const before = split((await link.getAttribute('href')) ?? '');
    expect(before.address).toBe('mailto:servicesocialdigne@carsat-sudest.fr');
    expect([...before.params.keys()]).toEqual(['subject']);
    expect(decodeURIComponent(before.params.get('subject') ?? '')).toBe(ui.mail.subject);
    expect(decodeURIComponent(before.params.get('subject') ?? '')).toBe('Demande d’accompagnement – service social');

    const box = page.getByLabel(ui.mail.tick, { exact: true });
    await expect(box).not.toBeChecked();
    await box.check();
    await expect(link).toHaveAttribute('href', /[?&]body=/);
    const after = split((await link.getAttribute('href')) ?? '');
    expect([...after.params.keys()]).toEqual(['subject', 'body']);
    const rawBody = after.params.get('body') ?? '';
    const arret = `${checkLabel('arret')} : ${optionLabel('arret', '3_mois_ou_plus')}`;
    expect(rawBody).toContain(encodeURIComponent(arret));
    const body = decodeURIComponent(rawBody);
    expect(body).toContain(ui.mail.intro);
    expect(body).toContain(`${checkLabel('situation')} : ${optionLabel('situation', 'salarie')}`);
    expect(body).toContain(arret);
    expect(body).toContain(ui.mail.reminder);

    await box.uncheck();
    expect([...split((await link.getAttribute('href')) ?? '').params.keys()]).toEqual(['subject']);
  });

  test('"Recommencer" returns to the first question with nothing ticked', async ({ page }) => {
    await playToResult(page, valerie);
    await clickToNextScreen(page, page.getByRole('button', { name: ui.restart, exact: true }));
    await expect(heading(page)).toHaveText(questionTitle('qui'));
    expect(await checkedValues(page, 'qui')).toEqual([]);
    await expectHeadingFocused(page);
    // Nothing from before comes back on the next question either.
    await answer(page, 'qui', 'moi');
    expect(await checkedValues(page, 'besoin')).toEqual([]);
  });

  test('"Modifier mes réponses" goes to "Vérifiez vos réponses"', async ({ page }) => {
    await playToResult(page, valerie);
    await clickToNextScreen(page, page.getByRole('button', { name: ui.result.edit, exact: true }));
    await expect(heading(page)).toHaveText(ui.check.title);
    await expectHeadingFocused(page);
    await expect(page.locator('.summary-list__row')).not.toHaveCount(0);
  });

  test('a person in the MSA is sent to the MSA, without the 3646 contact section', async ({ page }) => {
    await playToResult(page, eleveurMsa);
    await expect(page.getByRole('heading', { level: 3, name: content.redirection.msa.title, exact: true })).toBeVisible();
    await expect(heading(page)).toHaveText(ui.result.heading.door.replace('{{door}}', ui.result.door.msa));
    for (const name of [ui.result.actions.service, ui.result.actions.fallback]) await expect(page.getByRole('heading', { name })).toHaveCount(0);
    await expect(page.locator('main a[href="tel:3646"]')).toHaveCount(0);
    await expect(page.locator('main a[href^="mailto:"]:not(.share a)')).toHaveCount(0);
  });

  test('a département without a published mailbox (Paris): the Cramif, no e-mail link', async ({ page }) => {
    await playToResult(page, salariéParis);
    const contact = region(page, ui.result.actions.title);
    await expect(contact).toContainText('Cramif');
    await expect(contact.getByText(ui.contact.noMail, { exact: true })).toBeVisible();
    await expect(page.locator('main a[href^="mailto:"]:not(.share a)')).toHaveCount(0);
    await expect(contact.locator('a[href="tel:3646"]')).toBeVisible();
  });
});

test('focus moves to the h1 on every step, from the first answer to the result', async ({ page }) => {
  await openQuestionnaire(page);
  const seen = await playAnswers(page, valerieMoral, { checkFocus: true });
  expect(seen).toContain(SUPPORT);
  expect(seen.at(-1)).toBe(CHECK);
  await confirmAnswers(page);
  expect(await currentScreen(page)).toBe(RESULT);
  await expectHeadingFocused(page);
});

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Valérie’s journey fits the screen and ends on the result with her contacts', async ({ page }) => {
    await openQuestionnaire(page);
    const fits = async (where: string) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `no horizontal scrolling on ${where}`).toBeLessThanOrEqual(390);
    };
    await playAnswers(page, valerie, { checkFocus: true, onScreen: (screen) => fits(screen) });
    await fits(CHECK);
    await confirmAnswers(page);
    await fits(RESULT);
    await expect(axeCards(page).first().getByRole('heading', { level: 3 })).toHaveText(content.axe.pdp.title);
    await expect(page.getByRole('link', { name: 'servicesocialdigne@carsat-sudest.fr', exact: true })).toBeVisible();
    await expect(page.locator('main a[href="tel:3646"]').first()).toBeVisible();
  });
});
