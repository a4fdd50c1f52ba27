// Whole journeys (issue 13): the three seed situations of tests/fixtures/personas/public.json (Paul typing a
// postal code on the département step, Christian and Valérie picking it from the list), from the home page to
// the result, in a fresh context (empty cache) with the CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate):
// bytes (gzip -9) and requests of the whole journey, and for each answer (the tap on « Continuer »):
// - main-thread time: CDP Performance.getMetrics TaskDuration (the renderer's main-thread tasks, from Chromium's
//   performance timeline) from the tap to 300 ms after the next screen is painted. The tap is a plain mouse
//   event at the button (page.mouse: no actionability checks in the page during the measure) and the bench
//   waits for the paint with one promise, not by polling the page, so its own work stays out of the figure;
// - tap → next screen painted: from the click's event.timeStamp to a frame after the heading changed
//   (requestAnimationFrame, then a task), both on the page's clock.
// Then the contacts page's search (a postal code, then a commune name).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromePath, chromiumArgs, gz, log, ORIGIN, root } from './common.mjs';

const personasFile = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'personas', 'public.json'), 'utf8'));
const personaAnswers = (id) => {
  const found = personasFile.find((p) => p.id === id);
  if (!found) throw new Error(`tests/fixtures/personas/public.json: no persona ${id}`);
  return found.answers;
};
const JOURNEYS = [
  { id: 'paul-commercant-marseille', label: 'Paul (postal code 13001 typed)', typed: '13001' },
  { id: 'christian-ingenieur-aix', label: 'Christian (list)', typed: null },
  { id: 'valerie-secretaire-manosque', label: 'Valérie (list)', typed: null },
];
export const CPU_SLOWDOWN = 4;

/** Records every response of a context: gzip -9 bytes of its body, by URL. */
function recordResponses(context) {
  const items = [];
  context.on('response', async (r) => {
    const item = { url: r.url(), status: r.status(), gzipBytes: 0 };
    items.push(item);
    const status = r.status();
    if (status < 300 || status >= 400) {
      item.pending = r.body().then(
        (body) => (item.gzipBytes = gz(body)),
        () => undefined,
      );
    }
  });
  return {
    async settle() {
      await Promise.all(items.map((i) => i.pending));
      return items.map(({ pending: _p, ...rest }) => rest);
    },
  };
}


/** Which screen is shown: a question id, 'info', 'fin' or 'resultat'. */
const screenOf = (page) =>
  page.evaluate(() => {
    const root = document.getElementById('questionnaire');
    if (!root) return 'none';
    if (root.querySelector('.result')) return 'resultat';
    if (root.querySelector('.check-answers')) return 'fin';
    const marked = root.querySelector('form [data-step]');
    if (marked instanceof HTMLElement && marked.dataset.step) return marked.dataset.step;
    const field = root.querySelector('form input[name], form select[name]');
    if (field) return field.getAttribute('name');
    return 'info';
  });

async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}


/** Taps `target` and measures until the next screen (its heading changed) is painted. */
async function measuredTap(page, cdp, target) {
  // Actionability (visible, stable, enabled, in view) is checked before the measure, not during it.
  await target.click({ trial: true });
  const box = await target.boundingBox();
  if (!box) throw new Error('the button to tap has no box');
  await page.evaluate(() => {
    const heading = () => document.querySelector('main h1')?.textContent ?? '';
    const before = heading();
    const bench = { tap: null, painted: null };
    bench.done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (heading() === before || bench.tap === null) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve((bench.painted = performance.now()));
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    window.__bench = bench;
    document.addEventListener('click', (event) => (bench.tap ??= event.timeStamp), { capture: true, once: true });
  });
  const before = await taskMs(cdp);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => window.__bench.done);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await taskMs(cdp);
  const { tap, painted } = await page.evaluate(() => ({ tap: window.__bench.tap, painted: window.__bench.painted }));
  return { mainThreadMs: after - before, paintedMs: painted - tap };
}

