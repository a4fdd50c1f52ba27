/**
 * The questionnaire as an XState v5 machine, built from the flow (src/content/flow.json).
 * One state per step, then "fin" (Vérifiez vos réponses) and "resultat". No invoke and no delay,
 * so its paths can be generated (tests/every-path.test.ts). The orientation is never stored:
 * the result screen computes it from `context.answers`.
 */
import { assign, raise, setup, type SnapshotFrom } from 'xstate';
import type { Answer, Answers } from './conditions.ts';
import { holds } from './conditions.ts';
import { applicable, companionOf, END, isDone, isValidAnswer, route, sanitize, stepOf, trail, type Flow } from './flow.ts';
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
  | { readonly type: 'RESTART' }
  /** Internal (raised by BACK, SHOW and the start): go to `step`, leaving the editing of answers. */
  | { readonly type: 'GO'; readonly step: string };

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

/** Whether the answers lead to `step` (a flow step, "fin" or "resultat"). */
export function canShow(flow: Flow, answers: Answers, step: string): boolean {
  if (step === CHECK || step === RESULT) return route(flow, answers).pending === END;
  if (!flow.steps.some((s) => s.id === step)) return false;
  return trail(flow, answers, step) !== null;
}

type Step = { readonly step: string };
type Branch = { readonly step: string; readonly branch: number };

