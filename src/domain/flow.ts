/**
 * The questionnaire flow (src/content/flow.json) and how answers walk through it.
 * Pure functions, shared by the machine, the orientation rules, the personas command and the tests.
 */
import { holds, type Answers } from './conditions.ts';
import type { Flow, Step, StepKind } from './flow-schema.ts';
import { departementOfInsee, INSEE_CODE } from './insee.ts';

/** The step after the last question: "Vérifiez vos réponses". */
export const END = 'fin';
/** The value stored for an information step once the person has seen it. */
export const SEEN = 'vu';

export type { Branch, Flow, Step, StepKind } from './flow-schema.ts';

export function stepOf(flow: Flow, id: string): Step {
  const step = flow.steps.find((s) => s.id === id);
  if (!step) throw new Error(`Unknown step "${id}"`);
  return step;
}

export function isQuestion(step: Step): boolean {
  return step.kind !== 'info';
}

/** The step that follows `stepId` given the answers (END after the last question). */
export function nextOf(flow: Flow, stepId: string, answers: Answers): string {
  const step = stepOf(flow, stepId);
  for (const branch of step.next) {
    if (!branch.when || holds(branch.when, answers, flow.definitions)) return branch.goto;
  }
  throw new Error(`Step "${stepId}" has no branch for these answers`);
}

/** Whether `step` has an answer (an option, at least one option, or SEEN for an information step). */
export function isDone(step: Step, answers: Answers): boolean {
  const answer = answers[step.id];
  return answer !== undefined && answer.length > 0;
}

export interface Route {
  /** Steps already answered (or, for information steps, passed), in order. */
  readonly done: readonly string[];
  /** The first step still to answer, or END when the questionnaire is complete. */
  readonly pending: string;
}

/**
 * Walks the flow from the start with the answers. Information steps are passed over
 * (they ask nothing), so a persona file never needs to mention them.
 */
export function route(flow: Flow, answers: Answers): Route {
  const done: string[] = [];
  let current = flow.start;
  while (current !== END) {
    const step = stepOf(flow, current);
    if (isQuestion(step) && !isDone(step, answers)) return { done, pending: current };
    if (done.includes(current)) throw new Error(`The flow loops at "${current}"`);
    done.push(current);
    current = nextOf(flow, current, answers);
  }
  return { done, pending: END };
}

/** The steps passed before reaching `target`, or null when the answers do not lead there. */
export function trail(flow: Flow, answers: Answers, target: string): readonly string[] | null {
  const passed: string[] = [];
  let current = flow.start;
  for (;;) {
    if (current === target) return passed;
    if (current === END) return null;
    const step = stepOf(flow, current);
    if (isQuestion(step) && !isDone(step, answers)) return null;
    if (passed.includes(current)) return null;
    passed.push(current);
    current = nextOf(flow, current, answers);
  }
}

/**
 * An answer a kind of step brings beside its own, under its own id: the département step's commune (INSEE code),
 * chosen with the postal code or given by a link, that finds the département's BAL when it has several.
 */
export interface Companion {
  readonly id: string;
  /** Whether `value` is a well-formed companion (an INSEE code) that goes with `answer` (its own département). */
  fits(answer: unknown, value: unknown): value is string;
}

const COMPANIONS: { readonly [K in StepKind]?: Companion } = {
  departement: {
    id: 'commune',
    fits: (departement, commune): commune is string =>
      typeof commune === 'string' && INSEE_CODE.test(commune) && departementOfInsee(commune) === departement,
  },
};

/** The companion answer of a step's kind (the département step's `commune`), if it has one. */
export function companionOf(step: Step): Companion | undefined {
  return COMPANIONS[step.kind];
}

/**
 * The companion answer given with a step (`step`: its id; by default the first step that has one): the commune
 * chosen with the département. Only a well-formed one that goes with the step's answer.
 */
