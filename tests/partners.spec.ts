/**
 * Partners (issue 11): the /partenaires/ link builder as a médecin du travail uses it, the prefilled link opened on
 * a phone (third person, département passed over and shown on « Vérifiez vos réponses »), mangled links that still
 * start cleanly with ONE note, result links (same result in a fresh browser; outdated and malformed ones restart
 * kindly), the printed poster and flyer (one A4 page each, axe under print media), axe in every locale, and the
 * page without JavaScript (plain link, national poster).
 */
import { expect, test, type Page } from '@playwright/test';
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { expectNoA11yViolations } from './helpers/axe.ts';
import {
  checkLabel,
  confirmAnswers,
  currentScreen,
  heading,
  optionLabel,
  persona,
  playAnswers,
  questionTitle,
  ui,
  waitForIsland,
  CHECK,
  QUESTIONNAIRE,
  RESULT,
} from './helpers/questionnaire.ts';
import { origin } from './helpers/site.ts';
import { locales, localePath } from '../src/i18n/routes.ts';
import pagesFr from '../src/i18n/locales/fr/pages.json' with { type: 'json' };
import contentFr from '../src/i18n/locales/fr/content.json' with { type: 'json' };

const P = pagesFr.pages.partenaires;
const B = P.builder;
const valerie = persona('valerie-secretaire-manosque').answers;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

// Whole journeys under axe, on a machine that may be busy.
test.describe.configure({ timeout: 120_000 });

/** Opens the partners page and waits until the builder runs (its form appears once hydrated). */
async function openBuilder(page: Page, path = '/partenaires/'): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.locator('form.link-builder__form')).toBeVisible({ timeout: 30_000 });
}

function linkField(page: Page) {
  return page.getByLabel(B.linkLabel, { exact: true });
}

/** The row of « Vérifiez vos réponses » for a question. */
async function checkRow(page: Page, question: string): Promise<string> {
  const row = page.locator('.summary-list__row').filter({ has: page.getByText(checkLabel(question), { exact: true }) });
  return (await row.locator('.summary-list__value').innerText()).trim();
}