export function createQuestionnaireMachine(flow: Flow, departements: readonly string[]) {
  const target = (goto: string) => `#q.${goto === END ? CHECK : goto}`;
  const allTargets = [...flow.steps.map((s) => s.id), CHECK, RESULT];
  /** Whether branch `branch` of `step` is the one taken with these answers (the last one has no condition). */
  const takes = (answers: Answers, { step, branch }: Branch): boolean => {
    const when = stepOf(flow, step).next[branch]?.when;
    return !when || holds(when, answers, flow.definitions);
  };

  /**
   * The answers once `step` is answered: its companion (the département's `commune`) replaced by the event's,
   * or dropped; null when the event's does not go with the answer (a commune of another département).
   */
  const answered = (answers: Answers, step: string, event: QuestionnaireEvent): Answers | null => {
    if (event.type !== 'ANSWER' || event.value === null) return answers;
    const companion = companionOf(stepOf(flow, step));
    if (event.commune !== undefined && !companion?.fits(event.value, event.commune)) return null;
    const next: Record<string, Answer> = { ...answers, [step]: event.value };
    if (companion) delete next[companion.id];
    if (companion && event.commune !== undefined) next[companion.id] = event.commune;
    return next;
  };
  /**
   * The step shown before `from`: « Vérifiez vos réponses » while editing or from the result, else the previous
   * step on the route, passing over the steps the person never saw (`skip`); null on the first.
   */
  const previous = ({ answers, editing, skip }: QuestionnaireContext, from: string): string | null => {
    if (editing || from === RESULT) return CHECK;
    const passed = (trail(flow, answers, from === CHECK ? END : from) ?? []).filter((s) => !skip.includes(s));
    return passed[passed.length - 1] ?? null;
  };

  const machine = setup({
    types: {} as { context: QuestionnaireContext; events: QuestionnaireEvent; input: QuestionnaireInput },
    guards: {
      /** A valid answer to `step`, with a companion answer that fits it, that takes `branch`. */
      answerTakes: ({ context, event }, params: Branch) => {
        if (event.type !== 'ANSWER' || !isValidAnswer(stepOf(flow, params.step), event.value, departements)) return false;
        const next = answered(context.answers, params.step, event);
        return next !== null && takes(next, params);
      },
      /** While editing (or for a step answered by a link), an answered step that is not the one being changed is passed over. */
      passesOver: ({ context }, params: Branch) =>
        (context.editing || context.skip.includes(params.step)) &&
        context.editTarget !== params.step &&
        isDone(stepOf(flow, params.step), context.answers) &&
        takes(context.answers, params),
      /** The answers lead to the step the event names (the browser's back and forward buttons). */
      showable: ({ context, event }) => event.type === 'SHOW' && canShow(flow, context.answers, event.step),
      /** BACK has somewhere to go from `from` (not from the first step shown). */
      hasPrevious: ({ context }, params: { readonly from: string }) => previous(context, params.from) !== null,
      /** GO names `step`. */
      goesTo: ({ event }, params: Step) => event.type === 'GO' && event.step === params.step,
      /** EDIT names `step`, an answered question. */
      editable: ({ context, event }, params: Step) => event.type === 'EDIT' && event.step === params.step && isDone(stepOf(flow, params.step), context.answers),
    },
    actions: {
      answer: assign(({ context, event }, params: Step) => ({
        answers: answered(context.answers, params.step, event) ?? context.answers,
        editTarget: null,
        skip: context.skip.filter((s) => s !== params.step),
        error: null,
      })),
      flag: assign((_, params: Step) => ({ error: params.step })),
      leaveEditing: assign({ editing: false, editTarget: null, error: null }),
      edit: assign((_, params: Step) => ({ editing: true, editTarget: params.step })),
      back: raise(({ context }, params: { readonly from: string }) => ({ type: 'GO', step: previous(context, params.from) ?? params.from }) as const),
      /** Where the machine starts: the step to resume if the answers lead there, else the flow's start. */
      resume: raise(({ context }) => ({
        type: 'GO',
        step: context.resume !== null && canShow(flow, context.answers, context.resume) ? context.resume : flow.start,
      }) as const),
      show: raise(({ event }) => ({ type: 'GO', step: event.type === 'SHOW' ? event.step : flow.start }) as const),
    },
  }).createMachine({
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
      SHOW: { guard: 'showable', actions: 'show' },
      GO: allTargets.map((id) => ({ guard: { type: 'goesTo', params: { step: id } }, target: `#q.${id}`, actions: 'leaveEditing' })),
    },
    states: {
      [START]: { entry: ['resume', assign({ resume: null })] },
      ...Object.fromEntries(
        flow.steps.map((step) => [
          step.id,
          {
            always: step.next.map((branch, index) => ({
              guard: { type: 'passesOver', params: { step: step.id, branch: index } },
              target: target(branch.goto),
            })),
            on: {
              ANSWER: [
                ...step.next.map((branch, index) => ({
                  guard: { type: 'answerTakes', params: { step: step.id, branch: index } },
                  target: target(branch.goto),
                  actions: { type: 'answer', params: { step: step.id } },
                })),
                { actions: { type: 'flag', params: { step: step.id } } },
              ],
              BACK: { guard: { type: 'hasPrevious', params: { from: step.id } }, actions: { type: 'back', params: { from: step.id } } },
            },
          },
        ]),
      ),
      [CHECK]: {
        entry: assign(({ context }) => ({ answers: applicable(flow, context.answers), editing: false, editTarget: null, error: null })),
        on: {
          CONFIRM: { target: `#q.${RESULT}` },
          BACK: { guard: { type: 'hasPrevious', params: { from: CHECK } }, actions: { type: 'back', params: { from: CHECK } } },
          EDIT: flow.steps
            .filter((s) => s.kind !== 'info')
            .map((s) => ({ guard: { type: 'editable', params: { step: s.id } }, target: `#q.${s.id}`, actions: { type: 'edit', params: { step: s.id } } })),
        },
      },
      [RESULT]: {
        on: {
          BACK: { guard: { type: 'hasPrevious', params: { from: RESULT } }, actions: { type: 'back', params: { from: RESULT } } },
          EDIT: { target: `#q.${CHECK}` },
        },
      },
    },
  });
  return machine;
}

export type QuestionnaireMachine = ReturnType<typeof createQuestionnaireMachine>;
export type QuestionnaireSnapshot = SnapshotFrom<QuestionnaireMachine>;