async function measureJourney(browser, journey) {
  const answers = personaAnswers(journey.id);
  const context = await browser.newContext();
  const responses = recordResponses(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const steps = [];
  try {
    await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
    await page.locator('main a[href="/questionnaire/"]').first().click();
    await page.waitForURL('**/questionnaire/');
    // Hydrated: the island records its screen in the tab's history.
    await page.waitForFunction(() => history.state !== null && typeof history.state === 'object', null, { timeout: 60_000 });
    for (let i = 0; i < 40; i += 1) {
      const screen = await screenOf(page);
      if (screen === 'resultat') break;
      const form = page.locator('#questionnaire');
      let target;
      if (screen === 'info') target = form.locator('.support button.btn');
      else if (screen === 'fin') target = form.locator('.check-answers > button.btn');
      else {
        const value = answers[screen];
        if (value === undefined) throw new Error(`${journey.id}: no answer for "${screen}"`);
        if (screen === 'departement' && journey.typed) {
          const field = form.locator('#departement-recherche[role="combobox"]');
          await field.pressSequentially(journey.typed, { delay: 50 });
          await form.locator('[role="option"]').first().waitFor();
          await field.press('ArrowDown');
          await field.press('Enter');
        } else if (screen === 'departement') {
          const select = form.locator('select[name="departement"]');
          if (!(await select.isVisible())) await form.locator('.departement__switch button').click();
          await select.selectOption(String(value));
        } else {
          for (const v of [value].flat()) await form.locator(`label[for="${screen}-${v}"]`).click();
        }
        target = form.locator('form button[type="submit"]');
      }
      steps.push({ screen, ...(await measuredTap(page, cdp, target)) });
    }
    if ((await screenOf(page)) !== 'resultat') throw new Error(`${journey.id}: the result was not reached`);
    await page.waitForLoadState('networkidle');
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
  }
  const items = await responses.settle();
  await context.close();
  const geo = items.filter((i) => new URL(i.url).pathname.startsWith('/geo/'));
  return {
    journey: journey.label,
    requests: items.length,
    gzipBytes: items.reduce((sum, i) => sum + i.gzipBytes, 0),
    geo: geo.map((i) => ({ url: new URL(i.url).pathname, gzipBytes: i.gzipBytes })),
    steps,
    items,
  };
}

/** The contacts page: its load, then a postal code and a commune name searched. */
async function measureContactsSearch(browser) {
  const context = await browser.newContext();
  const responses = recordResponses(context);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/contacts/`, { waitUntil: 'networkidle' });
  const loaded = (await responses.settle()).length;
  const field = page.locator('#recherche-commune');
  const submit = page.locator('[data-geo-form] button[type="submit"]');
  const searches = [
    ['13001', 'Marseille 1er'],
    ['Aix-en-Provence', 'Aix-en-Provence'],
  ];
  for (const [typed, expected] of searches) {
    await field.fill(typed);
    await submit.click();
    await page.locator('[data-geo-results] > li').first().filter({ hasText: expected }).waitFor();
  }
  await page.waitForLoadState('networkidle');
  const items = (await responses.settle()).slice(loaded);
  await context.close();
  return { searches: searches.map(([typed]) => typed), requests: items.map((i) => ({ url: new URL(i.url).pathname, gzipBytes: i.gzipBytes })) };
}

export async function measureJourneys() {
  const browser = await chromium.launch({ ...(chromePath ? { executablePath: chromePath } : {}), args: chromiumArgs });
  try {
    const journeys = [];
    for (const journey of JOURNEYS) {
      log(`journey: ${journey.label} (CPU ×${CPU_SLOWDOWN})`);
      journeys.push(await measureJourney(browser, journey));
    }
    log('contacts page: a postal code and a commune name searched');
    const contacts = await measureContactsSearch(browser);
    return { journeys, contacts };
  } finally {
    await browser.close();
  }
}
