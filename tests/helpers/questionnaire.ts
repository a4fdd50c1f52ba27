/**
 * Drives the questionnaire island (/questionnaire/) the way a person does: by the visible French labels.
 * Every text comes from the locale files and every question id from the flow, so a change of wording or of
 * the flow is followed here without copying strings.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import flowFile from '../../src/content/flow.json' with { type: 'json' };
import flowTexts from '../../src/i18n/locales/fr/flow.json' with { type: 'json' };
import uiTexts from '../../src/i18n/locales/fr/ui.json' with { type: 'json' };
import contentTexts from '../../src/i18n/locales/fr/content.json' with { type: 'json' };
import pagesTexts from '../../src/i18n/locales/fr/pages.json' with { type: 'json' };
import personasFile from '../fixtures/personas/public.json' with { type: 'json' };

export const QUESTIONNAIRE = '/questionnaire/';

/** The `ui.*` texts of the island, the `content` texts (axes, dispositifs, phones…) and the layout texts. */
export const ui = uiTexts.ui;
export const content = contentTexts;
export const layout = pagesTexts.layout;

/** Screens that are not questions of the flow. */
export const CHECK = 'fin';
export const RESULT = 'resultat';
export const SUPPORT = 'soutien';

export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

interface FlowStep {
  readonly id: string;
  readonly kind: string;
  readonly options?: readonly string[];
}
export const flowSteps: readonly FlowStep[] = flowFile.steps as readonly FlowStep[];
export const flowStart: string = flowFile.start;
/** Question ids that take an answer (every step but the support screen). */
export const questionIds: readonly string[] = flowSteps.filter((s) => s.kind !== 'info').map((s) => s.id);

type QuestionTexts = { title: string; titleOther: string; hint: string; check: string; error: string };
const questions = flowTexts.question as Record<string, QuestionTexts>;
const options = flowTexts.option as Record<string, Record<string, string>>;

function questionTextsOf(id: string): QuestionTexts {
  const texts = questions[id];
  if (!texts) throw new Error(`src/i18n/locales/fr/flow.json: no texts for question "${id}"`);
  return texts;
}

export function stepOf(id: string): FlowStep {
  const step = flowSteps.find((s) => s.id === id);
  if (!step) throw new Error(`src/content/flow.json: no step "${id}"`);
  return step;
}

/** The heading of a question, for oneself or (forOther) for someone else. */
export function questionTitle(id: string, forOther = false): string {
  const texts = questionTextsOf(id);
  return forOther ? texts.titleOther : texts.title;
}

/** The label in "Vérifiez vos réponses" and in reasons ("Arrêt de travail"). */
export function checkLabel(id: string): string {
  return questionTextsOf(id).check;
}

/** The error message of a question ("Choisissez une situation de travail"). */
export function errorText(id: string): string {
  return questionTextsOf(id).error;
}

/** The visible label of an option. */
export function optionLabel(question: string, value: string): string {
  const label = options[question]?.[value];
  if (label === undefined) throw new Error(`src/i18n/locales/fr/flow.json: no label for ${question}=${value}`);
  return label;
}

export interface Persona {
  readonly id: string;
  readonly answers: Answers;
}
const personas = personasFile as unknown as readonly Persona[];

/** A persona of tests/fixtures/personas/public.json, by id. */
export function persona(id: string): Persona {
  const found = personas.find((p) => p.id === id);
  if (!found) throw new Error(`tests/fixtures/personas/public.json: no persona "${id}"`);
  return found;
}

/** The page's one h1 (the island gives each screen its heading). */
export function heading(page: Page): Locator {
  return page.locator('main h1');
}

/** Opens /questionnaire/ and waits until the island is hydrated (Astro removes `ssr` from the island). */
export async function openQuestionnaire(page: Page): Promise<void> {
  const response = await page.goto(QUESTIONNAIRE);
  expect(response?.status(), `HTTP status of ${QUESTIONNAIRE}`).toBe(200);
  await waitForIsland(page);
}

/**
 * Waits until the island runs (after goto or reload): once hydrated, it records the screen in the tab's
 * history entry and titles the document after the screen's heading (the server render has neither); the
 * result is titled « Votre orientation », its kicker, above the heading that answers.
 * Clicking "Continuer" before that would submit the bare form.
 */
