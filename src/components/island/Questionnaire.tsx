/**
 * The questionnaire island. The XState machine drives the flow; this component composes the hooks that start
 * it (use-resume.ts), mirror it into the tab's history (use-history-mirror.ts), fetch the later screens
 * (use-end-screens.ts) and move the focus (use-step-focus.ts), and renders the current step (Screens.tsx).
 * Answers live in memory and in history.state. The one exception: switching language hands `{ step, answers }`
 * to the next document through sessionStorage (HANDOFF_KEY), read once and deleted at once. « Quitter
 * rapidement » (src/scripts/quick-exit.ts) stops all writing.
 */
import { useEffect, useErrorBoundary, useMemo, useRef, useState } from 'preact/hooks';
import type { VNode } from 'preact';
import { CHECK, currentStep, initialView, RESULT, type QuestionnaireView } from '../../domain/machine-view.ts';
import { i18nFor, rememberingT } from '../../i18n/factory.ts';
import { langOf, localePath } from '../../i18n/routes.ts';
import { loadMachine, pendingActor, type PendingActor, type QuestionnaireActor } from './actor.ts';
import { isForOther, questionTitle } from './format.ts';
import { mirror } from './history-mirror.ts';
import { StepScreen } from './Screens.tsx';
import type { IslandProps, ScreenContext } from './types.ts';
import { Unexpected } from './Unexpected.tsx';
import { useEndScreens } from './use-end-screens.ts';
import { useHistoryMirror } from './use-history-mirror.ts';
import { useResume } from './use-resume.ts';
import { useDocumentTitle, useStepFocus } from './use-step-focus.ts';

function useSnapshot(actor: QuestionnaireActor): QuestionnaireView {
  const [snapshot, setSnapshot] = useState(actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const subscription = actor.subscribe(setSnapshot);
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}

export default function Questionnaire({ locale, texts, data, flow, rules, directory, handoff, kiosk }: IslandProps) {
  const i18n = useMemo(() => i18nFor(langOf(locale), texts), [locale, texts]);
  const t = useMemo(() => rememberingT(i18n), [i18n]);
  const departements = useMemo(() => directory.departements.map((d) => d.code), [directory]);
  // The machine's code (xstate) comes after the first screen: see actor.ts.
  const loadStarter = useMemo(() => () => loadMachine(flow, departements), [flow, departements]);
  // The machine's code could not be had while an answer waited for it (offline right after the page loaded).
  const [machineFailed, setMachineFailed] = useState(false);
  const startPending = () => pendingActor(loadStarter, initialView(flow), () => setMachineFailed(true));
  const [actor, setActor] = useState<QuestionnaireActor | PendingActor>(startPending);
  const actorRef = useRef<QuestionnaireActor>(actor);
  actorRef.current = actor;
  const snapshot = useSnapshot(actor);
  const [caught, resetCaught] = useErrorBoundary();
  // A link could not be read in full (link.tsx): its one note, and the screen it shows on.
  const [note, setNote] = useState<[string, VNode] | null>(null);
  // The link's reader could not be fetched (a dropped connection): say so; the questions are asked in their turn.
  const [prefillFailed, setPrefillFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const { back } = useHistoryMirror(actor, actorRef);
  const step = currentStep(snapshot);
  const ends = useEndScreens(locale, i18n, step, flow.start);
  const focus = useStepFocus({
    heading,
    step,
    active: snapshot.status === 'active',
    awaitsEnd: step === CHECK || step === RESULT,
    endReady: ends.end !== null,
    endFailed: ends.failed,
    machineFailed,
  });
  useResume({
    flow,
    departements,
    handoff: handoff ?? null,
    t,
    loadStarter,
    actorRef,
    onResumed: (resumed, first) => {
      focus.resumed.current = first;
      setActor(resumed);
    },
    onNote: (at, text) => setNote([at, text]),
    onPrefillFailed: () => setPrefillFailed(true),
  });

  const { answers, error } = snapshot.context;
  const forOther = isForOther(answers);
  const title = step === CHECK ? t('ui.check.title') : step === RESULT ? t('ui.result.title') : questionTitle(t, step, forOther);
  useDocumentTitle(t, title, error !== null);

  const startAfresh = () => {
    resetCaught();
    ends.clearFailure();
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
  if (later && ends.failed) {
    const retry = () => {
      focus.toEnd.current = true;
      ends.load();
    };
    return <Unexpected t={t} data={data} heading={heading} onRetry={retry} onRestart={startAfresh} />;
  }

  const href = kiosk ? kiosk.href : (path: string) => localePath(locale, path);
  const screen: ScreenContext = { t, flow, rules, directory, data, answers, forOther, href, lang: langOf(locale), easyRead: locale === 'falc', kiosk };
  const notice = (
    <>
      {note?.[0] === step ? note[1] : null}
      {prefillFailed && step === flow.start ? <p class="notice" role="status">{t('ui.prefill.failed')}</p> : null}
    </>
  );
  const restart = () => {
    resetCaught();
    actor.send({ type: 'RESTART' });
  };
  return <StepScreen screen={screen} step={step} title={title} snapshot={snapshot} actor={actor} end={ends.end} heading={heading} onBack={back} onRestart={restart} notice={notice} />;
}
