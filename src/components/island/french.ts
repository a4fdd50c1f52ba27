/**
 * The French texts the e-mail summary needs when the page is in another language (the e-mail goes to a French
 * caisse: French first). Loaded only then, at the result: question labels, option labels, the mail texts.
 */
import i18next, { type TFunction } from 'i18next';

let loading: Promise<TFunction> | null = null;

export function loadFrench(): Promise<TFunction> {
  loading ??= Promise.all([import('../../i18n/locales/fr/flow.json'), import('../../i18n/locales/fr/ui.json')])
    .then(([flow, ui]) => {
      const { question, option } = flow.default;
      const { labelValue, mail } = ui.default.ui;
      const instance = i18next.createInstance();
      void instance.init({
        lng: 'fr',
        resources: { fr: { translation: { question, option, ui: { labelValue, mail } } } },
        initAsync: false,
        keySeparator: '.',
        nsSeparator: false,
        interpolation: { escapeValue: false },
      });
      return instance.t.bind(instance);
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
