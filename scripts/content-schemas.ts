/**
 * npm run content:schemas
 * Writes src/content/schemas/<file>.schema.json from the zod schemas, for an editor's completion and checks
 * (each content file names its schema with "$schema"). Run it after changing src/domain/schemas.ts or
 * src/domain/rules-schema.ts; a unit test fails while the committed files are not up to date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { contentJsonSchemas, schemaText } from '../src/domain/json-schemas.ts';

const folder = new URL('../src/content/schemas/', import.meta.url);
mkdirSync(folder, { recursive: true });
let changed = 0;
for (const [file, schema] of Object.entries(contentJsonSchemas())) {
  const target = new URL(`${file}.schema.json`, folder);
  const text = schemaText(schema);
  let before = '';
  try {
    before = readFileSync(target, 'utf8');
  } catch {
    // a new file
  }
  if (before === text) continue;
  writeFileSync(target, text);
  changed += 1;
  console.log(`written: src/content/schemas/${file}.schema.json`);
}
console.log(changed === 0 ? 'The JSON Schemas were already up to date.' : `${changed} JSON Schema(s) written.`);
