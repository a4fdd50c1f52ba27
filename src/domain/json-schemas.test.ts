import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas, schemaText } from './json-schemas.ts';
import { schemaRef } from './content-files.ts';

const schemas = contentJsonSchemas();
const read = (path: string) => readFileSync(new URL(`../content/${path}`, import.meta.url), 'utf8');

describe('JSON Schemas of the content files (src/content/schemas/)', () => {
  it.each(Object.keys(schemas))('%s.schema.json is up to date with the zod schemas (else: npm run content:schemas)', (file) => {
    expect(read(`schemas/${file}.schema.json`)).toBe(schemaText(schemas[file as keyof typeof schemas]));
  });

  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);

  it.each(Object.keys(schemas))('src/content/%s.json names its schema and is valid against it, as an editor checks it', (file) => {
    const data = JSON.parse(read(`${file}.json`)) as Record<string, unknown>;
    expect(data['$schema']).toBe(schemaRef(file));
    const validate = ajv.compile(schemas[file as keyof typeof schemas]);
    expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('flags in the editor a dispositif without lastReviewed, an unknown key and a malformed e-mail', () => {
    const dispositifs = JSON.parse(read('dispositifs.json')) as { dispositifs: Record<string, unknown>[] };
    delete dispositifs.dispositifs[2]!['lastReviewed'];
    dispositifs.dispositifs[3]!['urll'] = 'https://www.ameli.fr';
    const validate = ajv.compile(schemas.dispositifs);
    expect(validate(dispositifs)).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual(
      expect.arrayContaining(["/dispositifs/2 must have required property 'lastReviewed'", '/dispositifs/3 must NOT have additional properties']),
    );
    const bals = JSON.parse(read('bals.json')) as { bals: Record<string, unknown>[] };
    bals.bals[0]!['email'] = 'servicesocial05.carsat-sudest.fr';
    const checkBals = ajv.compile(schemas.bals);
    expect(checkBals(bals)).toBe(false);
    expect(checkBals.errors?.map((e) => e.instancePath)).toContain('/bals/0/email');
  });
});