export async function waitForIsland(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const named = document.querySelector('main .result__kicker') ?? document.querySelector('main h1');
    const title = named?.textContent?.trim() ?? '';
    return history.state !== null && typeof history.state === 'object' && title !== '' && document.title.startsWith(title);
  });
  await expect(heading(page)).toBeVisible();
  // A reload, a language change or a link resumes a later step a moment after (its entry is written just before
  // the screen changes): wait until the screen shown is its entry's. A message rather than a screen is settled.
  await expect
    .poll(
      async () => {
        const step = await page.evaluate(() => {
          const entry: unknown = (history.state as Record<string, unknown> | null)?.['orientation'];
          const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['step'] : null;
          return typeof value === 'string' ? value : null;
        });
        if (step === null) return true;
        return currentScreen(page).then((shown) => shown === step, () => true);
      },
      { message: 'the screen shown is the one its history entry holds' },
    )
    .toBe(true);
}

/**
 * What is on screen: a question id (read from the name of the form's inputs), `soutien`, `fin`
 * ("Vérifiez vos réponses") or `resultat`, told apart by the heading.
 */
export async function currentScreen(page: Page): Promise<string> {
  await expect(heading(page)).toBeVisible();
  // The département step shows the postal code field (no name: it is not an answer) or the list.
  const marked = page.locator('main form [data-step]');
  if ((await marked.count()) > 0) {
    const step = await marked.first().getAttribute('data-step');
    if (step) return step;
  }
  const field = page.locator('main form').locator('input[name], select[name]');
  if ((await field.count()) > 0) {
    const name = await field.first().getAttribute('name');
    if (name) return name;
  }
  // The result's h1 answers (« Le service social peut vous aider »…); « Votre orientation » is its kicker.
  if ((await page.locator('main .result').count()) > 0) return RESULT;
  const title = (await heading(page).innerText()).trim();
  if (title === ui.check.title) return CHECK;
  if (title === questionTitle(SUPPORT) || title === questionTitle(SUPPORT, true)) return SUPPORT;
  throw new Error(`questionnaire: unknown screen with heading "${title}"`);
}

/**
 * Resolves after the page has painted twice more: effects run after a render (Preact's `useEffect`) have run by
 * then, so a negative check that follows (the focus did not move, nothing shifted) is not made too early.
 */
export async function afterPaints(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
}

/** The "Continuer" button of the current screen. */
export function continueButton(page: Page): Locator {
  return page.getByRole('button', { name: ui.continue, exact: true });
}

