/**
 * axe-core (WCAG 2.0/2.1 A + AA, WCAG 2.2 AA) on every screen of the questionnaire: each question (and each
 * in its error state), the support screen, "Vérifiez vos réponses" and the variants of the result.
 */
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './helpers/axe.ts';
import {
  continueButton,
  currentScreen,
  openQuestionnaire,
  persona,
  playAnswers,
  playToResult,
  questionIds,
  SUPPORT,
  CHECK,
  type Answers,
} from './helpers/questionnaire.ts';

/** A salarié in arrêt: qui … contrat, arrêt, travail_menace, invalidité … département. PDP, one BAL (04). */
const salarie: Answers = {
  qui: 'moi',
  besoin: ['travail'],
  regime: 'general',
  situation: 'salarie',
  contrat: 'en_cours',
  arret: '3_mois_ou_plus',
  travail_menace: 'oui',
  invalidite: 'non',
  sante: ['maladie_grave'],
  difficultes: ['argent'],
  complementaire: 'oui',
  departement: '04',
};
/** For a proche, retired, not feeling well: the "la personne" titles, the support screen, ASPA; Paris. */
const retraiteMoral: Answers = {
  qui: 'proche',
  besoin: ['argent', 'domicile'],
  regime: 'general',
  situation: 'retraite',
  sante: ['maladie_grave', 'hospitalisation'],
  difficultes: ['moral', 'isolement'],
  complementaire: 'non',
  aspa: 'ne_sait_pas',
  departement: '75',
};
/** Without a job, seriously ill, money problems, in Paris: SPS, Cramif, no BAL. */
const spsParis: Answers = {
  qui: 'moi',
  besoin: ['argent'],
  regime: 'general',
  situation: 'sans_activite',
  invalidite: 'non',
  sante: ['maladie_grave'],
  difficultes: ['argent'],
  complementaire: 'non',
  departement: '75',
};
const msa: Answers = { qui: 'moi', besoin: ['argent'], regime: 'msa', difficultes: ['argent'] };

const routes = [salarie, retraiteMoral];

function routeTo(screen: string): Answers {
  const route = routes.find((r) => screen in r || (screen === SUPPORT && [r['difficultes']].flat().includes('moral')));
  if (!route) throw new Error(`no route of this file reaches "${screen}"`);
  return route;
}

test.describe('question screens', () => {
  for (const id of [...questionIds, SUPPORT]) {
    test(`"${id}"${id === SUPPORT ? '' : ', and its error state'}`, async ({ page }) => {
      await openQuestionnaire(page);
      await playAnswers(page, routeTo(id), { until: id });
      await expectNoA11yViolations(page, `question "${id}"`);
      if (id === SUPPORT) return;
      await continueButton(page).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expectNoA11yViolations(page, `question "${id}" in its error state`);
    });
  }

  test('the routes of this file visit every question and the support screen', async ({ context }) => {
    const seen = new Set<string>();
    for (const route of routes) {
      // A new tab for each route: the tab's history would resume the previous one.
      const page = await context.newPage();
      await openQuestionnaire(page);
      for (const screen of await playAnswers(page, route)) seen.add(screen);
    }
    expect([...seen].sort()).toEqual([...questionIds, SUPPORT, CHECK].sort());
  });
});

test('"Vérifiez vos réponses"', async ({ page }) => {
  await openQuestionnaire(page);
  await playAnswers(page, salarie);
  expect(await currentScreen(page)).toBe(CHECK);
  await expectNoA11yViolations(page, 'Vérifiez vos réponses');
});

const results: readonly (readonly [string, Answers])[] = [
  ['PDP with one mailbox (Alpes-de-Haute-Provence)', salarie],
  ['SPS in Paris, no mailbox', spsParis],
  ['out of scope: the MSA', msa],
  ['support numbers first (moral), for a proche', retraiteMoral],
  ['nothing for the service social (Christian)', persona('christian-ingenieur-aix').answers],
  ['Bouches-du-Rhône, two mailboxes (Paul)', persona('paul-commercant-marseille').answers],
];

test.describe('result', () => {
  for (const [name, answers] of results) {
    test(name, async ({ page }) => {
      await playToResult(page, answers);
      await expectNoA11yViolations(page, `result: ${name}`);
      const box = page.locator('#mail-summary');
      if ((await box.count()) > 0) {
        await box.check();
        await expectNoA11yViolations(page, `result: ${name}, summary box ticked`);
      }
    });
  }
});
