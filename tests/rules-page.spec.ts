import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './helpers/axe.ts';
import { resumeAt } from './helpers/locales.ts';
import { ui } from './helpers/questionnaire.ts';
import { staticPages } from './helpers/pages.ts';
import { localePath, locales } from '../src/i18n/routes.ts';
import rules from '../src/content/orientation.json' with { type: 'json' };
import flow from '../src/content/flow.json' with { type: 'json' };
import axes from '../src/content/axes.json' with { type: 'json' };
import themes from '../src/content/themes.json' with { type: 'json' };
import dispositifs from '../src/content/dispositifs.json' with { type: 'json' };
import redirections from '../src/content/redirections.json' with { type: 'json' };
import stats from '../src/content/stats.json' with { type: 'json' };

// « Comment le questionnaire vous oriente » (/comment-ca-marche/): every rule of orientation.json stated, in
// every locale; reached from a result by « Pourquoi ce résultat ? »; « Informations vérifiées le … » on every page;
// the charts of « À propos ».

const groups = ['axes', 'themes', 'dispositifs', 'redirections', 'notes'] as const;
const outcomes = groups.flatMap((group) => (rules[group] as readonly { id: string }[]).map((rule) => ({ group, id: rule.id })));
const oldest = (items: readonly { lastReviewed: string }[]) => items.map((i) => i.lastReviewed).sort()[0];

for (const locale of locales) {
  const path = localePath(locale, '/comment-ca-marche/');

  test(`${path}: a sentence for every outcome, every question, every named situation explained, no axe violation`, async ({ page }) => {
    test.slow(); // a long page, and axe over it
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(outcomes).toHaveLength(45);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-outcome]')].map((item) => {
        const sentence = item.querySelector('p');
        return {
          outcome: item.dataset['outcome'] ?? '',
          sentence: sentence?.textContent?.trim() ?? '',
          name: sentence?.querySelector('strong:not(.tag)')?.textContent?.trim() ?? '',
          phrased: sentence?.querySelectorAll('em.answer, a[href^="#situation-"]').length ?? 0,
          sources: item.querySelectorAll('details.sources').length,
        };
      }),
    );
    expect(shown.map((s) => s.outcome)).toEqual(outcomes.map(({ group, id }) => `${group}:${id}`));
    for (const item of shown) {
      // The lead names the outcome (in bold), then the condition is said in words, with at least one answer or situation.
      expect(item.sentence.length, `${item.outcome}: ${item.sentence}`).toBeGreaterThan(40);
      expect(item.name, item.outcome).not.toBe('');
      expect(item.phrased, item.outcome).toBeGreaterThan(0);
      expect(item.sources, item.outcome).toBe(1);
    }
    const steps = await page.locator('[id^="question-"]').evaluateAll((items) => items.map((i) => i.id));
    expect(steps).toEqual(flow.steps.map((step) => `question-${step.id}`));
    // Every named situation links to its explanation on the page.
    const targets = await page.locator('main a[href^="#situation-"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
    expect(targets.length).toBeGreaterThan(5);
    const ids = await page.locator('[id^="situation-"]').evaluateAll((items) => items.map((i) => `#${i.id}`));
    expect(targets.filter((target) => !ids.includes(target))).toEqual([]);
    await expectNoA11yViolations(page, path);
  });

  test(`${path}: no acronym before its meaning`, async ({ page }) => {
    await page.goto(path);
    // The first use of each acronym is in the list of words and acronyms, or beside its meaning in the same words:
    // « Reconnaissance de la qualité de travailleur handicapé (RQTH) », « AAH – Allocation aux adultes handicapés »,
    // « PRADO (going home after hospital) ».
    const unexplained = await page.locator('main').evaluate((main) => {
      const glossary = main.querySelector('#sigles')?.closest('section');
      const seen = new Set<string>();
      const problems: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/(?<![\p{L}'’])[A-Z][A-Z'’]*[A-Z](?![\p{L}'’])/gu)) {
          const acronym = match[0];
          if (seen.has(acronym)) continue;
          seen.add(acronym);
          const inGlossary = glossary?.contains(node) ?? false;
          const expanded = new RegExp(`\\(${acronym}[,)]|${acronym}\\s*[–(]`).test(text) && text.trim() !== acronym;
          if (!inGlossary && !expanded && acronym !== 'INCLU’PRO' && acronym !== "INCLU'PRO") problems.push(`${acronym}: « ${text.trim().slice(0, 80)} »`);
        }
      }
      return problems;
    });
    expect(unexplained).toEqual([]);
  });
}

