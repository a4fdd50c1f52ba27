// Lighthouse 13 (default config: mobile, simulated throttling) on one page, and the median of several runs.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromePath, chromiumArgs, root } from './common.mjs';

export async function runLighthouse(url) {
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
export function medianOf(results) {
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
