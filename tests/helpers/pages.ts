/** Static pages of the site (Astro `trailingSlash: 'always'`: every path ends with `/`). */
export const staticPages = [
  '/',
  '/questionnaire/',
  '/axes/pdp/',
  '/axes/sps/',
  '/dispositifs/',
  '/contacts/',
  '/aide-urgente/',
  '/confidentialite/',
  '/accessibilite/',
  '/mentions-legales/',
  '/a-propos/',
  '/comment-ca-marche/',
  '/partenaires/',
] as const;

export type StaticPage = (typeof staticPages)[number];

import { dirOf, langOf, localePath, locales, type Locale } from '../../src/i18n/routes.ts';

export interface LocalizedPage {
  readonly locale: Locale;
  /** The page's path in French (`/contacts/`). */
  readonly page: StaticPage;
  /** Its URL in this locale (`/ar/contacts/`). */
  readonly path: string;
  /** Expected `<html lang>` and `dir`. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** Every static page in every locale (src/i18n/routes.ts `locales`). */
export const localizedPages: readonly LocalizedPage[] = locales.flatMap((locale) =>
  staticPages.map((page) => ({ locale, page, path: localePath(locale, page), lang: langOf(locale), dir: dirOf(langOf(locale)) })),
);
