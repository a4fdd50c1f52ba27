/**
 * The questionnaire island. The XState machine drives the flow; this component only renders the
 * current step, mirrors it into the tab's history (so the browser's back button and a reload work)
 * and moves the focus. Answers live in memory and in history.state. The one exception: switching
 * language hands `{ step, answers }` to the next document through sessionStorage (HANDOFF_KEY), read
 * once and deleted at once. « Quitter rapidement » (src/scripts/quick-exit.ts) stops all writing.
 */
import { useEffect, useErrorBoundary, useMemo, useRef, useState } from 'preact/hooks';
import i18next from 'i18next';
import { createActor, type Actor } from 'xstate';
import type { Answers } from '../../domain/conditions.ts';
import { stepOf } from '../../domain/flow.ts';
import { HANDOFF_KEY, langOf, localePath } from '../../i18n/routes.ts';
import { HISTORY_KEY, QUICK_EXIT_EVENT } from '../../scripts/quick-exit.ts';
import { CHECK, createQuestionnaireMachine, currentStep, RESULT, type QuestionnaireMachine, type QuestionnaireSnapshot } from '../../domain/machine.ts';
import { isForOther, questionTitle } from './format.ts';
import { QuestionScreen } from './QuestionScreen.tsx';
import type * as EndScreens from './end.ts';
import type { IslandProps, ScreenContext } from './types.ts';
import { Unexpected } from './Unexpected.tsx';
import type { Prefill } from './prefill.ts';

/** A hand-off older than this is ignored (the click that wrote it did not lead here). */
const HANDOFF_MAX_AGE_MS = 60_000;

/** The texts of the result (axes, dispositifs, redirections…), one chunk per locale, fetched with the last screens. */
const resultTexts = import.meta.glob<Record<string, unknown>>('../../i18n/locales/*/content.json', { import: 'default' });

interface HistoryEntry {
  readonly step: string;
  readonly answers: Answers;
}

/** How many questionnaire entries this document pushed before the current one (for « Quitter rapidement »). */
function currentDepth(): number {
  const state: unknown = typeof history === 'undefined' ? null : history.state;
  const entry = state && typeof state === 'object' ? (state as Record<string, unknown>)[HISTORY_KEY] : null;
  const depth = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['depth'] : null;
  return typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 ? depth : 0;
}

function readHistory(): HistoryEntry | null {
  const state: unknown = typeof history === 'undefined' ? null : history.state;
  if (!state || typeof state !== 'object') return null;
  const entry = (state as Record<string, unknown>)[HISTORY_KEY];
  if (!entry || typeof entry !== 'object') return null;
  const { step, answers } = entry as Record<string, unknown>;
  if (typeof step !== 'string' || !answers || typeof answers !== 'object') return null;
  return { step, answers: answers as Answers };
}

let exiting = false;

/** Writes the snapshot's step and answers into this tab's history: a new entry (`push`) or the current one. */
function mirror(snapshot: QuestionnaireSnapshot, push: boolean): void {
  if (exiting) return;
  const depth = currentDepth() + (push ? 1 : 0);
  const entry: HistoryEntry = { step: currentStep(snapshot), answers: snapshot.context.answers };
  const state = { [HISTORY_KEY]: { ...entry, depth } };
  if (push) history.pushState(state, '');
  else history.replaceState(state, '');
}

/** The hand-off of the questionnaire in another language, if any: read once and deleted at once. */
function takeHandoff(): HistoryEntry | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(HANDOFF_KEY);
    sessionStorage.removeItem(HANDOFF_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return null;
    const { step, answers, at } = value as Record<string, unknown>;
    if (typeof step !== 'string' || !answers || typeof answers !== 'object') return null;
    if (typeof at !== 'number' || Math.abs(Date.now() - at) > HANDOFF_MAX_AGE_MS) return null;
    // Untrusted like a history entry: the machine's input sanitizes the answers and checks the step.
    return { step, answers: answers as Answers };
  } catch {
    return null;
  }
}

function writeHandoff(entry: HistoryEntry): void {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify({ ...entry, at: Date.now() }));
  } catch {
    // Storage unavailable: the other language starts at the first question.
  }
}

