/**
 * The borne's own texts (src/i18n/locales/<locale>/kiosk.json, over the French ones until a translation is
 * complete; tests/i18n.test.ts checks them like the other files), and the `t` of the borne's pages.
 */
import { createI18n, defaultLocale, deepMerge, type Locale, type T } from '../i18n/index.ts';
import { pagesResources } from '../i18n/pages.ts';

type Tree = Record<string, unknown>;
const found = import.meta.glob<Tree>('../i18n/locales/*/kiosk.json', { eager: true, import: 'default' });

export function kioskTexts(locale: Locale): Tree {
  const fr = found[`../i18n/locales/${defaultLocale}/kiosk.json`] ?? {};
  const own = found[`../i18n/locales/${locale}/kiosk.json`];
  return locale === defaultLocale || !own ? fr : deepMerge(fr, own);
}

const instances = new Map<Locale, T>();

/** Texts of the borne's pages: the site's page texts and the borne's own. */
export function getKioskT(locale: Locale): T {
  let t = instances.get(locale);
  if (!t) {
    const instance = createI18n(locale, { ...pagesResources[locale], ...kioskTexts(locale) });
    t = (key, options) => instance.t(key, options ?? {}) as string;
    instances.set(locale, t);
  }
  return t;
}
