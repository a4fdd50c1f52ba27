/**
 * The questionnaire as an XState v5 machine, built from the flow (src/content/flow.json).
 * One state per step, then "fin" (Vérifiez vos réponses) and "resultat". No invoke and no delay,
 * so its paths can be generated (tests/every-path.test.ts). The orientation is never stored:
 * the result screen computes it from `context.answers`.
 */
import { assign as xassign, createMachine, type ProvidedActor, type SnapshotFrom } from 'xstate';
import type { Answer, Answers } from './conditions.ts';
import { holds } from './conditions.ts';
import { applicable, END, isValidAnswer, route, sanitize, stepOf, trail, type Flow } from './flow.ts';
import { departementOfInsee, INSEE_CODE } from './insee.ts';

import { CHECK, RESULT } from './machine-view.ts';

export { CHECK, currentStep, initialView, RESULT, type QuestionnaireView } from './machine-view.ts';

const START = 'debut';

export interface QuestionnaireContext {
  readonly answers: Answers;
  /** Changing answers from "Vérifiez vos réponses": answered steps are passed over on the way back. */
  readonly editing: boolean;
  /** The step being changed (shown even though it is answered). */
  readonly editTarget: string | null;
  /** The person pressed "Continuer" without a valid answer on this step. */
  readonly error: string | null;
  /** Where to resume (history state after a reload); used once, at start. */
  readonly resume: string | null;
  /**
   * Steps answered before the person saw them (a partner's link: `#departement=13`): passed over on the way
   * and shown on « Vérifiez vos réponses », where they can be changed. A step leaves the list once answered.
   */
  readonly skip: readonly string[];
}

export type QuestionnaireEvent =
  /** `commune` (INSEE code), only on the département step: the commune the person chose, in that département. */
  | { readonly type: 'ANSWER'; readonly value: Answer | null; readonly commune?: string }
  | { readonly type: 'BACK' }
  | { readonly type: 'EDIT'; readonly step: string }
  | { readonly type: 'CONFIRM' }
  /** The browser's back/forward buttons: go to a step the answers lead to. */
  | { readonly type: 'SHOW'; readonly step: string }
  | { readonly type: 'RESTART' };

/**
 * Where to start. Outside input (a history entry, a language hand-off, a partner's link), never trusted: only
 * valid answers are kept (`sanitize`), the machine resumes at `at` only if the answers lead there, and `skip`
 * keeps only step ids. Anything else is ignored.
 */
export interface QuestionnaireInput {
  readonly answers?: unknown;
  readonly at?: unknown;
  /** Answered steps to pass over (see `QuestionnaireContext.skip`). */
  readonly skip?: unknown;
}

function isDone(answers: Answers, step: string): boolean {
  const answer = answers[step];
  return answer !== undefined && answer.length > 0;
}

/** Whether the answers lead to `step` (a flow step, "fin" or "resultat"). */
export function canShow(flow: Flow, answers: Answers, step: string): boolean {
  if (step === CHECK || step === RESULT) return route(flow, answers).pending === END;
  if (!flow.steps.some((s) => s.id === step)) return false;
  return trail(flow, answers, step) !== null;
}

