/**
 * The one i18next set-up, for the server render (src/i18n/index.ts `createI18n`) and the island (which gets its
 * texts from its page rather than from every locale's files): both must agree on the first render.
 */
import i18next, { type i18n, type TFunction } from 'i18next';

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

/**
 * `instance.t`, remembering each text it gave for a key and its options (when these are plain strings, numbers or
 * booleans): the result screen asks for about 400 texts, fewer than 150 of them different, and each i18next lookup
 * (key path, plural, interpolation, nesting) costs tens of microseconds on a slow phone. Forgotten when texts are
 * added (the result's texts arriving after the first answer) or the language changes.
 */
export function rememberingT(instance: i18n): TFunction {
  const known = new Map<string, unknown>();
  const forget = () => known.clear();
  instance.store.on('added', forget);
  instance.on('languageChanged', forget);
  const t = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const remembering = (...args: unknown[]): unknown => {
    const [key, options, ...rest] = args;
    const plain =
      rest.length === 0 &&
      (typeof key === 'string' || (Array.isArray(key) && key.every((k) => typeof k === 'string'))) &&
      (options === undefined ||
        (typeof options === 'object' && options !== null && Object.values(options).every((v) => ['string', 'number', 'boolean'].includes(typeof v))));
    if (!plain) return t(...args);
    const id = options === undefined && typeof key === 'string' ? key : JSON.stringify([key, options]);
    if (known.has(id)) return known.get(id);
    const text = t(...args);
    if (typeof text === 'string') known.set(id, text);
    return text;
  };
  return remembering as unknown as TFunction;
}
