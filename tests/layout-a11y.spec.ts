/**
 * Display checks of RGAA 4 / WCAG 2.2 AA that axe-core does not make, on every page in every locale:
 *
 * - reflow (1.4.10): no horizontal scroll at 320 CSS px wide (a 1280 px window zoomed to 400 %), nor with the
 *   text at 200 % (1.4.4, RGAA 10.4): a 1280 px window zoomed to 200 %, i.e. 640 CSS px with every text twice as
 *   big as at 1280 px (Playwright cannot set Chromium's text-only zoom: changing the root font size in CSS would
 *   not move the `em` media queries as the browser setting does); `document.documentElement.scrollWidth <= clientWidth`;
 * - touch targets: buttons, the labels of radios and checkboxes, and the header's links at least 44 × 44 px
 *   (height for text links);
 * - prefers-reduced-motion: no transition and no animation on any element;
 * - no information by colour alone: every tag carries a text.
 * The questionnaire is also checked on a checkbox question, the check-answers screen and a result.
 */
import { expect, test, type Page } from '@playwright/test';
import { locales, type Locale } from '../src/i18n/routes.ts';
import { resumeAt } from './helpers/locales.ts';
import { localizedPages } from './helpers/pages.ts';
import type { Answers } from './helpers/questionnaire.ts';

const MIN_TARGET = 44;

const salarie: Answers = {
  qui: 'moi',
  besoin: ['travail', 'argent'],
  regime: 'general',
  situation: 'salarie',
  contrat: 'en_cours',
  arret: '3_mois_ou_plus',
  travail_menace: 'oui',
  invalidite: 'non',
  sante: ['maladie_grave'],
  difficultes: ['argent', 'moral'],
  complementaire: 'oui',
  departement: '13',
};

async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // Name the widest elements, to find the culprit.
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 || el.getBoundingClientRect().left < -1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}: ${wide.join(', ')}`;
  });
}

async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  expect(await horizontalOverflow(page), `horizontal scroll on ${what}`).toBeNull();
}

/** Targets smaller than 44 px: buttons, choice labels, header links (visible ones). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const check = (el: Element, kind: string, needWidth: boolean) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return; // not displayed
      if (getComputedStyle(el).visibility === 'hidden') return;
      if (r.height < min - 0.5 || (needWidth && r.width < min - 0.5)) {
        out.push(`${kind} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    };
    document.querySelectorAll('button, .btn, input[type="submit"]').forEach((el) => check(el, 'button', true));
    document.querySelectorAll('.choice label').forEach((el) => check(el, 'label', false));
    document.querySelectorAll('.choice input').forEach((el) => check(el, 'input', true));
    document.querySelectorAll('header a').forEach((el) => check(el, 'header link', false));
    return out;
  }, MIN_TARGET);
}

async function moving(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => {
      const style = getComputedStyle(el);
      const durations = [...style.transitionDuration.split(','), ...style.animationDuration.split(',')].map((d) => parseFloat(d));
      const moves = style.animationName !== 'none' || durations.some((d) => d > 0);
      return moves ? [`${el.tagName.toLowerCase()}.${el.className}: transition ${style.transitionDuration}, animation ${style.animationName}`] : [];
    }),
  );
}

async function untitledTags(page: Page): Promise<number> {
  return page.locator('.tag').evaluateAll((tags) => tags.filter((t) => (t.textContent ?? '').trim() === '').length);
}

test.describe('reflow at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const { path } of localizedPages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expectNoHorizontalScroll(page, `${path} at 320 px`);
    });
  }
  for (const locale of locales) {
    test(`questionnaire result and check answers in ${locale}`, async ({ page }) => {
      await resumeAt(page, locale, 'fin', salarie);
      await expectNoHorizontalScroll(page, `${locale} check answers at 320 px`);
      await resumeAt(page, locale, 'resultat', salarie);
      await page.locator('main details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      await expectNoHorizontalScroll(page, `${locale} result at 320 px`);
    });
  }
});

test.describe('zoom at 200 % (a 1280 px window: 640 CSS px)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  for (const { path } of localizedPages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expectNoHorizontalScroll(page, `${path} zoomed to 200 %`);
    });
  }
  for (const locale of locales) {
    test(`questionnaire result in ${locale}`, async ({ page }) => {
      await resumeAt(page, locale, 'resultat', salarie);
      await page.locator('main details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      await expectNoHorizontalScroll(page, `${locale} result zoomed to 200 %`);
    });
  }
});

test.describe('touch targets of 44 px, colour never alone', () => {
  for (const { path } of localizedPages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await smallTargets(page), `targets under ${MIN_TARGET} px on ${path}`).toEqual([]);
      expect(await untitledTags(page), `tags without text on ${path}`).toBe(0);
    });
  }
  const screens: readonly (readonly [Locale, string])[] = [
    ['fr', 'besoin'],
    ['ar', 'besoin'],
    ['fr', 'fin'],
    ['fr', 'resultat'],
    ['ar', 'resultat'],
  ];
  for (const [locale, step] of screens) {
    test(`questionnaire "${step}" in ${locale}`, async ({ page }) => {
      await resumeAt(page, locale, step, step === 'besoin' ? { qui: 'moi' } : salarie);
      expect(await smallTargets(page), `targets under ${MIN_TARGET} px`).toEqual([]);
      expect(await untitledTags(page), 'tags without text').toBe(0);
    });
  }
});

test.describe('prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const path of ['/', '/questionnaire/', '/ar/contacts/', '/aide-urgente/']) {
    test(`no transition or animation on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await moving(page)).toEqual([]);
    });
  }
  test('no transition or animation on a result', async ({ page }) => {
    await resumeAt(page, 'fr', 'resultat', salarie);
    expect(await moving(page)).toEqual([]);
  });
});
