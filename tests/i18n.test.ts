/**
 * Keys parity of the translations with French, the reference (src/i18n/locales/fr/*.json):
 *
 * - every locale has the four files;
 * - every key of French exists in the locale and is a non-empty text (empty only where French is empty), and the locale has no key French
 *   lacks. Plural forms are compared by their base key: `x_one`, `x_other` (French) and `x_zero`…`x_other`
 *   (Arabic) are the same key `x`; the locale must have at least `x_other`;
 * - the `{{placeholders}}` of the French text are all in the translation (over all plural forms of a key);
 * - a list (JSON array) has as many items as in French.
 *
 * It prints, per locale, the number of keys (plural forms counted once) and the number of texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultLocale, locales } from '../src/i18n/routes.ts';

const root = path.resolve(import.meta.dirname, '../src/i18n/locales');
const files = ['ui', 'flow', 'content', 'pages', 'kiosk'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

interface Leaf {
  /** Full path, with its plural suffix (`pages.aPropos.publicSummary_one`). */
  readonly key: string;
  readonly value: unknown;
}

function read(locale: string, file: string): unknown {
  const where = path.join(root, locale, `${file}.json`);
  return fs.existsSync(where) ? (JSON.parse(fs.readFileSync(where, 'utf8')) as unknown) : undefined;
}

/** Leaves (strings, numbers…) by path; arrays are kept as leaves so that their length can be compared. */
function leaves(value: unknown, prefix = ''): Leaf[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix === '' ? k : `${prefix}.${k}`));
  }
  return [{ key: prefix, value }];
}

const baseOf = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: unknown): string[] =>
  typeof text === 'string' ? [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? '') : [];
const textsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** Leaves grouped by base key. */
function byBase(list: readonly Leaf[]): Map<string, Leaf[]> {
  const map = new Map<string, Leaf[]>();
  for (const leaf of list) {
    const base = baseOf(leaf.key);
    map.set(base, [...(map.get(base) ?? []), leaf]);
  }
  return map;
}

/** Every problem of `locale`'s `file` compared with French, one line each. */
function problemsOf(locale: string, file: string): string[] {
  const fr = read(defaultLocale, file);
  const own = read(locale, file);
  if (own === undefined) return [`${locale}/${file}.json is missing`];
  const frKeys = byBase(leaves(fr));
  const ownKeys = byBase(leaves(own));
  const problems: string[] = [];
  const where = (key: string) => `${locale}/${file}.json: ${key}`;

  for (const [base, frLeaves] of frKeys) {
    const ownLeaves = ownKeys.get(base);
    if (!ownLeaves) {
      problems.push(`${where(base)}: missing`);
      continue;
    }
    const plural = frLeaves.some((l) => PLURAL.test(l.key));
    if (plural && !ownLeaves.some((l) => l.key === `${base}_other`)) problems.push(`${where(base)}_other: missing (plural)`);
    if (!plural && ownLeaves.some((l) => l.key !== base)) problems.push(`${where(base)}: plural forms where French has none`);

    for (const leaf of ownLeaves) {
      const frLeaf = frLeaves.find((l) => l.key === leaf.key) ?? frLeaves[0];
      if (Array.isArray(frLeaf?.value)) {
        if (!Array.isArray(leaf.value)) problems.push(`${where(leaf.key)}: a list in French, not here`);
        else if (leaf.value.length !== frLeaf.value.length) {
          problems.push(`${where(leaf.key)}: ${leaf.value.length} items, French has ${frLeaf.value.length}`);
        }
      }
      textsOf(leaf.value).forEach((text, i) => {
        // A text French leaves empty on purpose (no error message for the support screen) may stay empty.
        const frText = textsOf(frLeaf?.value)[i];
        if (frText === '' && text === '') return;
        if (!isText(text)) problems.push(`${where(leaf.key)}${Array.isArray(leaf.value) ? `[${i}]` : ''}: empty or not a text`);
      });
    }

    // Placeholders: those of French (all its plural forms, each list item) must appear in the translation.
    if (Array.isArray(frLeaves[0]?.value)) {
      const frItems = frLeaves[0].value as unknown[];
      const ownItems = (ownLeaves[0]?.value ?? []) as unknown[];
      frItems.forEach((item, i) => {
        const missing = placeholders(item).filter((name) => !placeholders(Array.isArray(ownItems) ? ownItems[i] : '').includes(name));
        if (missing.length > 0) problems.push(`${where(base)}[${i}]: placeholder(s) ${missing.map((n) => `{{${n}}}`).join(', ')} missing`);
      });
    } else {
      const wanted = new Set(frLeaves.flatMap((l) => placeholders(l.value)));
      const present = new Set(ownLeaves.flatMap((l) => placeholders(l.value)));
      const missing = [...wanted].filter((name) => !present.has(name));
      if (missing.length > 0) problems.push(`${where(base)}: placeholder(s) ${missing.map((n) => `{{${n}}}`).join(', ')} missing`);
    }
  }
  for (const base of ownKeys.keys()) {
    if (!frKeys.has(base)) problems.push(`${where(base)}: not in French`);
  }
  return problems;
}

const translations = locales.filter((l) => l !== defaultLocale);

test('French, the reference, has every file, and only texts (strings)', () => {
  for (const file of files) {
    const fr = read(defaultLocale, file);
    expect(fr, `fr/${file}.json`).toBeDefined();
    const notText = leaves(fr).filter((l) => !textsOf(l.value).every((v) => typeof v === 'string')).map((l) => l.key);
    expect(notText, `fr/${file}.json: values that are not texts`).toEqual([]);
  }
});

describe.each(translations)('%s', (locale) => {
  test.each(files)(`${locale}/%s.json has the keys, lists and placeholders of French`, (file) => {
    const problems = problemsOf(locale, file);
    expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
  });
});

test('every locale has as many keys as French in each file (plural forms counted once)', () => {
  const countsOf = (locale: (typeof locales)[number]) =>
    files.map((file) => {
      const data = read(locale, file);
      const list = data === undefined ? [] : leaves(data);
      return { file, keys: byBase(list).size, texts: list.reduce((n, l) => n + textsOf(l.value).length, 0), present: data !== undefined };
    });
  const lines = locales.map((locale) => {
    const counts = countsOf(locale);
    const keys = counts.reduce((n, c) => n + c.keys, 0);
    const texts = counts.reduce((n, c) => n + c.texts, 0);
    const detail = counts.map((c) => (c.present ? `${c.file} ${c.keys}` : `${c.file} (missing)`)).join(', ');
    return `${locale.padEnd(5)} ${String(keys).padStart(5)} keys, ${String(texts).padStart(5)} texts (${detail})`;
  });
  console.log(`i18n keys per locale:\n${lines.join('\n')}`);
  const french = countsOf(defaultLocale).map((c) => `${c.file} ${c.keys}`);
  for (const locale of translations) expect(countsOf(locale).map((c) => `${c.file} ${c.keys}`), locale).toEqual(french);
});
