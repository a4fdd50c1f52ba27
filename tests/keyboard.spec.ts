/**
 * A keyboard-only journey, from the home page to a result: Tab, Shift+Tab, Space, Enter and arrow keys only,
 * no click, no typing. Radios are chosen with the arrow keys (or Space on the focused one), checkboxes with
 * Space, buttons and links with Enter. Each move checks that the focused element is visible.
 */
import { expect, test, type Page } from '@playwright/test';
import { CHECK, RESULT, SUPPORT, currentScreen, heading, ui, waitForIsland, type Answers } from './helpers/questionnaire.ts';

interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  readonly text: string;
  readonly href: string;
  readonly visible: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    const rect = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? (el instanceof HTMLButtonElement ? el.type : ''),
      name: input?.name ?? (el instanceof HTMLSelectElement ? el.name : ''),
      value: input?.value ?? (el instanceof HTMLSelectElement ? el.value : ''),
      checked: input?.checked ?? false,
      text: (el?.textContent ?? '').trim(),
      href: el instanceof HTMLAnchorElement ? el.getAttribute('href') ?? '' : '',
      visible: rect !== undefined && rect.width > 0 && rect.height > 0,
    };
  });
}

/** Presses Tab until the focused element matches (at most `max` times). */
async function tabTo(page: Page, what: string, match: (f: Focused) => boolean, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.visible, `focused element visible while looking for ${what}`).toBe(true);
    if (match(f)) return f;
  }
  throw new Error(`keyboard: ${what} not reached with ${max} Tab presses`);
}

/** Answers the question on screen with the keyboard, then Enter on « Continuer ». */
async function answerWithKeyboard(page: Page, id: string, value: string | readonly string[]): Promise<void> {
  const values = typeof value === 'string' ? [value] : [...value];
  const first = await tabTo(page, `the inputs of "${id}"`, (f) => f.name === id);
  if (first.tag === 'select') {
    for (let i = 0; i < 120 && (await focused(page)).value !== values[0]; i += 1) await page.keyboard.press('ArrowDown');
  } else if (first.type === 'radio') {
    for (let i = 0; i < 20; i += 1) {
      const f = await focused(page);
      if (f.value === values[0]) {
        if (!f.checked) await page.keyboard.press('Space');
        break;
      }
      await page.keyboard.press('ArrowDown');
    }
  } else {
    // Checkboxes: Space on each whose state must change, Tab to the next one.
    let f = first;
    while (f.name === id) {
      if (values.includes(f.value) !== f.checked) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    await page.keyboard.press('Shift+Tab');
  }
  const chosen = await page.locator(`main [name="${id}"]`).evaluateAll((els) =>
    els.flatMap((el) => (el instanceof HTMLInputElement ? (el.checked ? [el.value] : []) : [(el as HTMLSelectElement).value])),
  );
  expect(chosen.sort(), `answer to "${id}"`).toEqual([...values].sort());
  await pressContinue(page);
}

async function pressContinue(page: Page, label: string = ui.continue): Promise<void> {
  const before = (await heading(page).innerText()).trim();
  await tabTo(page, `the button "${label}"`, (f) => f.tag === 'button' && f.text === label);
  await page.keyboard.press('Enter');
  await expect(heading(page), `a new screen after "${before}"`).not.toHaveText(before);
  await expect(heading(page), 'the focus moves to the new heading').toBeFocused();
}

const msaRoute: Answers = { qui: 'moi', besoin: ['argent', 'travail'], regime: 'msa', difficultes: ['argent', 'moral'] };

test('from the home page to a result with the keyboard only', async ({ page }) => {
  await page.goto('/');
  const start = await tabTo(page, 'the link to the questionnaire', (f) => f.tag === 'a' && f.href === '/questionnaire/');
  expect(start.href).toBe('/questionnaire/');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/questionnaire/');
  await waitForIsland(page);

  for (let i = 0; i < 30; i += 1) {
    const screen = await currentScreen(page);
    if (screen === CHECK) break;
    if (screen === SUPPORT) {
      await pressContinue(page);
      continue;
    }
    const value = msaRoute[screen];
    if (value === undefined) throw new Error(`keyboard journey: no answer for "${screen}"`);
    await answerWithKeyboard(page, screen, value);
  }
  expect(await currentScreen(page)).toBe(CHECK);
  await pressContinue(page, ui.check.confirm);
  expect(await currentScreen(page)).toBe(RESULT);
  // The result answers first: an MSA member is sent to the MSA, named in the heading.
  await expect(heading(page)).toHaveText(ui.result.heading.door.replace('{{door}}', ui.result.door.msa));
  await expect(heading(page), 'the focus is on the answer').toBeFocused();
});
