/**
 * The questionnaire island. The XState machine drives the flow; this component only renders the
 * current step, mirrors it into the tab's history (so the browser's back button and a reload work)
 * and moves the focus. Answers live in memory and in history.state. The one exception: switching
 * language hands `{ step, answers }` to the next document through sessionStorage (HANDOFF_KEY), read
 * once and deleted at once. « Quitter rapidement » (src/scripts/quick-exit.ts) stops all writing.
 */
import { useEffect, useErrorBoundary, useMemo, useRef, useState } from 'preact/hooks';
import i18next from 'i18next';
import { stepOf, trail } from '../../domain/flow.ts';
import { HANDOFF_KEY, langOf, localePath } from '../../i18n/routes.ts';
import { isLive, sessionId, WIPE_EVENT, writeEntry } from '../../scripts/session.ts';
import { CHECK, currentStep, initialView, RESULT, type QuestionnaireView } from '../../domain/machine-view.ts';
import { loadMachine, pendingActor, type PendingActor, type QuestionnaireActor } from './actor.ts';
import { isForOther, questionTitle } from './format.ts';
import { QuestionScreen } from './QuestionScreen.tsx';
import type * as EndScreens from './end.ts';
import type { IslandProps, ScreenContext } from './types.ts';
import { Unexpected } from './Unexpected.tsx';
import type { Prefill } from './link.tsx';
import type { VNode } from 'preact';
import { entryValue, HISTORY_KEY, readHistoryEntry, type HistoryEntry } from './history-entry.ts';
import { handoffText, readHandoff } from './handoff.ts';

/** The texts of the result (axes, dispositifs, redirections…), one chunk per locale, fetched with the last screens. */
const resultTexts = import.meta.glob<Record<string, unknown>>('../../i18n/locales/*/content.json', { import: 'default' });

/** This tab's entry, if it is one the questionnaire may resume from (not malformed, not of a wiped session). */
function readHistory(): HistoryEntry | null {
  if (typeof history === 'undefined') return null;
  const read = readHistoryEntry(history.state, isLive);
  return read.kind === 'entry' ? read.entry : null;
}

let exiting = false;

/** The step the current history entry was pushed from (« Retour » goes back in history when it leads there). */
function previousStep(): string | null {
  const state: unknown = typeof history === 'undefined' ? null : history.state;
  const entry = state && typeof state === 'object' ? (state as Record<string, unknown>)[HISTORY_KEY] : null;
  const prev = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['prev'] : null;
  return typeof prev === 'string' ? prev : null;
}

/**
 * Writes the snapshot's step and answers into this tab's history: a new entry (`push`, remembering the step
 * it came `from`) or the current one (keeping where it came from).
 */
function mirror(snapshot: QuestionnaireView, push: boolean, from?: string): void {
  if (exiting) return;
  const { answers } = snapshot.context;
  const prev = push ? from : (previousStep() ?? undefined);
  // The session is started with the first answer (an entry without answers needs none).
  const entry = entryValue({ step: currentStep(snapshot), answers }, Object.keys(answers).length > 0 ? sessionId() : null);
  writeEntry(prev === undefined ? entry : { ...entry, prev }, push);
}

