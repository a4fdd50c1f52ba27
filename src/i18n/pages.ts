/**
 * Texts of the static pages (`pages.*`) and of the layout (`layout.*`), on top of the island's
 * resources so that a page can also render content texts (`keys.*`) with the same `t`.
 */
import type { i18n } from 'i18next';
import { createI18n, defaultLocale, locales, resourcesOf, type Locale, type T } from './index.ts';

export { dirOf, langOf, localePath } from './routes.ts';

/** pages.json of each locale, over the French one until the translation is complete. */
export const pagesResources = Object.fromEntries(locales.map((locale) => [locale, resourcesOf(locale, ['pages'])])) as Record<
  Locale,
  Record<string, unknown>
>;

const instances = new Map<Locale, i18n>();

function instance(locale: Locale): i18n {
  let found = instances.get(locale);
  if (!found) {
    found = createI18n(locale, pagesResources[locale]);
    instances.set(locale, found);
  }
  return found;
}

/** The page texts of a locale, with interpolation (`{{name}}`). */
export function getPageT(locale: Locale = defaultLocale): T {
  const i = instance(locale);
  return (key, options) => i.t(key, options ?? {}) as string;
}

/** Whether a text exists (optional content texts: `dispositif.<id>.note`, `phone.<id>.say`…). */
export function getPageHas(locale: Locale = defaultLocale): (key: string) => boolean {
  const i = instance(locale);
  return (key) => i.exists(key);
}

/** A list of paragraphs or items stored as a JSON array under `key`; an empty list if absent. */
export function getPageList(locale: Locale = defaultLocale): (key: string) => string[] {
  const i = instance(locale);
  return (key) => {
    const value: unknown = i.t(key, { returnObjects: true });
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
}
