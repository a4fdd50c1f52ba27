/**
 * The screen of the current step: a question, the support screen, « Vérifiez vos réponses » or the result (the
 * last three come with the later screens' code, end.ts: a short « loading » screen stands in while it comes).
 */
import type { RefObject, VNode } from 'preact';
import { stepOf, trail } from '../../domain/flow.ts';
import { CHECK, RESULT, type QuestionnaireView } from '../../domain/machine-view.ts';
import type { QuestionnaireActor } from './actor.ts';
import type * as EndScreens from './end.ts';
import { QuestionScreen } from './QuestionScreen.tsx';
import type { ScreenContext } from './types.ts';

interface Props {
  readonly screen: ScreenContext;
  readonly step: string;
  readonly title: string;
  readonly snapshot: QuestionnaireView;
  readonly actor: QuestionnaireActor;
  readonly end: typeof EndScreens | null;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly onBack: () => void;
  readonly onRestart: () => void;
  /** Shown above the first question: a link's note, or that the link could not be read. */
  readonly notice: VNode | null;
}

function Loading({ kind, title, heading, loading }: { kind: string; title: string; heading: RefObject<HTMLHeadingElement>; loading: string }) {
  return (
    <div class={kind} aria-busy="true">
      <h1 tabIndex={-1} ref={heading}>{title}</h1>
      <p role="status">{loading}</p>
    </div>
  );
}

export function StepScreen({ screen, step, title, snapshot, actor, end, heading, onBack, onRestart, notice }: Props) {
  const { flow, t } = screen;
  if (step === CHECK || step === RESULT) {
    if (!end) return <Loading kind={step === RESULT ? 'result' : 'check-answers'} title={title} heading={heading} loading={t('ui.loading')} />;
    if (step === CHECK) {
      const { CheckAnswers } = end;
      return (
        <CheckAnswers
          screen={screen}
          heading={heading}
          onBack={onBack}
          onEdit={(id) => actor.send({ type: 'EDIT', step: id })}
          onConfirm={() => actor.send({ type: 'CONFIRM' })}
        />
      );
    }
    const { Result } = end;
    return <Result screen={screen} heading={heading} onEdit={() => actor.send({ type: 'EDIT', step: CHECK })} onRestart={onRestart} />;
  }
  const current = stepOf(flow, step);
  if (current.kind === 'info') {
    // The support screen comes with the last screens' code (fetched after the first answer, long before it).
    if (!end) return <Loading kind="support" title={title} heading={heading} loading={t('ui.loading')} />;
    const { SupportScreen } = end;
    return <SupportScreen screen={screen} heading={heading} onBack={onBack} onContinue={() => actor.send({ type: 'ANSWER', value: 'vu' })} />;
  }
  const { answers, error, skip } = snapshot.context;
  return (
    <>
      {notice}
      <QuestionScreen
        key={step}
        screen={screen}
        step={current}
        heading={heading}
        error={error === step}
        isFirst={!trail(flow, answers, step)?.some((s) => !skip.includes(s))}
        onBack={onBack}
        onAnswer={(value, commune) => actor.send(commune === undefined ? { type: 'ANSWER', value } : { type: 'ANSWER', value, commune })}
      />
    </>
  );
}