test('a changed answer label shows in the sentence: the page is built from the locale files and the rules', async ({ page }) => {
  await page.goto('/comment-ca-marche/');
  // essai encadré: pdp, salarié with a contract, arrêt de travail (orientation.json), each linked to its explanation.
  const item = page.locator('[data-outcome="dispositifs:essai_encadre"] p').first();
  await expect(item).toContainText('Essai encadré');
  await expect(item.locator('a[href="#situation-salarie_contrat"]')).toHaveCount(1);
  await expect(item.locator('a[href="#situation-en_arret"]')).toHaveCount(1);
  await expect(page.locator('#situation-en_arret + dd')).toContainText('« Oui, depuis 3 mois ou plus » à « Arrêt de travail »');
});

test('from a result, « Pourquoi ce résultat ? » opens the rules page; the result says when its information was checked', async ({ page }) => {
  test.slow(); // two results, two pages
  const answers = {
    qui: 'moi',
    besoin: ['travail'],
    regime: 'general',
    situation: 'salarie',
    contrat: 'en_cours',
    arret: '3_mois_ou_plus',
    travail_menace: 'oui',
    invalidite: 'non',
    sante: ['aucune'],
    difficultes: ['aucune'],
    complementaire: 'oui',
    departement: '13',
  };
  for (const locale of ['fr', 'ar'] as const) {
    await resumeAt(page, locale, 'resultat', answers);
    const why = page.locator('main .result-why');
    await expect(why).toBeVisible();
    if (locale === 'fr') await expect(why).toContainText(ui.result.reviewed.replace('{{date}}', '23 novembre 2026'));
    const link = why.locator(`a[href="${localePath(locale, '/comment-ca-marche/')}"]`);
    await expect(link).toBeVisible();
    if (locale === 'fr') await expect(link).toHaveText(ui.result.why);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${localePath(locale, '/comment-ca-marche/')}$`));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('[data-outcome="axes:pdp"]')).toBeVisible();
  }
});

test('every page says in its footer when its information was checked (the oldest date among what it shows)', async ({ page }) => {
  test.slow(); // every page
  for (const path of staticPages) {
    await page.goto(path);
    const time = page.locator('footer .reviewed time');
    await expect(time, path).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('footer .reviewed'), path).toContainText(/Informations vérifiées le \d{1,2} \S+ \d{4}\./);
  }
  await page.goto('/comment-ca-marche/');
  const shown = [...axes.axes, ...themes.themes, ...dispositifs.dispositifs, ...redirections.redirections];
  await expect(page.locator('footer .reviewed time')).toHaveAttribute('datetime', oldest(shown)!);
  await page.goto('/en/dispositifs/');
  await expect(page.locator('footer .reviewed')).toContainText('Information checked on');
  await expect(page.locator('footer a[href="/en/comment-ca-marche/"]')).toBeVisible();
});

test('« À propos »: the figures as SVG charts with a title, a description and a table beside, growing from the right in Arabic', async ({ page }) => {
  const measures = new Map<string, number>();
  for (const s of stats.stats as { measure?: string }[]) if (s.measure) measures.set(s.measure, (measures.get(s.measure) ?? 0) + 1);
  const charted = [...measures].filter(([, n]) => n > 1);
  for (const locale of ['fr', 'ar'] as const) {
    await page.goto(localePath(locale, '/a-propos/'));
    const figures = page.locator('figure.chart-figure');
    await expect(figures).toHaveCount(charted.length);
    for (const [index, [, bars]] of charted.entries()) {
      const figure = figures.nth(index);
      const svg = figure.locator('svg.chart[role="img"]');
      await expect(svg).toHaveCount(1);
      await expect(svg.locator('title')).not.toHaveText('');
      await expect(svg.locator('desc')).not.toHaveText('');
      await expect(svg.locator('rect.chart__bar')).toHaveCount(bars);
      await expect(figure.locator('table tbody tr')).toHaveCount(bars);
      const box = await svg.boundingBox();
      const bar = await svg.locator('rect.chart__bar').first().boundingBox();
      if (!box || !bar) throw new Error('chart not laid out');
      // Left to right: bars start at the left edge; right to left: they end at the right edge.
      if (locale === 'ar') expect(Math.abs(bar.x + bar.width - (box.x + box.width))).toBeLessThan(1.5);
      else expect(Math.abs(bar.x - box.x)).toBeLessThan(1.5);
    }
    expect(await page.locator('script[src*="chart"]').count()).toBe(0);
  }
  // axe on « À propos » in every locale: tests/static-pages.spec.ts.
});