export function createQuestionnaireMachine(flow: Flow, departements: readonly string[]) {
  const target = (goto: string) => (goto === END ? CHECK : goto);
  const allTargets = [...flow.steps.map((s) => s.id), CHECK, RESULT];
  const predecessors = (id: string): string[] => {
    if (id === RESULT) return [CHECK];
    const goal = id === CHECK ? END : id;
    return flow.steps.filter((s) => s.next.some((b) => b.goto === goal)).map((s) => s.id);
  };


  // xstate's assign, typed for this machine's context and events (what setup() would have done).
  const assign = (assignment: Parameters<typeof xassign<QuestionnaireContext, QuestionnaireEvent, undefined, QuestionnaireEvent, ProvidedActor>>[0]) =>
    xassign<QuestionnaireContext, QuestionnaireEvent, undefined, QuestionnaireEvent, ProvidedActor>(assignment);

  const withAnswer = (context: QuestionnaireContext, step: string, value: Answer | null): Answers =>
    value === null ? context.answers : { ...context.answers, [step]: value };

  const show = allTargets.map((id) => ({
    guard: ({ context, event }: { context: QuestionnaireContext; event: QuestionnaireEvent }) =>
      event.type === 'SHOW' && event.step === id && canShow(flow, context.answers, id),
    target: `#q.${id}`,
    actions: assign({ editing: false, editTarget: null, error: null }),
  }));

  // The step before `id` on the person's route, passing over the steps they never saw (`skip`).
  const previousShown = (context: QuestionnaireContext, id: string): string | null => {
    const passed = (trail(flow, context.answers, id) ?? []).filter((s) => !context.skip.includes(s));
    return passed[passed.length - 1] ?? null;
  };
  // The commune goes with the département it is in, and nothing else.
  const communeFits = (event: QuestionnaireEvent): boolean =>
    event.type !== 'ANSWER' ||
    event.commune === undefined ||
    (INSEE_CODE.test(event.commune) && departementOfInsee(event.commune) === event.value);
  const answered = (context: QuestionnaireContext, step: string, event: QuestionnaireEvent): Answers => {
    const answers = withAnswer(context, step, event.type === 'ANSWER' ? event.value : null);
    if (stepOf(flow, step).kind !== 'departement' || event.type !== 'ANSWER') return answers;
    const { commune: _dropped, ...rest } = answers;
    return event.commune === undefined ? rest : { ...rest, commune: event.commune };
  };

  const back = (id: string) => [
    {
      guard: ({ context }: { context: QuestionnaireContext }) => context.editing,
      target: `#q.${CHECK}`,
    },
    ...(id === RESULT ? predecessors(id) : flow.steps.map((s) => s.id)).map((p) => ({
      guard: ({ context }: { context: QuestionnaireContext }) =>
        id === RESULT || previousShown(context, id === CHECK ? END : id) === p,
      target: `#q.${p}`,
      actions: assign({ error: null }),
    })),
  ];

  const stepStates = Object.fromEntries(
    flow.steps.map((step) => {
      const valid = (value: unknown) => isValidAnswer(step, value, departements);
      const answerTransitions = step.next.map((branch) => ({
        guard: ({ context, event }: { context: QuestionnaireContext; event: QuestionnaireEvent }) =>
          event.type === 'ANSWER' &&
          valid(event.value) &&
          communeFits(event) &&
          (!branch.when || holds(branch.when, withAnswer(context, step.id, event.value), flow.definitions)),
        target: `#q.${target(branch.goto)}`,
        actions: assign(({ context, event }: { context: QuestionnaireContext; event: QuestionnaireEvent }) => ({
          answers: answered(context, step.id, event),
          editTarget: null,
          skip: context.skip.filter((s) => s !== step.id),
          error: null,
        })),
      }));
      // While editing, an answered step that is not the one being changed is passed over.
      const passOver = step.next.map((branch) => ({
        guard: ({ context }: { context: QuestionnaireContext }) =>
          (context.editing || context.skip.includes(step.id)) &&
          context.editTarget !== step.id &&
          isDone(context.answers, step.id) &&
          (!branch.when || holds(branch.when, context.answers, flow.definitions)),
        target: `#q.${target(branch.goto)}`,
      }));
      return [
        step.id,
        {
          always: passOver,
          on: {
            ANSWER: [...answerTransitions, { actions: assign({ error: step.id }) }],
            BACK: back(step.id),
          },
        },
      ];
    }),
  );

  // createMachine and assign rather than setup(): setup() brings every action creator into the bundle.
  return createMachine({
    types: {} as { context: QuestionnaireContext; events: QuestionnaireEvent; input: QuestionnaireInput },
    id: 'q',
    context: ({ input }) => ({
      answers: sanitize(flow, input?.answers, departements),
      editing: false,
      editTarget: null,
      error: null,
      resume: typeof input?.at === 'string' ? input.at : null,
      skip: Array.isArray(input?.skip) ? flow.steps.map((s) => s.id).filter((id) => (input.skip as unknown[]).includes(id)) : [],
    }),
    initial: START,
    on: {
      RESTART: {
        target: `#q.${flow.start}`,
        actions: assign({ answers: {}, editing: false, editTarget: null, error: null, resume: null, skip: [] }),
      },
      SHOW: show,
    },
    states: {
      [START]: {
        always: [
          ...allTargets.map((id) => ({
            guard: ({ context }: { context: QuestionnaireContext }) =>
              context.resume === id && canShow(flow, context.answers, id),
            target: `#q.${id}`,
            actions: assign({ resume: null }),
          })),
          { target: `#q.${flow.start}`, actions: assign({ resume: null }) },
        ],
      },
      ...stepStates,
      [CHECK]: {
        entry: assign(({ context }) => ({
          answers: applicable(flow, context.answers),
          editing: false,
          editTarget: null,
          error: null,
        })),
        on: {
          CONFIRM: { target: `#q.${RESULT}` },
          BACK: back(CHECK),
          EDIT: flow.steps
            .filter((s) => s.kind !== 'info')
            .map((s) => ({
              guard: ({ context, event }: { context: QuestionnaireContext; event: QuestionnaireEvent }) =>
                event.type === 'EDIT' && event.step === s.id && isDone(context.answers, s.id),
              target: `#q.${s.id}`,
              actions: assign({ editing: true, editTarget: s.id }),
            })),
        },
      },
      [RESULT]: {
        on: {
          BACK: { target: `#q.${CHECK}` },
          EDIT: { target: `#q.${CHECK}` },
        },
      },
    },
  });
}

export type QuestionnaireMachine = ReturnType<typeof createQuestionnaireMachine>;
export type QuestionnaireSnapshot = SnapshotFrom<QuestionnaireMachine>;


