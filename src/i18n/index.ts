/**
 * One i18next instance per locale, created synchronously so that the server render and the
 * island's first client render agree. Keys are built from ids in one place: `keys` below.
 *
 * Every locale's files are found by `import.meta.glob` (src/i18n/locales/<locale>/<file>.json): a
 * translation is used as soon as its file exists. Until then, and for any key it still lacks, the French
 * text is shown (tests/i18n.test.ts reports what is missing).
 */
import type { i18n, TOptions } from 'i18next';
import { i18nFor } from './factory.ts';
import { defaultLocale, langOf, locales, type Locale } from './routes.ts';

export { defaultLocale, dirOf, langOf, localePath, locales, type Locale } from './routes.ts';

export const textFiles = ['ui', 'flow', 'content', 'pages'] as const;
export type TextFile = (typeof textFiles)[number];

const found = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

/** The raw JSON of one locale file, or `undefined` while it does not exist. */
export function localeFile(locale: Locale, file: TextFile): Record<string, unknown> | undefined {
  return found[`./locales/${locale}/${file}.json`];
}

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `over` on top of `base`, object by object (arrays and strings replace). */
export function deepMerge(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = out[key];
    out[key] = isTree(below) && isTree(value) ? deepMerge(below, value) : value;
  }
  return out;
}

/** The texts of some files of a locale, over the French ones. */
export function resourcesOf(locale: Locale, files: readonly TextFile[]): Tree {
  const fr = files.reduce<Tree>((acc, file) => ({ ...acc, ...localeFile(defaultLocale, file) }), {});
  if (locale === defaultLocale) return fr;
  const own = files.reduce<Tree>((acc, file) => ({ ...acc, ...localeFile(locale, file) }), {});
  return deepMerge(fr, own);
}

/** Texts the island needs: ui, flow and content. Static pages add their own prose (pages.json). */
export const islandResources = Object.fromEntries(
  locales.map((locale) => [locale, resourcesOf(locale, ['ui', 'flow', 'content'])]),
) as Record<Locale, Tree>;

export function createI18n(locale: Locale, extra: Record<string, unknown> = {}): i18n {
  // i18next (plurals) and Intl know the language, not our locale id (FALC is French).
  return i18nFor(langOf(locale), { ...islandResources[locale], ...extra });
}

export type T = (key: string, options?: TOptions) => string;


export { keys } from './keys.ts';
