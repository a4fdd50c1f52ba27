// Measures the questionnaire page against the budgets of DESIGN.md §10 and prints a table, then three whole
// journeys (issue 13) and the contacts page search.
//
//   npm run bench        (builds, serves dist/ on 127.0.0.1:4322 with scripts/serve.ts: the production headers and the build's gzip/brotli files, measures, stops the server)
//   BENCH_ONLY=journeys npm run bench   (the journeys and the contacts search only, no Lighthouse)
//   BENCH_VERBOSE=1 npm run bench       (also every request of each journey, largest first: where the bytes go)
//
// Modules (scripts/bench/): common.mjs (address, browser, units), server.mjs, first-load.mjs (the page's
// requests and bytes, dist/**/*.js, the geo pieces), lighthouse.mjs, journeys.mjs (the journeys, how each answer
// is timed: see there), print.mjs.
//
// Figures: requests and gzip -9 bytes of every response by type (real headless Chromium load), gzip -9 bytes
// of every first-party dist/**/*.js file, Lighthouse 13 (default config: mobile, simulated throttling), run
// LH_RUNS times (default 3): each figure is the median of the runs, with the lowest and highest beside it,
// since one simulated run can move LCP by a few tenths of a second.
// Budgets are reported with ✓/✗ but never fail the run: exit 1 only when something could not be measured
// (build failed, server did not start, browser or Lighthouse crashed). Results: bench-results/latest.json.
import { spawnSync } from 'node:child_process';
import { chromePath, KB, kb, log, ok, ORIGIN, root } from './bench/common.mjs';
import { startServer, stopServer } from './bench/server.mjs';
import { distJs, geoPieces, measureTransfer } from './bench/first-load.mjs';
import { medianOf, runLighthouse } from './bench/lighthouse.mjs';
import { measureJourneys } from './bench/journeys.mjs';
import { printJourneyRequests, printJourneys, printTable, writeResults } from './bench/print.mjs';

const TARGET = process.env.BENCH_PATH ?? '/questionnaire/';
const FALLBACK = '/';
const VERBOSE = process.env.BENCH_VERBOSE === '1';

async function main() {
  log('npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);

  await startServer();

  if (process.env.BENCH_ONLY === 'journeys') {
    const journeys = await measureJourneys();
    stopServer();
    printJourneys(journeys);
    if (VERBOSE) printJourneyRequests(journeys);
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
  if (journeys && VERBOSE) printJourneyRequests(journeys);

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
