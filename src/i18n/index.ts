/**
 * One i18next instance per locale, created synchronously so that the server render and the
 * island's first client render agree. Keys are built from ids in one place: `keys` below.
 */
import i18next, { type i18n, type TOptions } from 'i18next';
import frUi from './locales/fr/ui.json' with { type: 'json' };
import frFlow from './locales/fr/flow.json' with { type: 'json' };
import frContent from './locales/fr/content.json' with { type: 'json' };

export const locales = ['fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

/** Texts the island needs: ui, flow and content. Static pages add their own prose (pages.json). */
export const islandResources: Record<Locale, Record<string, unknown>> = {
  fr: { ...frUi, ...frFlow, ...frContent },
};

const instances = new Map<string, i18n>();

export function createI18n(locale: Locale, extra: Record<string, unknown> = {}): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: { ...islandResources[locale], ...extra } } },
    initAsync: false,
    keySeparator: '.',
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function getI18n(locale: Locale = defaultLocale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18n(locale);
    instances.set(locale, instance);
  }
  return instance;
}

export type T = (key: string, options?: TOptions) => string;

/** The translation function of a locale; throws in tests when a key is missing (see i18n tests). */
export function getT(locale: Locale = defaultLocale): T {
  const instance = getI18n(locale);
  return (key, options) => instance.t(key, options ?? {}) as string;
}

export { keys } from './keys.ts';