test.describe('the link builder', () => {
  test('a médecin du travail builds a link for the Var, « je la remplis avec la personne »: the link, its QR code, the poster; the link opens the questionnaire in the third person with the Var passed over', async ({ page, browser }) => {
    await openBuilder(page);
    await page.getByLabel(B.kindLabel, { exact: true }).selectOption('medecin_travail');
    // The département typed as a number, as the questionnaire reads it.
    await page.getByLabel(B.typedLabel, { exact: true }).fill('83');
    await page.getByRole('button', { name: B.typedButton, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Var (83)' })).toHaveText(B.depChosen.replace('{{departement}}', 'Var (83)'));
    await expect(page.getByLabel(B.depLabel, { exact: true })).toHaveValue('83');
    await page.getByLabel(B.qui.professionnel, { exact: true }).check();

    const link = `${origin}/questionnaire/#qui=professionnel&departement=83`;
    await expect(linkField(page)).toHaveValue(link);
    // Nothing of the partner in the link: no kind, no id, no query string.
    expect(new URL(link).search).toBe('');
    expect(link).not.toContain('medecin');

    // The QR code on screen is the link's, module for module (lean-qr, as the page draws it).
    const expected = toSvgPath(generate(link, { minCorrectionLevel: correction.M }));
    const poster = page.locator('.sheet--poster');
    await expect(poster.locator('svg.qr path')).toHaveAttribute('d', expected);
    await expect(poster.locator('svg.qr')).toHaveAttribute('aria-label', B.qrAlt.replace('{{link}}', link.replace(/^https?:\/\//, '')));
    await expect(poster).toContainText(P.poster.from.medecin_travail);
    await expect(poster).toContainText('3646');
    await expect(poster).toContainText(link.replace(/^https?:\/\//, ''));
    // The SVG file to download is the same code.
    const file = await page.getByRole('link', { name: B.download }).getAttribute('href');
    expect(file).toMatch(/^data:image\/svg\+xml/);
    const svg = Buffer.from((file ?? '').split(',')[1] ?? '', 'base64').toString();
    expect(svg).toContain('<svg');
    await expectNoA11yViolations(page, '/partenaires/ builder filled in');

    // The QR code read on a phone: the questionnaire in the third person, the département already set.
    const context = await browser.newContext(phone);
    const mobile = await context.newPage();
    await mobile.goto(link);
    await waitForIsland(mobile);
    expect(await currentScreen(mobile)).toBe('besoin');
    await expect(heading(mobile)).toHaveText(questionTitle('besoin', true));
    // The first screen shown: « Retour à l'accueil », not a « Retour » to a question never seen.
    await expect(mobile.locator('main').getByRole('link', { name: ui.backHome })).toBeVisible();
    await expect(mobile.locator('#lien-note')).toHaveCount(0);
    const { qui: _qui, departement: _dep, ...rest } = valerie;
    const seen = await playAnswers(mobile, rest);
    expect(seen).not.toContain('qui');
    expect(seen).not.toContain('departement');
    for (const screen of seen.filter((s) => s !== CHECK && s !== 'soutien')) {
      expect(questionTitle(screen, true), `third person on "${screen}"`).not.toBe(questionTitle(screen));
    }
    expect(await checkRow(mobile, 'departement')).toBe('Var (83)');
    expect(await checkRow(mobile, 'qui')).toBe(optionLabel('qui', 'professionnel'));
    // Shown, and can be changed.
    await mobile.getByRole('button', { name: new RegExp(`${ui.check.change}\\s*: ${checkLabel('departement')}`) }).click();
    expect(await currentScreen(mobile)).toBe('departement');
    await expect(mobile.getByLabel(questionTitle('departement', true), { exact: true })).toHaveValue('83');
    await context.close();
  });

  test('a département typed in the builder gets the questionnaire’s own messages; a postal code or a commune finds it', async ({ page }) => {
    await openBuilder(page);
    const field = page.getByLabel(B.typedLabel, { exact: true });
    const choose = page.getByRole('button', { name: B.typedButton, exact: true });
    const error = page.locator('#lien-saisie-error');
    for (const [typed, message] of [
      ['99', ui.geo.problem.postalLength],
      ['20', ui.geo.problem.corsica],
      ['13O01', ui.geo.problem.postalLetters],
      ['99999', ui.geo.problem.postalUnknown],
      ['Xyzzyville', ui.geo.problem.nameUnknown],
    ] as const) {
      await field.fill(typed);
      await choose.click();
      await expect(error, `message for "${typed}"`).toContainText(message);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toBeFocused();
    }
    await expectNoA11yViolations(page, '/partenaires/ builder with an unknown département');
    await expect(page.getByLabel(B.depLabel, { exact: true })).toHaveValue('');
    await field.fill('13780');
    await choose.click();
    await expect(error).toContainText('Bouches-du-Rhône (13), Var (83)');
    await field.fill('Manosque');
    await field.press('Enter');
    await expect(error).toHaveCount(0);
    await expect(page.getByLabel(B.depLabel, { exact: true })).toHaveValue('04');
    await expect(linkField(page)).toHaveValue(`${origin}/questionnaire/#departement=04`);
  });

  test('the language of the link and of the poster: FALC and Arabic', async ({ page }) => {
    await openBuilder(page);
    const builder = page.locator('.link-builder');
    await builder.getByLabel('Français facile à lire et à comprendre (FALC)', { exact: true }).check();
    await expect(linkField(page)).toHaveValue(`${origin}/falc/questionnaire/`);
    await builder.getByLabel('العربية', { exact: true }).check();
    await page.getByLabel(B.qui.moi, { exact: true }).check();
    await expect(linkField(page)).toHaveValue(`${origin}/ar/questionnaire/#qui=moi`);
    await expect(page.locator('.sheet--poster')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.sheet--poster')).toHaveAttribute('lang', 'ar');
    await expectNoA11yViolations(page, '/partenaires/ builder, Arabic poster');
  });
});

test.describe('prefilled links that are not quite right', () => {
  test('a mangled link starts cleanly with ONE note naming what was not understood, and uses the rest', async ({ page }) => {
    await page.goto(`${QUESTIONNAIRE}#qui=patron&departement=99&besoin=travail&&sante=aucune,handicap&%E0%A4%A&arret=non&arret=oui&zzz`);
    await waitForIsland(page);
    expect(await currentScreen(page)).toBe('qui');
    const note = page.locator('#lien-note');
    await expect(note).toHaveCount(1);
    await expect(note).toContainText(ui.prefill.ignored_other.split('{{count}}')[0] ?? '');
    for (const part of ['qui=patron', 'departement=99', 'sante=aucune,handicap', '%E0%A4%A']) await expect(note).toContainText(part);
    // Seven parts not understood: the first five named, then « et 2 autres ».
    await expect(note).toContainText(ui.prefill.ignored_other.split('{{parts}}')[0]?.replace('{{count}}', '7') ?? '');
    await expect(note).toContainText(ui.prefill.more_other.replace('{{count}}', '2'));
    await expect(page.locator('.notice')).toHaveCount(1);
    await expectNoA11yViolations(page, 'questionnaire with a mangled link');
    // besoin=travail was understood: passed over.
    const seen = await playAnswers(page, { ...valerie, besoin: ['travail'] });
    expect(seen).not.toContain('besoin');
    expect(seen).toContain('departement');
    expect(await checkRow(page, 'besoin')).toBe(optionLabel('besoin', 'travail'));
  });

  test('an oversized or binary fragment: the first question and a note, never a blank screen', async ({ page }) => {
    await page.goto(`${QUESTIONNAIRE}#${'qui=moi&'.repeat(3)}${'x'.repeat(50_000)}=1&%00%FF=%F0`);
    await waitForIsland(page);
    expect(await currentScreen(page)).toBe('qui');
    await expect(page.locator('#lien-note')).toContainText('qui=moi');
  });
});

test.describe('result links', () => {
  test('Valérie sends her result: the link opens the same result, with its reasons and « Modifier », in a fresh browser', async ({ page, browser }) => {
    await page.goto(QUESTIONNAIRE);
    await waitForIsland(page);
    await playAnswers(page, valerie);
    await confirmAnswers(page);
    const share = page.locator('section.share');
    // Closed at first, one short line (the result stays within its 450 words): opened, it says what the link holds.
    await share.getByText(ui.share.open, { exact: true }).click();
    await expect(share.getByRole('heading', { name: ui.share.title })).toBeVisible();
    await expect(share).toContainText(ui.share.holds);
    const link = await page.getByLabel(ui.share.label, { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${origin}/questionnaire/#resultat=1\\.\\d+\\.[A-Za-z0-9_~-]+$`));
    const mail = await share.getByRole('link', { name: ui.share.mail }).getAttribute('href');
    expect(mail).toBe(`mailto:?subject=${encodeURIComponent(ui.share.mailSubject)}&body=${encodeURIComponent(link)}`);
    await expectNoA11yViolations(page, 'result with « Envoyer ce résultat »');
    const original = await page.locator('.result').innerText();

    const context = await browser.newContext(phone);
    const other = await context.newPage();
    await other.goto(link);
    await waitForIsland(other);
    // The result answers first: Valérie can get help from the service social.
    await expect(heading(other)).toHaveText(ui.result.heading.service);
    // The same result, word for word (its « Envoyer ce résultat » too, once its link is ready).
    await expect(other.locator('#share-link')).toHaveValue(link);
    await other.locator('section.share').getByText(ui.share.open, { exact: true }).click();
    expect(await other.locator('.result').innerText()).toBe(original);
    await expect(other.locator('.result')).toContainText(ui.result.because);
    // The answers leave the address at once: not kept in the history or a copied address.
    expect(new URL(other.url()).hash).toBe('');
    // « Modifier mes réponses » shows Valérie's answers.
    await other.getByRole('button', { name: ui.result.edit }).click();
    expect(await currentScreen(other)).toBe(CHECK);
    expect(await checkRow(other, 'departement')).toBe('Alpes-de-Haute-Provence (04)');
    await other.reload();
    await waitForIsland(other);
    expect(await currentScreen(other)).toBe(CHECK);
    await context.close();
  });

  test('an outdated result link says the questionnaire must be redone and starts it; a malformed one restarts kindly', async ({ page }) => {
    await page.goto(`${QUESTIONNAIRE}#resultat=1.999.DCABBBEDBQBAEA04~~e`);
    await waitForIsland(page);
    expect(await currentScreen(page)).toBe('qui');
    await expect(page.locator('#lien-note')).toHaveText(ui.prefill.outdated);
    expect(new URL(page.url()).hash).toBe('');
    await expectNoA11yViolations(page, 'questionnaire after an outdated result link');

    // Pasted over the questionnaire already open: the page opens it as it would on load.
    await page.goto(`${QUESTIONNAIRE}#resultat=1.1.garbage!`);
    await expect(page.locator('#lien-note')).toHaveText(ui.prefill.malformed);
    await waitForIsland(page);
    expect(await currentScreen(page)).toBe('qui');
    await expect(page.locator('#lien-note')).toHaveText(ui.prefill.malformed);
  });

  test('the worked examples of /partenaires/ open their result', async ({ page }) => {
    await page.goto('/partenaires/');
    await page.locator('#situation-christian').getByRole('link', { name: /Christian/ }).click();
    await waitForIsland(page);
    // Told by a professional (qui=professionnel): the heading answers in the third person, Christian's door first.
    await expect(heading(page)).toHaveText(ui.result.heading.doorOther.replace('{{door}}', ui.result.door.retraite));
    expect(await currentScreen(page)).toBe(RESULT);
    await expect(page.locator('.result')).toContainText(contentFr.redirection.retraite.title);
  });
});

test.describe('printing', () => {
  /** Pages of a PDF (one /Type /Page object per page) and its first MediaBox, in points. */
  function pdfPages(pdf: Buffer): { pages: number; box: number[] } {
    const text = pdf.toString('latin1');
    const box = /\/MediaBox\s*\[\s*([\d.\s]+)\]/.exec(text)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
    return { pages: (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, box };
  }

  test('the poster and the flyer print on one A4 page each (210 × 297 mm)', async ({ page }) => {
    await openBuilder(page);
    await page.getByLabel(B.kindLabel, { exact: true }).selectOption('cap_emploi');
    await page.getByLabel(B.depLabel, { exact: true }).selectOption('13');
    await page.emulateMedia({ media: 'print' });
    const poster = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(poster.pages, 'poster pages').toBe(1);
    // A4 in PostScript points (1 mm = 72 / 25.4 pt): 595.3 × 841.9.
    expect(Math.abs((poster.box[2] ?? 0) - 595.3)).toBeLessThan(1.5);
    expect(Math.abs((poster.box[3] ?? 0) - 841.9)).toBeLessThan(1.5);
    await expect(page.locator('.sheet--poster')).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.link-builder__form')).toBeHidden();
    await expectNoA11yViolations(page, 'printed poster');

    // « Imprimer le flyer » marks the page, then prints (the mark goes on « afterprint »).
    await page.evaluate(() => (document.documentElement.dataset['print'] = 'flyer'));
    await expect(page.locator('.sheet--flyer')).toHaveCount(2);
    await expect(page.locator('.sheet--flyer').first()).toBeVisible();
    await expect(page.locator('.sheet--poster')).toBeHidden();
    await expectNoA11yViolations(page, 'printed flyer');
    const flyer = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(flyer.pages, 'flyer pages').toBe(1);
  });
});

test.describe('every locale', () => {
  for (const locale of locales) {
    test(`${localePath(locale, '/partenaires/')}: axe clean on the page, the builder in use and the printed poster`, async ({ page }) => {
      await openBuilder(page, localePath(locale, '/partenaires/'));
      await expectNoA11yViolations(page, `${locale} partners page`);
      await page.locator('#lien-type').selectOption('mdph');
      await page.locator('#lien-departement').selectOption('2A');
      await page.locator('#lien-qui-professionnel').check();
      await page.locator('#lien-saisie').fill('99');
      await page.locator('#lien-saisie').press('Enter');
      await expect(page.locator('#lien-saisie-error')).toBeVisible();
      await expectNoA11yViolations(page, `${locale} builder in use`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.sheet--poster')).toBeVisible();
      await expectNoA11yViolations(page, `${locale} printed poster`);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the plain link and a poster for the whole country', async ({ page }) => {
    await page.goto('/partenaires/');
    await expect(page.locator('form.link-builder__form')).toHaveCount(0);
    const link = page.locator('a.link-builder__link');
    await expect(link).toHaveAttribute('href', /\/questionnaire\/$/);
    const poster = page.locator('.sheet--poster');
    await expect(poster.locator('svg.qr path')).toHaveAttribute('d', /^M/);
    await expect(poster).toContainText('3646');
    await expect(poster).not.toContainText(P.poster.from.medecin_travail);
    await expect(page.getByText(B.noscriptPrint)).toBeVisible();
  });
});
