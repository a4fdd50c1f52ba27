// Measures the questionnaire page against the budgets of DESIGN.md §10 and prints a table, then three whole
// journeys (issue 13) and the contacts page search.
//
//   npm run bench        (builds, serves dist/ on 127.0.0.1:4322 with scripts/serve.ts: the production headers and the build's gzip/brotli files, measures, stops the server)
//   BENCH_ONLY=journeys npm run bench   (the journeys and the contacts search only, no Lighthouse)
//
// Journeys: the three seed situations of tests/fixtures/personas/public.json (Paul typing a postal code on the
// département step, Christian and Valérie picking it from the list), from the home page to the result, in a fresh
// context (empty cache) with the CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate): bytes (gzip -9) and
// requests of the whole journey, and for each answer (the tap on « Continuer »), the main-thread time (CDP
// Performance.getMetrics TaskDuration, from the tap to 300 ms after the next screen is painted) and the delay from
// the tap (event.timeStamp) to the next screen painted (a frame after its heading changed: requestAnimationFrame,
// then a task). Figures only, budgets beside them.
//
// Figures: requests and gzip -9 bytes of every response by type (real headless Chromium load), gzip -9 bytes
// of every first-party dist/**/*.js file, Lighthouse 13 (default config: mobile, simulated throttling), run
// LH_RUNS times (default 3): each figure is the median of the runs, with the lowest and highest beside it,
// since one simulated run can move LCP by a few tenths of a second.
// Budgets are reported with ✓/✗ but never fail the run: exit 1 only when something could not be measured
// (build failed, server did not start, browser or Lighthouse crashed). Results: bench-results/latest.json.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
// BENCH_PORT: beside another checkout's bench; BENCH_PATH: another page (the borne: BENCH_PATH=/borne/).
const PORT = Number(process.env.BENCH_PORT ?? 4322);
const ORIGIN = `http://${HOST}:${PORT}`;
const TARGET = process.env.BENCH_PATH ?? '/questionnaire/';
const FALLBACK = '/';
const KB = 1024;

const chromePath =
  process.env.CHROME_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// Without the networking flags Chromium keeps calling Google hosts, which this network refuses (STACK.md).
const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / KB).toFixed(1)} KB`);
const log = (msg) => console.log(`[bench] ${msg}`);

let server;
function stopServer() {
  if (server?.pid && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // the whole group
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServer();
    process.exit(130);
  });
}

async function isUp() {
  try {
    await fetch(`${ORIGIN}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function startServer() {
  if (await isUp()) throw new Error(`port ${PORT} is already in use: stop whatever serves ${ORIGIN} first`);
  log(`serving dist/ on ${ORIGIN} (scripts/serve.ts)`);
  server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.ts'), String(PORT)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the static server exited (${server.exitCode ?? server.signalCode}):\n${output}`);
    }
    if (await isUp()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the static server did not answer on ${ORIGIN} within 60 s:\n${output}`);
}

function kindOf(contentType, url) {
  const ct = contentType.toLowerCase();
  if (ct.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  if (ct.includes('text/css')) return 'css';
  if (ct.includes('text/html')) return 'html';
  return 'other';
}

async function measureTransfer(url) {
  const browser = await chromium.launch({
    ...(chromePath ? { executablePath: chromePath } : {}),
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(url, { waitUntil: 'networkidle' });
    const totals = { js: 0, css: 0, html: 0, other: 0 };
    const items = [];
    for (const r of responses) {
      const status = r.status();
      let body = Buffer.alloc(0);
      if (status < 300 || status >= 400) body = await r.body().catch(() => Buffer.alloc(0));
      const kind = kindOf(r.headers()['content-type'] ?? '', r.url());
      const size = gz(body);
      totals[kind] += size;
      items.push({ url: r.url(), status, kind, rawBytes: body.length, gzipBytes: size });
    }
    const total = totals.js + totals.css + totals.html + totals.other;
    return { requests: responses.length, gzipBytes: { ...totals, total }, items };
  } finally {
    await browser.close();
  }
}

async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    // The full Lighthouse report, to see which element or request sets a figure.
    fs.mkdirSync(path.join(root, "bench-results"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench-results", "lighthouse.json"), JSON.stringify(lhr));
    const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
    const num = (id) => lhr.audits[id]?.numericValue ?? null;
    const lcp = num('largest-contentful-paint');
    return {
      runtimeError: lhr.runtimeError?.message ?? null,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpSeconds: lcp == null ? null : lcp / 1000,
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      // What kept a category below 100, to act on without opening the full report.
      failedAudits: Object.values(lhr.categories).flatMap((cat) =>
        cat.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${cat.id}: ${ref.id} (${lhr.audits[ref.id]?.title})`),
      ),
    };
  } finally {
    chrome.kill();
  }
}

