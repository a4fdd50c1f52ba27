/**
 * What the island reads of the questionnaire machine (src/domain/machine.ts) without its code: the names of
 * the last steps, the step a snapshot is on, and the machine's initial state. No xstate here, so the first
 * screen can be shown before the machine's code is fetched (src/components/island/actor.ts).
 */
import type { Answers } from './conditions.ts';
import { END, type Flow } from './flow.ts';

export const CHECK = END;
export const RESULT = 'resultat';

/** What the island reads of a snapshot (a subset of xstate's snapshot of the machine). */
export interface QuestionnaireView {
  readonly status: 'active' | 'done' | 'error' | 'stopped';
  readonly value: unknown;
  readonly context: {
    readonly answers: Answers;
    readonly editing: boolean;
    readonly editTarget: string | null;
    readonly error: string | null;
    readonly resume: string | null;
    readonly skip: readonly string[];
  };
}

/**
 * The machine's state once started with no input (the first question, nothing answered), known without
 * running it: the island shows it while the machine's code is on its way (tested equal to the machine's).
 */
export function initialView(flow: Flow): QuestionnaireView {
  return {
    status: 'active',
    value: flow.start,
    context: { answers: {}, editing: false, editTarget: null, error: null, resume: null, skip: [] },
  };
}

/** The step a snapshot is on ("fin", "resultat" or a flow step id). */
export function currentStep(snapshot: Pick<QuestionnaireView, 'value'>): string {
  return String(snapshot.value);
}
