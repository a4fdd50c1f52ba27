// What the bench prints: the first load's table, the journeys with their budgets, each answer's figures and,
// with BENCH_VERBOSE=1, every request of each journey (where the bytes go); and bench-results/latest.json.
import fs from 'node:fs';
import path from 'node:path';
import { KB, kb, ok, root } from './common.mjs';
import { CPU_SLOWDOWN } from './journeys.mjs';

export function printJourneys({ journeys, contacts }) {
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

/** Every request of each journey, largest first, with the share of each kind (BENCH_VERBOSE=1). */
export function printJourneyRequests({ journeys }) {
  const kindOf = (url) => {
    const p = new URL(url).pathname;
    if (p.startsWith('/geo/')) return 'geo';
    if (/\.m?js$/.test(p)) return 'js';
    if (p.endsWith('.json')) return 'json';
    if (p.endsWith('/') || p.endsWith('.html')) return 'html';
    return 'other';
  };
  for (const j of journeys) {
    const byKind = {};
    for (const i of j.items) byKind[kindOf(i.url)] = (byKind[kindOf(i.url)] ?? 0) + i.gzipBytes;
    const kinds = Object.entries(byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(' · ');
    console.log(`\n${j.journey}: ${kb(j.gzipBytes)} in ${j.requests} requests (${kinds})`);
    for (const i of [...j.items].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
      console.log(`  ${kb(i.gzipBytes).padStart(9)}  ${String(i.status).padEnd(4)}${new URL(i.url).pathname}`);
    }
  }
}

export function writeResults(results) {
  const outDir = path.join(root, 'bench-results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten: ${path.relative(root, path.join(outDir, 'latest.json'))}`);
}

export function printTable(rows) {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `  ${r.map((c, i) => (i < 3 ? String(c).padEnd(widths[i]) : c)).join('  ')}`;
  console.log(line(['figure', 'value', 'budget', '']));
  console.log(`  ${'-'.repeat(widths[0] + widths[1] + widths[2] + 8)}`);
  for (const r of rows) console.log(line(r));
}
