/**
 * The questionnaire island. The XState machine drives the flow; this component only renders the
 * current step, mirrors it into the tab's history (so the browser's back button and a reload work)
 * and moves the focus. Answers live in memory and in history.state: nothing else is stored.
 */
import { useEffect, useErrorBoundary, useMemo, useRef, useState } from 'preact/hooks';
import i18next from 'i18next';
import { createActor, type Actor } from 'xstate';
import type { Answers } from '../../domain/conditions.ts';
import { createDirectory } from '../../domain/directory.ts';
import { stepOf } from '../../domain/flow.ts';
import { CHECK, createQuestionnaireMachine, currentStep, RESULT, type QuestionnaireMachine, type QuestionnaireSnapshot } from '../../domain/machine.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { isForOther, questionTitle } from './format.ts';
import { QuestionScreen } from './QuestionScreen.tsx';
import { Result } from './Result.tsx';
import { SupportScreen } from './SupportScreen.tsx';
import type { IslandProps, ScreenContext } from './types.ts';
import { Unexpected } from './Unexpected.tsx';

const HISTORY_KEY = 'orientation';

interface HistoryEntry {
  readonly step: string;
  readonly answers: Answers;
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

function writeHistory(entry: HistoryEntry, push: boolean): void {
  const state = { [HISTORY_KEY]: entry };
  if (push) history.pushState(state, '');
  else history.replaceState(state, '');
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

export default function Questionnaire({ locale, texts, data, flow, rules, directory: directoryData }: IslandProps) {
  const t = useMemo(() => {
    const instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      resources: { [locale]: { translation: texts } },
      initAsync: false,
      keySeparator: '.',
      nsSeparator: false,
      interpolation: { escapeValue: false },
    });
    return instance.t.bind(instance);
  }, [locale, texts]);
  const machine = useMemo(
    () => createQuestionnaireMachine(flow, directoryData.departements.map((d) => d.code)),
    [flow, directoryData],
  );
  const directory = useMemo(() => createDirectory(directoryData), [directoryData]);
  const [actor, setActor] = useState(() => createActor(machine, { input: {} }).start());
  const snapshot = useSnapshot(actor);
  const [caught, resetCaught] = useErrorBoundary();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  const fromHistory = useRef(false);
  const resuming = useRef<Actor<QuestionnaireMachine> | null>(null);

  // After a reload, resume from this tab's history entry (the server render always shows the start).
  useEffect(() => {
    const saved = readHistory();
    if (saved) {
      const resumed = createActor(machine, { input: { answers: saved.answers, at: saved.step } }).start();
      fromHistory.current = true;
      resuming.current = resumed;
      setActor(resumed);
    }
    const onPop = () => {
      const entry = readHistory();
      if (!entry) {
        // An in-page link (skip link, error summary) adds an entry without state: stay here, and mark it.
        const current = actorRef.current.getSnapshot();
        writeHistory({ step: currentStep(current), answers: current.context.answers }, false);
        return;
      }
      fromHistory.current = true;
      actorRef.current.send({ type: 'SHOW', step: entry.step });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [machine, flow]);
  const actorRef = useRef(actor);
  actorRef.current = actor;

  const step = currentStep(snapshot);
  const { answers, error } = snapshot.context;

  // Mirror the step into history; move the focus to the new heading and say where we are.
  useEffect(() => {
    if (typeof window === 'undefined' || snapshot.status !== 'active') return;
    // After a reload, keep this tab's entry until the resumed actor is on screen (no start screen, no extra entry).
    if (resuming.current && resuming.current !== actor) return;
    resuming.current = null;
    const first = shown.current === null;
    const changed = shown.current !== step;
    writeHistory({ step, answers }, changed && !first && !fromHistory.current);
    fromHistory.current = false;
    shown.current = step;
    if (changed && !first) heading.current?.focus();
  }, [step, answers, snapshot.status]);

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

  if (caught || snapshot.status !== 'active') {
    return <Unexpected t={t} data={data} onRestart={() => {
      resetCaught();
      const fresh = createActor(machine, { input: {} }).start();
      writeHistory({ step: flow.start, answers: {} }, false);
      setActor(fresh);
    }} />;
  }

  const screen: ScreenContext = { t, flow, rules, directory, data, answers, forOther };
  if (step === CHECK) {
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
  if (step === RESULT) {
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
    <QuestionScreen
      key={step}
      screen={screen}
      step={current}
      heading={heading}
      error={error === step}
      isFirst={step === flow.start}
      onBack={() => actor.send({ type: 'BACK' })}
      onAnswer={(value) => actor.send({ type: 'ANSWER', value })}
    />
  );
}