export function companionAnswer(flow: Flow, answers: Readonly<Record<string, unknown>>, step?: string): string | undefined {
  const owner = flow.steps.find((s) => (step === undefined || s.id === step) && companionOf(s) !== undefined);
  const companion = owner && companionOf(owner);
  const value = companion && answers[companion.id];
  return owner && companion?.fits(answers[owner.id], value) ? value : undefined;
}

/** Copies into `kept` each companion of `answers` that goes with the answer `kept` has for its step. */
function keepCompanions(flow: Flow, answers: Readonly<Record<string, unknown>>, kept: Record<string, Answers[string]>): void {
  for (const step of flow.steps) {
    const companion = companionOf(step);
    const value = companion && answers[companion.id];
    if (companion?.fits(kept[step.id], value)) kept[companion.id] = value;
  }
}

/** Only the answers that still apply: those of the steps on the route. */
export function applicable(flow: Flow, answers: Answers): Answers {
  const { done } = route(flow, answers);
  const kept: Record<string, Answers[string]> = {};
  for (const id of done) {
    const answer = answers[id];
    if (answer !== undefined) kept[id] = answer;
  }
  keepCompanions(flow, answers, kept);
  return kept;
}

/** The question steps on the route (for the check-answers list and the progress indication). */
export function answeredQuestions(flow: Flow, answers: Answers): readonly Step[] {
  return route(flow, answers)
    .done.map((id) => stepOf(flow, id))
    .filter(isQuestion);
}

/** Whether `value` is an acceptable answer to `step` (`departements` gives the codes for the departement step). */
export function isValidAnswer(step: Step, value: unknown, departements: readonly string[]): boolean {
  switch (step.kind) {
    case 'single':
      return typeof value === 'string' && (step.options ?? []).includes(value);
    case 'departement':
      return typeof value === 'string' && departements.includes(value);
    case 'info':
      return value === SEEN;
    case 'multiple': {
      if (!Array.isArray(value) || value.length === 0) return false;
      const values = value as unknown[];
      if (new Set(values).size !== values.length) return false;
      if (!values.every((v) => typeof v === 'string' && (step.options ?? []).includes(v))) return false;
      const exclusive = values.filter((v) => (step.exclusive ?? []).includes(v as string));
      return exclusive.length === 0 || values.length === 1;
    }
  }
}

/**
 * Only the well-formed answers of known steps, and their companions (`commune`) only beside the answer they go
 * with (a commune in that département): what comes from a history entry, a hand-off or a link is never trusted as it is.
 */
export function sanitize(flow: Flow, answers: unknown, departements: readonly string[]): Answers {
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return {};
  const kept: Record<string, Answers[string]> = {};
  for (const [id, value] of Object.entries(answers as Record<string, unknown>)) {
    const step = flow.steps.find((s) => s.id === id);
    if (step && isValidAnswer(step, value, departements)) kept[id] = value as Answers[string];
  }
  keepCompanions(flow, answers as Record<string, unknown>, kept);
  return kept;
}

/** A rough, honest progress figure: questions answered on the route, and at most how many remain. */
export function progress(flow: Flow, answers: Answers, current: string): { index: number; remainingAtMost: number } {
  const passed = trail(flow, answers, current) ?? [];
  const index = passed.map((id) => stepOf(flow, id)).filter(isQuestion).length + 1;
  // Longest route from `current` to END, counting questions only.
  const memo = new Map<string, number>();
  const longest = (id: string, seen: Set<string>): number => {
    if (id === END) return 0;
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const step = stepOf(flow, id);
    const own = isQuestion(step) ? 1 : 0;
    let best = 0;
    for (const branch of step.next) {
      if (seen.has(branch.goto)) continue;
      best = Math.max(best, longest(branch.goto, new Set([...seen, branch.goto])));
    }
    memo.set(id, own + best);
    return own + best;
  };
  const step = stepOf(flow, current);
  const remainingAtMost = longest(current, new Set([current])) - (isQuestion(step) ? 1 : 0);
  return { index, remainingAtMost };
}