/** Each figure's median over the Lighthouse runs; the failed audits of every run, once each. */
function medianOf(results) {
  const median = (key) => {
    const values = results.map((r) => r[key]).filter((v) => v != null).sort((a, b) => a - b);
    if (values.length === 0) return null;
    const mid = Math.floor(values.length / 2);
    return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  };
  const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpSeconds', 'tbtMs', 'cls'];
  return {
    ...Object.fromEntries(keys.map((k) => [k, median(k)])),
    runtimeError: results.map((r) => r.runtimeError).find((e) => e) ?? null,
    failedAudits: [...new Set(results.flatMap((r) => r.failedAudits))],
  };
}

function distJs() {
  const dist = path.join(root, 'dist');
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.m?js$/.test(entry.name)) {
        const buf = fs.readFileSync(p);
        files.push({ file: path.relative(root, p), rawBytes: buf.length, gzipBytes: gz(buf) });
      }
    }
  };
  if (fs.existsSync(dist)) walk(dist);
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, totalGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}

/** gzip -9 bytes of each piece of the geo index (dist/geo/*.json), largest first. */
function geoPieces() {
  const dir = path.join(root, 'dist', 'geo');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ piece: f, gzipBytes: gz(fs.readFileSync(path.join(dir, f))) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

// ---------------------------------------------------------------------------------------------------------
// Journeys

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
const CPU_SLOWDOWN = 4;

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
  await page.evaluate(() => {
    const heading = () => document.querySelector('main h1')?.textContent ?? '';
    const before = heading();
    const bench = { tap: null, painted: null };
    window.__bench = bench;
    document.addEventListener('click', (event) => (bench.tap ??= event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (heading() === before || bench.tap === null) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (bench.painted = performance.now());
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const before = await taskMs(cdp);
  await target.click();
  await page.waitForFunction(() => window.__bench.painted !== null, null, { polling: 50, timeout: 60_000 });
  await page.waitForTimeout(300);
  const after = await taskMs(cdp);
  const { tap, painted } = await page.evaluate(() => window.__bench);
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

async function measureJourneys() {
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

function printJourneys({ journeys, contacts }) {
  const ok = (pass) => (pass ? '✓' : '✗');
  console.log(`\nJourneys, home page → result (fresh context, empty cache, CPU ×${CPU_SLOWDOWN}; gzip -9):`);
  const rows = [];
  for (const j of journeys) {
    rows.push([`${j.journey}: whole journey`, `${kb(j.gzipBytes)} in ${j.requests} requests`, '≤ 100 KB', ok(j.gzipBytes <= 100 * KB)]);
    for (const g of j.geo) rows.push([`  geo lookup ${g.url}`, kb(g.gzipBytes), '≤ 30 KB', ok(g.gzipBytes <= 30 * KB)]);
    if (j.geo.length === 0) rows.push(['  geo lookups', 'none', '—', '']);
    const worstMain = Math.max(...j.steps.map((s) => s.mainThreadMs));
    const worstPaint = Math.max(...j.steps.map((s) => s.paintedMs));
    rows.push([`  answers (${j.steps.length}): worst main-thread`, `${Math.round(worstMain)} ms`, '≤ 50 ms each', ok(worstMain <= 50)]);
    rows.push([`  answers: worst tap → next screen painted`, `${Math.round(worstPaint)} ms`, '≤ 100 ms each', ok(worstPaint <= 100)]);
  }
  printTable(rows);
  for (const j of journeys) {
    console.log(`\n${j.journey}, each answer (main-thread ms / tap → painted ms):`);
    console.log(
      `  ${j.steps
        .map((s) => `${s.screen} ${Math.round(s.mainThreadMs)}/${Math.round(s.paintedMs)}${s.mainThreadMs > 50 || s.paintedMs > 100 ? ' ✗' : ''}`)
        .join(' · ')}`,
    );
  }
  const geoBytes = contacts.requests.filter((r) => r.url.startsWith('/geo/')).reduce((sum, r) => sum + r.gzipBytes, 0);
  console.log(`\nContacts page search (${contacts.searches.join(', then ')}): requests after the page load`);
  for (const r of contacts.requests) console.log(`  ${kb(r.gzipBytes).padStart(9)}  ${r.url}`);
  console.log(`  together: ${kb(geoBytes)} (budget ≤ 60 KB) ${ok(geoBytes <= 60 * KB)}`);
}

function writeResults(results) {
  const outDir = path.join(root, 'bench-results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten: ${path.relative(root, path.join(outDir, 'latest.json'))}`);
}

function printTable(rows) {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `  ${r.map((c, i) => (i < 3 ? String(c).padEnd(widths[i]) : c)).join('  ')}`;
  console.log(line(['figure', 'value', 'budget', '']));
  console.log(`  ${'-'.repeat(widths[0] + widths[1] + widths[2] + 8)}`);
  for (const r of rows) console.log(line(r));
}

async function main() {
  log('npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);

  await startServer();

  if (process.env.BENCH_ONLY === 'journeys') {
    const journeys = await measureJourneys();
    stopServer();
    printJourneys(journeys);
    writeResults({ journeys });
    return;
  }

  let measured = TARGET;
  const status = (await fetch(`${ORIGIN}${TARGET}`)).status;
  let note = null;
  if (status !== 200) {
    note = `${TARGET} answered HTTP ${status}: figures below are measured on ${FALLBACK} instead. Re-run once ${TARGET} exists.`;
    console.log(`\n[bench] WARNING: ${note}\n`);
    measured = FALLBACK;
    const fallbackStatus = (await fetch(`${ORIGIN}${FALLBACK}`)).status;
    if (fallbackStatus !== 200) throw new Error(`${FALLBACK} answered HTTP ${fallbackStatus} too: nothing to measure`);
  }
  const url = `${ORIGIN}${measured}`;

  log(`loading ${url} in headless Chromium (${chromePath ?? "Playwright's bundled Chromium"})`);
  const transfer = await measureTransfer(url);

  const runs = Math.max(1, Number.parseInt(process.env.LH_RUNS ?? '3', 10) || 3);
  const lhRuns = [];
  let lhError = null;
  for (let i = 1; i <= runs && !lhError; i++) {
    log(`running Lighthouse on ${url} (mobile, default config), run ${i} of ${runs}`);
    try {
      lhRuns.push(await runLighthouse(url));
    } catch (err) {
      lhError = err instanceof Error ? err.message : String(err);
      console.error(`[bench] Lighthouse failed: ${lhError}`);
    }
  }
  const lh = lhError ? undefined : medianOf(lhRuns);

  const dist = distJs();
  let journeys = null;
  let journeysError = null;
  try {
    journeys = await measureJourneys();
  } catch (err) {
    journeysError = err instanceof Error ? err.message : String(err);
    console.error(`[bench] journeys failed: ${journeysError}`);
  }
  stopServer();

  const ok = (pass) => (pass == null ? '?' : pass ? '✓' : '✗');
  const g = transfer.gzipBytes;
  const rows = [
    ['requests', transfer.requests, '—', ''],
    ['JS (gzip)', kb(g.js), '≤ 40 KB (aim ≤ 36 KB)', ok(g.js <= 40 * KB)],
    ['CSS (gzip)', kb(g.css), '—', ''],
    ['HTML (gzip)', kb(g.html), '—', ''],
    ['other: images, fonts, json… (gzip)', kb(g.other), '—', ''],
    ['total (gzip)', kb(g.total), '≤ 60 KB', ok(g.total <= 60 * KB)],
    ['dist/**/*.js, first party (gzip)', kb(dist.totalGzipBytes), '—', ''],
    // Not part of the page load: one piece fetched only when a postal code or a commune name is typed.
    ['geo pieces: largest (gzip)', geoPieces()[0] ? `${kb(geoPieces()[0].gzipBytes)} (${geoPieces()[0].piece})` : 'n/a', '≤ 30 KB', ok((geoPieces()[0]?.gzipBytes ?? Infinity) <= 30 * KB), `${geoPieces().length} pieces in dist/geo/, one fetched per lookup`],
  ];
  // The lowest and highest of the Lighthouse runs, beside the median.
  const spread = (key, format) => {
    const values = lhRuns.map((r) => r[key]).filter((v) => v != null);
    return values.length > 1 ? `runs: ${format(Math.min(...values))} to ${format(Math.max(...values))}` : '';
  };
  const scoreRow = (label, v, key) => [label, v ?? 'n/a', '100', ok(v == null ? null : v === 100), spread(key, String)];
  rows.push(
    scoreRow('Lighthouse performance', lh?.performance, 'performance'),
    scoreRow('Lighthouse accessibility', lh?.accessibility, 'accessibility'),
    scoreRow('Lighthouse best-practices', lh?.bestPractices, 'bestPractices'),
    scoreRow('Lighthouse SEO', lh?.seo, 'seo'),
    ['LCP', lh?.lcpSeconds == null ? 'n/a' : `${lh.lcpSeconds.toFixed(2)} s`, '≤ 1.2 s', ok(lh?.lcpSeconds == null ? null : lh.lcpSeconds <= 1.2), spread('lcpSeconds', (v) => `${v.toFixed(2)} s`)],
    ['TBT', lh?.tbtMs == null ? 'n/a' : `${Math.round(lh.tbtMs)} ms`, '≤ 50 ms', ok(lh?.tbtMs == null ? null : lh.tbtMs <= 50), spread('tbtMs', (v) => `${Math.round(v)} ms`)],
    ['CLS', lh?.cls == null ? 'n/a' : lh.cls.toFixed(3), '0', ok(lh?.cls == null ? null : lh.cls === 0), spread('cls', (v) => v.toFixed(3))],
  );

  console.log(`\nBench of ${measured} (${new Date().toISOString()}; 1 KB = 1024 bytes, gzip level 9; Lighthouse: median of ${lhRuns.length} run(s))`);
  if (note) console.log(`NOTE: ${note}`);
  printTable(rows);

  console.log('\nResponses:');
  for (const it of transfer.items) {
    console.log(`  ${String(it.status).padEnd(4)}${it.kind.padEnd(6)}${kb(it.gzipBytes).padStart(9)}  ${it.url}`);
  }
  console.log('\ndist/**/*.js (gzip):');
  if (dist.files.length === 0) console.log('  (none)');
  for (const f of dist.files) console.log(`  ${kb(f.gzipBytes).padStart(9)}  ${f.file}`);
  if (lh?.runtimeError) console.log(`\nLighthouse runtime error: ${lh.runtimeError}`);
  if (lh?.failedAudits.length) {
    console.log('\nLighthouse audits below 100:');
    for (const a of lh.failedAudits) console.log(`  - ${a}`);
  }
  if (journeys) printJourneys(journeys);

  const results = {
    date: new Date().toISOString(),
    target: TARGET,
    measured,
    note,
    chromePath: chromePath ?? null,
    budgets: { jsGzipKB: 40, totalGzipKB: 60, lighthouse: 100, lcpSeconds: 1.2, tbtMs: 50, cls: 0 },
    transfer,
    distJs: dist,
    geoPieces: geoPieces(),
    lighthouse: lh ?? null,
    lighthouseRuns: lhRuns,
    lighthouseError: lhError,
    journeys,
    journeysError,
  };
  writeResults(results);

  if (lhError) throw new Error(`Lighthouse could not run: ${lhError}`);
  if (journeysError) throw new Error(`the journeys could not be measured: ${journeysError}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`[bench] FAILED: ${err instanceof Error ? err.message : err}`);
    stopServer();
    process.exit(1);
  },
);