function useSnapshot(actor: QuestionnaireActor): QuestionnaireView {
  const [snapshot, setSnapshot] = useState(actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const subscription = actor.subscribe(setSnapshot);
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}

export default function Questionnaire({ locale, texts, data, flow, rules, directory: directoryData, handoff: givenHandoff, kiosk }: IslandProps) {
  const i18n = useMemo(() => {
    const instance = i18next.createInstance();
    void instance.init({
      lng: langOf(locale),
      resources: { [langOf(locale)]: { translation: texts } },
      initAsync: false,
      keySeparator: '.',
      nsSeparator: false,
      interpolation: { escapeValue: false },
    });
    return instance;
  }, [locale, texts]);
  const t = useMemo(() => i18n.t.bind(i18n), [i18n]);
  // The machine's code (xstate) comes after the first screen: see actor.ts.
  const loadStarter = useMemo(
    () => () => loadMachine(flow, directoryData.departements.map((d) => d.code)),
    [flow, directoryData],
  );
  // The machine's code could not be had while an answer waited for it (offline right after the page loaded).
  const [machineFailed, setMachineFailed] = useState(false);
  const startPending = () => pendingActor(loadStarter, initialView(flow), () => setMachineFailed(true));
  const [actor, setActor] = useState<QuestionnaireActor | PendingActor>(startPending);
  const snapshot = useSnapshot(actor);
  const [caught, resetCaught] = useErrorBoundary();
  // A link could not be read in full (src/components/island/link.tsx): its one note, and the screen it shows on.
  const [note, setNote] = useState<[string, VNode] | null>(null);
  // The link's reader could not be fetched (a dropped connection): say so; the questions are asked in their turn.
  const [prefillFailed, setPrefillFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  // True while the machine follows the browser's back/forward button (its entry exists already).
  const popping = useRef(false);
  // True while « Retour » is handled: landing on the step the current entry came from goes back in history.
  const backing = useRef(false);
  // The step a reload or a language hand-off resumed on: shown like a new page, without moving the focus.
  const resumedStep = useRef<string | null>(null);

  // Mirror every transition into this tab's history, synchronously with the event that caused it: a new
  // step pushes an entry, anything else replaces the current one. (An effect after the render would race
  // with a quick back/forward or a reload.)
  useEffect(() => {
    let last = currentStep(actor.getSnapshot());
    const subscription = actor.subscribe((next) => {
      if (next.status !== 'active') return;
      const step = currentStep(next);
      // « Retour » to the step this entry was pushed from: that entry exists, go back to it (no new entry);
      // the popstate that follows shows the same step and writes the answers into it.
      if (backing.current && step !== last && previousStep() === step) history.back();
      else mirror(next, step !== last && !popping.current, last);
      last = step;
    });
    return () => subscription.unsubscribe();
  }, [actor]);

  // After a reload, resume from this tab's history entry (the server render always shows the start);
  // after a change of language, from the hand-off of the previous page.
  useEffect(() => {
    // The hand-off, taken out of sessionStorage by the page as soon as it loaded.
    const handoff = readHandoff(givenHandoff ?? null, Date.now());
    const saved = readHistory() ?? (handoff.kind === 'entry' ? handoff.entry : null);
    // A link's answers in the URL fragment (a partner's `#qui=…&departement=…`, or `#resultat=…`): prefilled
    // steps are passed over (unless changed since), a result link opens on the result. Read by code loaded only then.
    const begin = (prefill: Prefill | null) => {
      const given = prefill?.answers ?? {};
      const skip = (prefill?.skip ?? []).filter((id) => saved?.answers[id] === undefined || saved.answers[id] === given[id]);
      const at = saved?.step ?? prefill?.at;
      if (!at && skip.length === 0) {
        // A fresh start: mark this entry, so that coming back to it shows this screen.
        if (!readHistory()) mirror(actorRef.current.getSnapshot(), false);
        if (prefill?.note) setNote([flow.start, prefill.note]);
        return;
      }
      loadStarter().then(
        (start) => {
          const resumed = start({ answers: { ...given, ...saved?.answers }, skip, ...(at ? { at } : {}) });
          mirror(resumed.getSnapshot(), false);
          const first = currentStep(resumed.getSnapshot());
          resumedStep.current = first;
          setActor(resumed);
          if (prefill?.note) setNote([first, prefill.note]);
        },
        () => undefined,
      );
    };
    if (location.hash.includes('=')) {
      import('./link.tsx')
        .then(({ readLink }) => readLink(location.hash, flow, directoryData.departements.map((d) => d.code), t))
        .then(begin, () => {
          setPrefillFailed(true);
          begin(null);
        });
    } else begin(null);
    const onPop = () => {
      if (exiting) return;
      const entry = readHistory();
      if (!entry) {
        // A link's fragment typed or pasted over this page (a result link…): open it as a page load would.
        if (location.hash.includes('=')) return location.reload();
        // An in-page link (skip link, error summary) adds an entry without state: stay here, and mark it.
        const current = actorRef.current.getSnapshot();
        mirror(current, false);
        return;
      }
      // The entry is already this step's: the machine follows it, and the mirror replaces rather than pushes.
      popping.current = true;
      try {
        actorRef.current.send({ type: 'SHOW', step: entry.step });
      } finally {
        popping.current = false;
      }
    };
    // A language link (header): hand the answers and the step to the page in the other language.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[data-lang-switch]') : null;
      if (!link) return;
      const current = actorRef.current.getSnapshot();
      if (current.status !== 'active') return;
      const answered = current.context.answers;
      if (Object.keys(answered).length === 0 && currentStep(current) === flow.start) return;
      try {
        sessionStorage.setItem(HANDOFF_KEY, handoffText({ step: currentStep(current), answers: answered }, Date.now()));
      } catch {
        // Storage unavailable: the other language starts at the first question.
      }
    };
    const onExit = () => {
      exiting = true;
    };
    // The person starts using the page: fetch the machine's code now, before the first answer needs it.
    const warm = () => void loadStarter().catch(() => undefined);
    const interactions = ['pointerdown', 'keydown', 'focusin'] as const;
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    window.addEventListener(WIPE_EVENT, onExit);
    for (const type of interactions) document.addEventListener(type, warm, { once: true, passive: true });
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
      window.removeEventListener(WIPE_EVENT, onExit);
      for (const type of interactions) document.removeEventListener(type, warm);
    };
  }, [loadStarter, flow, directoryData.departements, givenHandoff, t]);
  const actorRef = useRef(actor);
  actorRef.current = actor;

  const step = currentStep(snapshot);
  const { answers, error } = snapshot.context;

  // "Vérifiez vos réponses" and the result are fetched after the first answer (or at once when resuming
  // there): the first question does not wait for them.
  // If that fails (a dropped connection), they are fetched again on the next screen the person goes to, by
  // « Réessayer » (answers kept) and after « Recommencer »: one failure never leaves the end broken.
  const [end, setEnd] = useState<typeof EndScreens | null>(null);
  const [endFailed, setEndFailed] = useState(false);
  const endLoading = useRef(false);
  // The heading had the focus while the last screens were awaited: it goes to the screen that comes instead.
  const focusEnd = useRef(false);
  const loadEnd = () => {
    if (end || endLoading.current) return;
    endLoading.current = true;
    setEndFailed(false);
    const loadTexts = resultTexts[`../../i18n/locales/${locale}/content.json`];
    // With them, the wipe of « Quitter rapidement » (there is something to wipe from now on).
    import('../../scripts/wipe-session.ts').catch(() => undefined);
    Promise.all([import('./end.ts'), loadTexts ? loadTexts() : Promise.reject(new Error(`No texts for ${locale}`))]).then(
      ([module, content]) => {
        i18n.addResourceBundle(langOf(locale), 'translation', content, true, false);
        endLoading.current = false;
        setEnd(module);
      },
      () => {
        endLoading.current = false;
        setEndFailed(true);
      },
    );
  };
  // The latest loadEnd, for the effect below (which runs when the step changes, not on every render).
  const loadEndNow = useRef(loadEnd);
  loadEndNow.current = loadEnd;
  useEffect(() => {
    if (step !== flow.start) loadEndNow.current();
  }, [step, flow.start]);
  useEffect(() => {
    if (!focusEnd.current) return;
    heading.current?.focus();
    if (end) focusEnd.current = false;
  }, [end, endFailed]);

  // The message that the answer could not go on takes the focus (said by screen readers, as a new screen is).
  useEffect(() => {
    if (machineFailed) heading.current?.focus();
  }, [machineFailed]);

  // Move the focus to the new heading (not on the first screen, nor on the step a reload resumed).
  useEffect(() => {
    if (snapshot.status !== 'active') return;
    const previous = shown.current;
    shown.current = step;
    if (previous === null || previous === step) return;
    const resumed = step === resumedStep.current;
    resumedStep.current = null;
    if (resumed) return;
    heading.current?.focus();
    focusEnd.current = (step === CHECK || step === RESULT) && !end;
  }, [step, snapshot.status, end]);

  const forOther = isForOther(answers);
  const title =
    step === CHECK ? t('ui.check.title') : step === RESULT ? t('ui.result.title') : questionTitle(t, step, forOther);
  useEffect(() => {
    if (typeof document === 'undefined') return;
    const prefix = error ? `${t('ui.error.titlePrefix')} ` : '';
    document.title = `${prefix}${title} – ${t('ui.serviceName')}`;
  }, [title, error, t]);

  const goBack = () => {
    backing.current = true;
    try {
      actor.send({ type: 'BACK' });
    } finally {
      backing.current = false;
    }
  };

  const restart = () => {
    resetCaught();
    actor.send({ type: 'RESTART' });
  };

  const startAfresh = () => {
    resetCaught();
    setEndFailed(false);
    setMachineFailed(false);
    const fresh = startPending();
    mirror(fresh.getSnapshot(), false);
    setActor(fresh);
  };
  if (caught || snapshot.status !== 'active') return <Unexpected t={t} data={data} onRestart={startAfresh} />;
  if (machineFailed && 'warm' in actor) {
    // The answer waits, kept: « Réessayer » fetches the code again and the answer goes on.
    const retry = () => {
      setMachineFailed(false);
      actor.warm();
    };
    return <Unexpected t={t} data={data} heading={heading} onRetry={retry} onRestart={startAfresh} />;
  }
  // The support screen comes with the later screens' code too (end.ts).
  const later = step === CHECK || step === RESULT || flow.steps.find((s) => s.id === step)?.kind === 'info';
  if (later && endFailed) {
    const retry = () => {
      focusEnd.current = true;
      loadEnd();
    };
    return <Unexpected t={t} data={data} heading={heading} onRetry={retry} onRestart={startAfresh} />;
  }

  const href = kiosk ? kiosk.href : (path: string) => localePath(locale, path);
  const screen: ScreenContext = { t, flow, rules, directory: directoryData, data, answers, forOther, href, lang: langOf(locale), easyRead: locale === 'falc', kiosk };
  if ((step === CHECK || step === RESULT) && !end) {
    return (
      <div class={step === RESULT ? 'result' : 'check-answers'} aria-busy="true">
        <h1 tabIndex={-1} ref={heading}>{t(step === RESULT ? 'ui.result.title' : 'ui.check.title')}</h1>
        <p role="status">{t('ui.loading')}</p>
      </div>
    );
  }
  if (step === CHECK && end) {
    const { CheckAnswers } = end;
    return (
      <CheckAnswers
        screen={screen}
        heading={heading}
        onBack={goBack}
        onEdit={(id) => actor.send({ type: 'EDIT', step: id })}
        onConfirm={() => actor.send({ type: 'CONFIRM' })}
      />
    );
  }
  if (step === RESULT && end) {
    const { Result } = end;
    return (
      <Result
        screen={screen}
        heading={heading}
        onEdit={() => actor.send({ type: 'EDIT', step: CHECK })}
        onRestart={restart}
      />
    );
  }
  const current = stepOf(flow, step);
  if (current.kind === 'info') {
    // The support screen comes with the last screens' code (fetched after the first answer, long before it).
    if (!end) {
      return (
        <div class="support" aria-busy="true">
          <h1 tabIndex={-1} ref={heading}>{title}</h1>
          <p role="status">{t('ui.loading')}</p>
        </div>
      );
    }
    const { SupportScreen } = end;
    return (
      <SupportScreen
        screen={screen}
        heading={heading}
        onBack={goBack}
        onContinue={() => actor.send({ type: 'ANSWER', value: 'vu' })}
      />
    );
  }
  return (
    <>
    {note?.[0] === step ? note[1] : null}
    {prefillFailed && step === flow.start ? <p class="notice" role="status">{t('ui.prefill.failed')}</p> : null}
    <QuestionScreen
      key={step}
      screen={screen}
      step={current}
      heading={heading}
      error={error === step}
      isFirst={!trail(flow, answers, step)?.some((s) => !snapshot.context.skip.includes(s))}
      onBack={goBack}
      onAnswer={(value, commune) => actor.send(commune === undefined ? { type: 'ANSWER', value } : { type: 'ANSWER', value, commune })}
    />
    </>
  );
}
