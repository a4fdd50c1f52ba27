/**
 * The machine's input is outside input (a history entry, a language hand-off, a partner's link): resuming from
 * arbitrary `{ answers, at, skip }`, then any events, never throws and always gives a valid state: an active
 * machine on a step the answers lead to, holding only valid answers, and a commune only with its own
 * département. Properties over arbitrary inputs (fast-check, 10,000 runs each).
 */
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from './conditions.ts';
import { isValidAnswer, SEEN, stepOf } from './flow.ts';
import { departementOfInsee, INSEE_CODE } from './insee.ts';
import { canShow, CHECK, createQuestionnaireMachine, currentStep, RESULT, type QuestionnaireEvent, type QuestionnaireSnapshot } from './machine.ts';
import { departementCodes, flow } from './questionnaire.ts';

const RUNS = { numRuns: 10_000 };
/** 10,000 runs take some seconds (more on a busy machine). */
const TIMEOUT_MS = 180_000;

const machine = createQuestionnaireMachine(flow, departementCodes);
const stepIds = flow.steps.map((s) => s.id);
const targets = [...stepIds, CHECK, RESULT];
const departementStep = flow.steps.find((s) => s.kind === 'departement')?.id ?? 'departement';

/** A value for a step: a valid one, one of another step, or anything. */
const answerOf = (id: string) => {
  const step = stepOf(flow, id);
  const options = step.kind === 'departement' ? [...departementCodes] : step.kind === 'info' ? [SEEN] : [...(step.options ?? [])];
  const valid = step.kind === 'multiple' ? fc.subarray(options, { minLength: 1 }) : fc.constantFrom(...options);
  return fc.oneof(valid, valid, fc.constantFrom('', 'vu', '13', '2A', 'aucune', ['aucune', 'handicap']), fc.anything({ maxDepth: 2, maxKeys: 4 }));
};
/** INSEE codes of every shape: of a département given, of another one, malformed. */
const commune = fc.oneof(
  fc.tuple(fc.constantFrom(...departementCodes), fc.integer({ min: 0, max: 999 })).map(([d, n]) => `${d}${String(n).padStart(d.length === 3 ? 2 : 3, '0')}`),
  fc.constantFrom('13201', '13055', '2A004', '2B033', '97611', '04112', '75056', '20000', '1320', '132010', 'Marseille'),
  fc.anything({ maxDepth: 1 }),
);
const answers = fc.oneof(
  fc.record(
    { ...Object.fromEntries(stepIds.map((id) => [id, answerOf(id)])), commune },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.oneof(fc.constantFrom(...stepIds, 'commune', '__proto__', 'constructor'), fc.string()), fc.anything({ maxDepth: 2, maxKeys: 4 })),
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
);
const stepName = fc.oneof(fc.constantFrom(...targets, 'debut', '', '__proto__'), fc.string());
const input = fc.oneof(
  fc.record(
    { answers, at: fc.oneof(stepName, fc.anything({ maxDepth: 1 })), skip: fc.oneof(fc.array(stepName, { maxLength: 4 }), fc.anything({ maxDepth: 1 })) },
    { requiredKeys: [] },
  ),
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
);
const event: fc.Arbitrary<QuestionnaireEvent> = fc.oneof(
  fc.record({ type: fc.constant('ANSWER' as const), value: fc.oneof(...stepIds.map(answerOf)) as fc.Arbitrary<never> }),
  fc.record({ type: fc.constant('ANSWER' as const), value: fc.constantFrom(...departementCodes), commune: commune as fc.Arbitrary<never> }),
  fc.constantFrom({ type: 'BACK' as const }, { type: 'CONFIRM' as const }, { type: 'RESTART' as const }),
  fc.record({ type: fc.constantFrom('SHOW' as const, 'EDIT' as const), step: stepName }),
);

/** The invariants of any state of the machine. */
function expectValid(snapshot: QuestionnaireSnapshot): void {
  expect(snapshot.status).toBe('active');
  const step = currentStep(snapshot);
  expect(targets).toContain(step);
  const kept: Answers = snapshot.context.answers;
  for (const [id, value] of Object.entries(kept)) {
    if (id === 'commune') {
      expect(typeof value === 'string' && INSEE_CODE.test(value), `commune ${String(value)}`).toBe(true);
      expect(departementOfInsee(value as string), 'the commune is in the département').toBe(kept[departementStep]);
    } else {
      expect(isValidAnswer(stepOf(flow, id), value, departementCodes), `${id}: ${JSON.stringify(value)}`).toBe(true);
    }
  }
  expect(canShow(flow, kept, step), `the answers lead to ${step}`).toBe(true);
}

describe('the machine’s input: examples', () => {
  it('drops a commune of another département (a crafted history entry: Marseille with the Alpes-de-Haute-Provence)', () => {
    const answered = { qui: 'moi', departement: '04', commune: '13201' };
    const actor = createActor(machine, { input: { answers: answered, at: 'qui' } }).start();
    expect(actor.getSnapshot().context.answers).toEqual({ qui: 'moi', departement: '04' });
  });

  it('starts at the first question on nonsense', () => {
    for (const value of [undefined, null, 3, 'x', [], { answers: 'qui=moi', at: 7, skip: 'departement' }]) {
      const actor = createActor(machine, { input: value as never }).start();
      expect(currentStep(actor.getSnapshot())).toBe(flow.start);
      expect(actor.getSnapshot().context.answers).toEqual({});
    }
  });
});

describe('the machine’s input: properties', () => {
  prop.prop([input], RUNS)(
    'resuming from anything never throws and gives a valid state',
    (value) => {
      expectValid(createActor(machine, { input: value as never }).start().getSnapshot());
    },
    TIMEOUT_MS,
  );

  prop.prop([input, fc.array(event, { maxLength: 8 })], RUNS)(
    'then any events keep it valid',
    (value, events) => {
      const actor = createActor(machine, { input: value as never }).start();
      for (const e of events) {
        actor.send(e);
        expectValid(actor.getSnapshot());
      }
    },
    TIMEOUT_MS,
  );

  prop.prop([fc.constantFrom(...targets), answers], RUNS)(
    'resumes where asked whenever the valid answers lead there',
    (at, answered) => {
      const snapshot = createActor(machine, { input: { answers: answered, at } }).start().getSnapshot();
      const kept = snapshot.context.answers;
      if (at !== CHECK && canShow(flow, kept, at)) expect(currentStep(snapshot)).toBe(at);
    },
    TIMEOUT_MS,
  );
});
