/**
 * npm run personas -- <file.json>
 * Runs example situations through the orientation rules: one line per persona, then "N passed, N failed".
 * Exits 1 when a persona fails, 2 when the file is missing or malformed.
 */
import { readFileSync } from 'node:fs';
import { departementCodes, directory, flow, rules } from '../src/domain/questionnaire.ts';

import { runPersonas } from '../src/domain/personas.ts';
import { ContentError } from '../src/domain/problems.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run personas -- <file.json>');
  process.exit(2);
}

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: cannot be read as JSON: ${(error as Error).message}`);
  console.log('0 passed, 0 failed');
  process.exit(2);
}

try {
  const results = runPersonas(raw, flow, rules, directory, departementCodes);
  let failed = 0;
  for (const result of results) {
    if (result.differences.length === 0) {
      const o = result.orientation;
      const summary = [
        `axes [${o.axes.map((a) => a.id).join(', ')}]`,
        `redirections [${o.redirections.map((r) => r.id).join(', ')}]`,
        `contact ${o.contact.caisse ?? '—'} ${o.contact.phone ?? ''}`.trim(),
      ].join(' · ');
      console.log(`✓ ${result.id} — ${summary}`);
    } else {
      failed += 1;
      console.log(`✗ ${result.id} — ${result.differences.join('; ')}`);
    }
  }
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`${file} is malformed:`);
    for (const problem of error.problems) console.error(`  - ${problem}`);
    console.log('0 passed, 0 failed');
    process.exit(2);
  }
  throw error;
}