function useSnapshot(actor: Actor<QuestionnaireMachine>): QuestionnaireSnapshot {
  const [snapshot, setSnapshot] = useState(actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const subscription = actor.subscribe(setSnapshot);
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}

export default function Questionnaire({ locale, texts, data, flow, rules, directory: directoryData, kiosk }: IslandProps) {
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
  const machine = useMemo(
    () => createQuestionnaireMachine(flow, directoryData.departements.map((d) => d.code)),
    [flow, directoryData],
  );
  const [actor, setActor] = useState(() => createActor(machine, { input: {} }).start());
  const snapshot = useSnapshot(actor);
  const [caught, resetCaught] = useErrorBoundary();
  // A partner's link gave a département we could not use (#departement=…): say so, kindly.
  const [prefillIgnored, setPrefillIgnored] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  // True while the machine follows the browser's back/forward button (its entry exists already).
  const popping = useRef(false);
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
      mirror(next, step !== last && !popping.current);
      last = step;
    });
    return () => subscription.unsubscribe();
  }, [actor]);

  // After a reload, resume from this tab's history entry (the server render always shows the start);
  // after a change of language, from the hand-off of the previous page.
  useEffect(() => {
    const handoff = takeHandoff();
    const saved = readHistory() ?? handoff;
    // A département given in the URL fragment by a partner's link: the step is passed over (unless changed since).
    // Its validation (zod/mini) is loaded only for such a link.
    const begin = (prefill: Prefill | null) => {
      setPrefillIgnored(prefill?.ignored ?? false);
      const given = prefill?.answers ?? {};
      const skip = (prefill?.skip ?? []).filter((id) => saved?.answers[id] === undefined || saved.answers[id] === given[id]);
      if (!saved && skip.length === 0) {
        // A fresh start: mark this entry, so that coming back to it shows this screen.
        if (!readHistory()) mirror(actorRef.current.getSnapshot(), false);
        return;
      }
      const answers = { ...given, ...saved?.answers };
      const resumed = createActor(machine, { input: saved ? { answers, at: saved.step, skip } : { answers, skip } }).start();
      mirror(resumed.getSnapshot(), false);
      resumedStep.current = currentStep(resumed.getSnapshot());
      setActor(resumed);
    };
    if (/^#(?:.*&)?departement=/.test(location.hash)) {
      import('./prefill.ts').then(
        ({ readPrefill }) => begin(readPrefill(location.hash, directoryData.departements.map((d) => d.code))),
        () => begin(null),
      );
    } else begin(null);
    const onPop = () => {
      const entry = readHistory();
      if (!entry) {
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
      writeHandoff({ step: currentStep(current), answers: answered });
    };
    const onExit = () => {
      exiting = true;
    };
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    window.addEventListener(QUICK_EXIT_EVENT, onExit);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
      window.removeEventListener(QUICK_EXIT_EVENT, onExit);
    };
  }, [machine, flow]);
  const actorRef = useRef(actor);
  actorRef.current = actor;

  const step = currentStep(snapshot);
  const { answers, error } = snapshot.context;

  // "Vérifiez vos réponses" and the result are fetched after the first answer (or at once when resuming
  // there): the first question does not wait for them.
  const [end, setEnd] = useState<typeof EndScreens | null>(null);
  const [endFailed, setEndFailed] = useState(false);
  useEffect(() => {
    if (step === flow.start || end) return;
    const loadTexts = resultTexts[`../../i18n/locales/${locale}/content.json`];
    Promise.all([import('./end.ts'), loadTexts ? loadTexts() : Promise.reject(new Error(`No texts for ${locale}`))]).then(
      ([module, content]) => {
        i18n.addResourceBundle(langOf(locale), 'translation', content, true, false);
        setEnd(module);
      },
      () => setEndFailed(true),
    );
  }, [step, end, flow.start, locale, i18n]);

  // Move the focus to the new heading (not on the first screen, nor on the step a reload resumed).
  useEffect(() => {
    if (snapshot.status !== 'active') return;
    const previous = shown.current;
    shown.current = step;
    if (previous === null || previous === step) return;
    const resumed = step === resumedStep.current;
    resumedStep.current = null;
    if (!resumed) heading.current?.focus();
  }, [step, snapshot.status]);

  const forOther = isForOther(answers);
  const title =
    step === CHECK ? t('ui.check.title') : step === RESULT ? t('ui.result.title') : questionTitle(t, step, forOther);
  useEffect(() => {
    if (typeof document === 'undefined') return;
    const prefix = error ? `${t('ui.error.titlePrefix')} ` : '';
    document.title = `${prefix}${title} – ${t('ui.serviceName')}`;
  }, [title, error, t]);

  const restart = () => {
    resetCaught();
    actor.send({ type: 'RESTART' });
  };

  const later = step === CHECK || step === RESULT || flow.steps.find((s) => s.id === step)?.kind === 'info';
  if (caught || snapshot.status !== 'active' || (later && endFailed)) {
    return <Unexpected t={t} data={data} onRestart={() => {
      resetCaught();
      const fresh = createActor(machine, { input: {} }).start();
      mirror(fresh.getSnapshot(), false);
      setActor(fresh);
    }} />;
  }

  const href = kiosk ? kiosk.href : (path: string) => localePath(locale, path);
  const screen: ScreenContext = { t, flow, rules, directory: directoryData, data, answers, forOther, href, lang: langOf(locale), kiosk };
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
        onBack={() => actor.send({ type: 'BACK' })}
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
        onBack={() => actor.send({ type: 'BACK' })}
        onContinue={() => actor.send({ type: 'ANSWER', value: 'vu' })}
      />
    );
  }
  return (
    <>
    {prefillIgnored && step === flow.start ? <p class="notice" role="status">{t('ui.prefill.ignored')}</p> : null}
    <QuestionScreen
      key={step}
      screen={screen}
      step={current}
      heading={heading}
      error={error === step}
      isFirst={step === flow.start}
      onBack={() => actor.send({ type: 'BACK' })}
      onAnswer={(value, commune) => actor.send(commune === undefined ? { type: 'ANSWER', value } : { type: 'ANSWER', value, commune })}
    />
    </>
  );
}
