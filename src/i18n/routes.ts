/**
 * Locales and their URLs. No text file is imported here, so browser code (the island) can use it.
 *
 * French is the reference and lives at the root (`/contacts/`); every other locale has the same pages
 * under its prefix (`/en/contacts/`). FALC (« Facile à lire et à comprendre ») is French: `lang="fr"`.
 */
export const locales = ['fr', 'falc', 'en', 'ar', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';
/** Locales with a URL prefix (every one but French). */
export const prefixedLocales = locales.filter((l): l is Exclude<Locale, 'fr'> => l !== defaultLocale);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The BCP 47 language of a locale, for `<html lang>`, `hreflang`, i18next plurals and `Intl` (FALC is French). */
export function langOf(locale: Locale): string {
  return locale === 'falc' ? 'fr' : locale;
}

/** Writing direction of a locale (or a BCP 47 tag), for `<html dir>`. */
export function dirOf(locale: string): 'ltr' | 'rtl' {
  return /^(ar|he|fa|ur)(-|$)/.test(locale) ? 'rtl' : 'ltr';
}

/**
 * Each locale's name in its own language, for the language switcher (never translated). `short` is
 * shown, `name` is the accessible name when it differs.
 */
export const localeNames: Record<Locale, { readonly short: string; readonly name: string }> = {
  fr: { short: 'Français', name: 'Français' },
  falc: { short: 'Facile à lire', name: 'Français facile à lire et à comprendre (FALC)' },
  en: { short: 'English', name: 'English' },
  ar: { short: 'العربية', name: 'العربية' },
  es: { short: 'Español', name: 'Español' },
};

/** The URL of a page (given by its French path, `/contacts/`) in `locale`: `/en/contacts/`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** The locale of a URL path and the path of the same page in French: `/ar/contacts/` → `ar`, `/contacts/`. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]+)(\/.*)?$/.exec(pathname);
  const first = match?.[1];
  if (first !== undefined && first !== defaultLocale && isLocale(first)) return { locale: first, path: match?.[2] ?? '/' };
  return { locale: defaultLocale, path: pathname };
}

/**
 * sessionStorage key under which the questionnaire hands `{ step, answers }` to the same questionnaire in
 * another language when the person switches language. Written on the click, read and deleted at once by the
 * next document as soon as it loads (src/views/Questionnaire.astro). The only other Web Storage key is the
 * answering session's random id (src/scripts/session.ts `SESSION_KEY`), which holds no answer.
 */
export const HANDOFF_KEY = 'orientation-langue';

/**
 * The `getStaticPaths` of a page in every locale (src/pages/[...lang]/): French at the root (`lang` undefined:
 * `/contacts/`), the others under their prefix (`/en/contacts/`).
 */
export function everyLocale(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { lang: locale === defaultLocale ? undefined : locale }, props: { locale } }));
}
