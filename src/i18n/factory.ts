/**
 * The one i18next set-up, for the server render (src/i18n/index.ts `createI18n`) and the island (which gets its
 * texts from its page rather than from every locale's files): both must agree on the first render.
 */
import i18next, { type i18n } from 'i18next';

/** An i18next instance for language `lng` (not our locale id: FALC is French), ready at once (no async init). */
export function i18nFor(lng: string, translation: Record<string, unknown>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: false,
    resources: { [lng]: { translation } },
    initAsync: false,
    keySeparator: '.',
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
