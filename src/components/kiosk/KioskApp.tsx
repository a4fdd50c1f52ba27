/**
 * The borne's island: its start screen (what this is for, « Commencer », the languages, « Rien n'est enregistré
 * sur cette borne »), then the questionnaire island in kiosk mode (src/components/island/types.ts `KioskMode`):
 * links that cannot leave the borne, the postal code keypad, the result's QR code, ticket and « Terminer », and,
 * in another language, « Afficher aussi en français ».
 *
 * History: the start screen is the page's first entry (`{ borne: 'accueil' }`); « Commencer » pushes the first
 * question's entry, then the questionnaire mirrors its steps as on the site. Back to the start entry shows the
 * start screen (the questionnaire is not told: it would write its step there).
 */
import i18next, { type TFunction } from 'i18next';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import Questionnaire from '../island/Questionnaire.tsx';
import type { IslandProps, KioskMode, ScreenContext } from '../island/types.ts';
import { langOf, localeNames, localePath, locales, type Locale } from '../../i18n/routes.ts';
import { HISTORY_KEY, isRecord } from '../island/history-entry.ts';
import { kioskPage, kioskStart } from '../../kiosk/paths.ts';
import { isResetting, resetKiosk } from '../../kiosk/reset.ts';
// Tells the frame (src/kiosk/frame.ts) which screen is shown: the inactivity watch and updates depend on it.
import { SCREEN_EVENT } from '../../kiosk/screen.ts';
import { Keypad } from './Keypad.tsx';
import { ResultEnd } from './ResultEnd.tsx';
import { KioskTarget } from './Target.tsx';

export interface KioskProps {
  readonly island: IslandProps;
  /** French texts (questions and result) for « Afficher aussi en français »; null in French and FALC. */
  readonly french: Record<string, unknown> | null;
  readonly paper: '80mm' | 'A4';
  /** Printed on the ticket. */
  readonly version: string;
  /** The language the borne comes back to after a reset (src/content/borne.json). */
  readonly home: Locale;
}


function makeT(lng: string, texts: Record<string, unknown>): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    resources: { [lng]: { translation: texts } },
    initAsync: false,
    keySeparator: '.',
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance);
}

function hasAnswersEntry(): boolean {
  const state: unknown = history.state;
  return isRecord(state) && isRecord(state[HISTORY_KEY]);
}

export default function KioskApp({ island, french, paper, version, home }: KioskProps) {
  const { locale } = island;
  const t = useMemo(() => makeT(langOf(locale), island.texts), [locale, island.texts]);
  const frenchT = useMemo(() => (french ? makeT('fr', french) : null), [french]);
  const [started, setStarted] = useState(false);
  const [ready, setReady] = useState(false);
  const [withFrench, setWithFrench] = useState(false);
  const startHeading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(false);
  const start = kioskStart(locale);

  useEffect(() => {
    setReady(true);
    // A reload (or coming back from a page of the borne) in the questionnaire resumes it; otherwise this is the start.
    if (hasAnswersEntry()) setStarted(true);
    // (What the page's state already holds is kept: the entry's place, src/scripts/session.ts.)
    else history.replaceState({ ...(isRecord(history.state) ? history.state : {}), borne: 'accueil' }, '');
    const onPop = (event: PopStateEvent) => {
      if (isResetting()) return;
      if (hasAnswersEntry()) {
        setStarted(true);
        return;
      }
      // The start entry: the questionnaire must not take it for one of its own.
      event.stopImmediatePropagation();
      setStarted(false);
    };
    // The first question's « back to the start » link goes back in this page, rather than loading it again.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a.back-link') : null;
      if (link && link.getAttribute('href') === start) {
        event.preventDefault();
        history.back();
      }
    };
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }, [start]);

  useEffect(() => {
    if (!ready) return;
    document.body.dataset['borneScreen'] = started ? 'questions' : 'accueil';
    if (started) document.body.dataset['borneUsed'] = 'oui';
    window.dispatchEvent(new Event(SCREEN_EVENT));
    if (!started) document.title = `${t('kiosk.pageTitle')} – ${t('ui.serviceName')}`;
    // Each change of screen puts the focus on its heading (not on the page's first screen).
    if (shown.current) {
      if (started) document.querySelector<HTMLElement>('#borne-app h1')?.focus();
      else startHeading.current?.focus();
    }
    shown.current = true;
  }, [started, ready, t]);

  const begin = () => {
    history.pushState(null, '');
    setStarted(true);
  };

  const components = useMemo(() => {
    const absolute = (path: string) => (typeof location === 'undefined' ? path : `${location.origin}${path}`);
    const end = () => resetKiosk(kioskStart(home));
    return {
      href: (path: string) => kioskPage(locale, path) ?? absolute(localePath(locale, path)),
      Target: ({ href, children }: { readonly href: string; readonly children: ComponentChildren }) => (
        <KioskTarget t={t} href={href}>{children}</KioskTarget>
      ),
      ResultEnd: ({ screen, onEdit }: { readonly screen: ScreenContext; readonly onEdit: () => void }) => (
        <ResultEnd screen={screen} onEdit={onEdit} locale={locale} paper={paper} version={version} onEnd={end} />
      ),
      Keypad: ({ input }: { readonly input: string }) => <Keypad t={t} input={input} />,
    };
  }, [t, locale, paper, version, home]);
  const mode: KioskMode = useMemo(() => ({ ...components, french: withFrench ? frenchT : null }), [components, withFrench, frenchT]);

  if (!started) {
    return (
      <div class="kiosk-start">
        <h1 tabIndex={-1} ref={startHeading}>{t('kiosk.start.title')}</h1>
        <p class="lead">{t('kiosk.start.lead')}</p>
        <button type="button" class="btn btn--kiosk btn--huge kiosk-start__begin" onClick={begin} disabled={!ready}>
          {t('kiosk.start.begin')} <span class="chevron" aria-hidden="true">›</span>
        </button>
        <nav class="kiosk-languages" aria-labelledby="kiosk-languages-title">
          <h2 id="kiosk-languages-title">{t('kiosk.start.languages')}</h2>
          <ul>
            {locales.map((l) => (
              <li key={l}>
                <a
                  href={kioskStart(l)}
                  lang={langOf(l)}
                  hreflang={langOf(l)}
                  dir={l === 'ar' ? 'rtl' : 'ltr'}
                  aria-current={l === locale ? 'true' : undefined}
                  aria-label={localeNames[l].name === localeNames[l].short ? undefined : localeNames[l].name}
                >
                  {localeNames[l].short}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="kiosk-nothing-kept">
          <p><strong>{t('kiosk.start.nothingKept')}</strong></p>
          <p>{t('kiosk.start.nothingKeptMore')}</p>
        </div>
      </div>
    );
  }
  return (
    <>
      {frenchT ? (
        <p class="kiosk-french">
          <button type="button" class="btn btn--secondary btn--kiosk" aria-pressed={withFrench} onClick={() => setWithFrench(!withFrench)}>
            {t('kiosk.french.toggle')}
            <span class="also-fr" lang="fr">{frenchT('kiosk.french.toggle')}</span>
          </button>
        </p>
      ) : null}
      <Questionnaire {...island} kiosk={mode} />
    </>
  );
}