function exactText(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/**
 * A link of the island by its text. (Matched on the text, not the accessible name: the back links get a
 * "‹ " from CSS, which Chromium adds to their accessible name.)
 */
export function linkByText(page: Page, text: string): Locator {
  return page.locator('main').getByRole('link').filter({ hasText: exactText(text) });
}

/** The "Retour" link of a screen. */
export function backLink(page: Page): Locator {
  return linkByText(page, ui.back);
}

/**
 * The list of départements of the département step: one control is shown at a time, the postal code / commune
 * field first; the switch under it shows the list (in any locale: the switch is the step's only button of its kind).
 */
export async function departementList(page: Page): Promise<Locator> {
  const toList = page.locator('.departement__switch button');
  const select = page.locator('main select[name="departement"]');
  if (!(await select.isVisible()) && (await toList.isVisible())) await toList.click();
  await expect(select).toBeVisible();
  return select;
}

/** Clicks `target` and waits until another screen replaces the current one (its heading changes). */
export async function clickToNextScreen(page: Page, target: Locator): Promise<void> {
  const before = (await heading(page).innerText()).trim();
  await target.click();
  await expect(heading(page), `a new screen after the one titled "${before}"`).not.toHaveText(before);
}

/**
 * Answers question `questionId` (which must be the one on screen): ticks exactly the option(s) `value`
 * by their labels (or picks the département), then clicks "Continuer" and waits for the next screen.
 */
export async function answer(page: Page, questionId: string, value: AnswerValue): Promise<void> {
  const step = stepOf(questionId);
  expect(await currentScreen(page), `question on screen (expected "${questionId}")`).toBe(questionId);
  const title = (await heading(page).innerText()).trim();
  expect([questionTitle(questionId), questionTitle(questionId, true)], `heading of "${questionId}"`).toContain(title);
  const values = typeof value === 'string' ? [value] : [...value];
  if (step.kind === 'departement') {
    expect(values, 'one département').toHaveLength(1);
    await (await departementList(page)).selectOption(values[0] ?? '');
  } else if (step.kind === 'multiple') {
    const all = step.options ?? [];
    for (const option of all.filter((o) => !values.includes(o))) {
      await page.getByLabel(optionLabel(questionId, option), { exact: true }).uncheck();
    }
    for (const option of values) {
      await page.getByLabel(optionLabel(questionId, option), { exact: true }).check();
    }
  } else {
    expect(values, `one answer to "${questionId}"`).toHaveLength(1);
    await page.getByLabel(optionLabel(questionId, values[0] ?? ''), { exact: true }).check();
  }
  await clickToNextScreen(page, continueButton(page));
}

export interface PlayOptions {
  /** Stop when this screen is reached (default: "Vérifiez vos réponses"). */
  readonly until?: string;
  /** After every move to a new screen, check that the focus is on its h1. */
  readonly checkFocus?: boolean;
  /** Called on each screen before it is answered (to run axe on it, for example). */
  readonly onScreen?: (screen: string) => Promise<void>;
}

/**
 * Follows whatever question is on screen and answers it from `answers`, passing the support screen with
 * "Continuer", until `until` (default: "Vérifiez vos réponses"). Returns the screens seen, in order.
 * A question the answers leave out is an error (a persona missing an answer the flow needs).
 */
export async function playAnswers(page: Page, answers: Answers, play: PlayOptions = {}): Promise<string[]> {
  const until = play.until ?? CHECK;
  const seen: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const screen = await currentScreen(page);
    seen.push(screen);
    if (screen === until) return seen;
    if (screen === CHECK || screen === RESULT) {
      throw new Error(`questionnaire: reached "${screen}" before "${until}" (screens: ${seen.join(' → ')})`);
    }
    if (play.onScreen) await play.onScreen(screen);
    if (screen === SUPPORT) {
      await clickToNextScreen(page, continueButton(page));
    } else {
      const value = answers[screen];
      if (value === undefined) throw new Error(`questionnaire: no answer given for "${screen}" (screens: ${seen.join(' → ')})`);
      await answer(page, screen, value);
    }
    if (play.checkFocus) await expectHeadingFocused(page);
  }
  throw new Error(`questionnaire: more than 40 screens without reaching "${until}"`);
}

/** From "Vérifiez vos réponses", shows the result. */
export async function confirmAnswers(page: Page): Promise<void> {
  expect(await currentScreen(page)).toBe(CHECK);
  await clickToNextScreen(page, page.getByRole('button', { name: ui.check.confirm, exact: true }));
  await expectResult(page);
}

/** The result is on screen, loaded (« Votre orientation » above the heading that answers). */
export async function expectResult(page: Page): Promise<void> {
  await expect(page.locator('main .result:not([aria-busy]) .result__kicker')).toHaveText(ui.result.title);
}

/** Opens the questionnaire, answers everything and shows the result. */
export async function playToResult(page: Page, answers: Answers, play: Omit<PlayOptions, 'until'> = {}): Promise<void> {
  await openQuestionnaire(page);
  await playAnswers(page, answers, play);
  await confirmAnswers(page);
}

/** The focus is on the screen's h1 (document.activeElement is the h1). */
export async function expectHeadingFocused(page: Page): Promise<void> {
  await expect(heading(page)).toBeFocused();
  const tag = await page.evaluate(() => document.activeElement?.tagName ?? null);
  expect(tag, 'document.activeElement').toBe('H1');
}

/** The checked option values of the question on screen. */
export async function checkedValues(page: Page, questionId: string): Promise<string[]> {
  return page
    .locator(`main form input[name="${questionId}"]:checked`)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** The mailto: links of the result's mailboxes, as their href (not « Envoyer ce résultat »'s, which carries a link only). */
export async function mailtoLinks(page: Page): Promise<string[]> {
  return page.locator('main a[href^="mailto:"]:not(.share a)').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The phone numbers of the tel:/sms: links in `scope`, in document order (e.g. ["3114", "15", …]). */
export async function phoneNumbers(scope: Locator): Promise<string[]> {
  return scope
    .locator('a[href^="tel:"], a[href^="sms:"]')
    .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/^(tel|sms):/, '')));
}
