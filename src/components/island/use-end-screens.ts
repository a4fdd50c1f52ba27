/**
 * The later screens' code (« Vérifiez vos réponses », the result, the support screen: end.ts) and the result's
 * texts (one chunk per locale), fetched after the first answer (or at once when resuming there): the first
 * question does not wait for them. If that fails (a dropped connection), they are fetched again on the next
 * screen the person goes to, by « Réessayer » (answers kept) and after « Recommencer »: one failure never leaves
 * the end broken.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { langOf, type Locale } from '../../i18n/routes.ts';
import type * as EndScreens from './end.ts';

/** The texts of the result (axes, dispositifs, redirections…), one chunk per locale. */
const resultTexts = import.meta.glob<Record<string, unknown>>('../../i18n/locales/*/content.json', { import: 'default' });

export interface EndScreensState {
  /** The later screens, once fetched. */
  readonly end: typeof EndScreens | null;
  /** The last fetch failed (cleared by the next one). */
  readonly failed: boolean;
  /** Fetch them (again); nothing when they are there or on their way. */
  readonly load: () => void;
  readonly clearFailure: () => void;
}

/** Fetched on every step after the first (`start`) until they are there: each new screen tries again. */
export function useEndScreens(locale: Locale, i18n: i18n, step: string, start: string): EndScreensState {
  const [end, setEnd] = useState<typeof EndScreens | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);
  const load = () => {
    if (end || loading.current) return;
    loading.current = true;
    setFailed(false);
    const loadTexts = resultTexts[`../../i18n/locales/${locale}/content.json`];
    // With them, the wipe of « Quitter rapidement » (there is something to wipe from now on).
    import('../../scripts/wipe-session.ts').catch(() => undefined);
    Promise.all([import('./end.ts'), loadTexts ? loadTexts() : Promise.reject(new Error(`No texts for ${locale}`))]).then(
      ([module, content]) => {
        i18n.addResourceBundle(langOf(locale), 'translation', content, true, false);
        loading.current = false;
        setEnd(module);
      },
      () => {
        loading.current = false;
        setFailed(true);
      },
    );
  };
  // The latest load, for the effect below (which runs when the step changes, not on every render).
  const loadNow = useRef(load);
  loadNow.current = load;
  useEffect(() => {
    if (step !== start) loadNow.current();
  }, [step, start]);
  return { end, failed, load, clearFailure: () => setFailed(false) };
}
