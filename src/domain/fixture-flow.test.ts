/** Generic flow behaviour, step kind by step kind, on a small fixture flow (src/domain/fixtures/flow.ts). */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { FlowSchema } from './flow-schema.ts';
import { applicable, END, isValidAnswer, progress, route, sanitize, SEEN, stepOf, trail } from './flow.ts';
import { fixtureDepartements as departements, fixtureFlow as flow } from './fixtures/flow.ts';
import { createQuestionnaireMachine, currentStep } from './machine.ts';

const low = { qui: 'moi', besoin: ['moral'] } as const;

describe('the fixture flow', () => {
  it('is a valid flow with one step of each kind', () => {
    expect(() => FlowSchema.parse(flow)).not.toThrow();
    expect(flow.steps.map((s) => s.kind).sort()).toEqual(['departement', 'info', 'multiple', 'single']);
  });
});

describe('isValidAnswer, by kind of step', () => {
  const valid = (id: string, value: unknown) => isValidAnswer(stepOf(flow, id), value, departements);
  it('single: one of its options', () => {
    expect(valid('qui', 'moi')).toBe(true);
    expect(valid('qui', 'autre')).toBe(false);
    expect(valid('qui', ['moi'])).toBe(false);
  });
  it('multiple: at least one option, no repeat, an exclusive option alone', () => {
    expect(valid('besoin', ['argent', 'moral'])).toBe(true);
    expect(valid('besoin', ['aucun'])).toBe(true);
    expect(valid('besoin', ['aucun', 'argent'])).toBe(false);
    expect(valid('besoin', ['argent', 'argent'])).toBe(false);
    expect(valid('besoin', [])).toBe(false);
    expect(valid('besoin', 'argent')).toBe(false);
  });
  it('info: only « seen »', () => {
    expect(valid('soutien', SEEN)).toBe(true);
    expect(valid('soutien', 'oui')).toBe(false);
  });
  it('departement: a code of the list given', () => {
    expect(valid('departement', '2A')).toBe(true);
    expect(valid('departement', '75')).toBe(false);
  });
});

describe('walking the fixture flow', () => {
  it('passes over an information step, which asks nothing, and stops at the first question unanswered', () => {
    expect(route(flow, low)).toEqual({ done: ['qui', 'besoin', 'soutien'], pending: 'departement' });
    expect(route(flow, { ...low, departement: '04' })).toEqual({ done: ['qui', 'besoin', 'soutien', 'departement'], pending: END });
  });
  it('follows a branch only when its condition holds (a named condition and an answer)', () => {
    expect(trail(flow, low, 'soutien')).toEqual(['qui', 'besoin']);
    expect(trail(flow, { ...low, qui: 'proche' }, 'soutien')).toBeNull();
    expect(trail(flow, { qui: 'moi', besoin: ['argent'] }, 'departement')).toEqual(['qui', 'besoin']);
  });
  it('keeps only the answers on the route, and the commune only with its own département', () => {
    const answers = { qui: 'proche', besoin: ['moral'], soutien: SEEN, departement: '13', commune: '13201' };
    expect(applicable(flow, answers)).toEqual({ qui: 'proche', besoin: ['moral'], departement: '13', commune: '13201' });
    expect(applicable(flow, { ...answers, commune: '04070' })).toEqual({ qui: 'proche', besoin: ['moral'], departement: '13' });
  });
  it('sanitizes outside input by the kind of each step', () => {
    const input = { qui: 'moi', besoin: ['aucun', 'argent'], soutien: 'oui', departement: '2A', commune: '2A004', autre: 'x' };
    expect(sanitize(flow, input, departements)).toEqual({ qui: 'moi', departement: '2A', commune: '2A004' });
  });
  it('counts the questions passed and at most the ones left, information steps apart', () => {
    expect(progress(flow, {}, 'qui')).toEqual({ index: 1, remainingAtMost: 2 });
    expect(progress(flow, low, 'departement')).toEqual({ index: 3, remainingAtMost: 0 });
  });
});

describe('the machine built from the fixture flow', () => {
  const start = () => createActor(createQuestionnaireMachine(flow, departements), { input: {} }).start();

  it('asks each kind of step, goes back through the information step, and ends on « Vérifiez vos réponses »', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: 'moi' });
    actor.send({ type: 'ANSWER', value: ['moral'] });
    expect(currentStep(actor.getSnapshot())).toBe('soutien');
    actor.send({ type: 'ANSWER', value: SEEN });
    actor.send({ type: 'ANSWER', value: '13', commune: '04070' });
    expect(currentStep(actor.getSnapshot())).toBe('departement');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('soutien');
    actor.send({ type: 'ANSWER', value: SEEN });
    actor.send({ type: 'ANSWER', value: '13', commune: '13201' });
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    expect(actor.getSnapshot().context.answers).toEqual({ qui: 'moi', besoin: ['moral'], soutien: SEEN, departement: '13', commune: '13201' });
  });

  it('changes an answer from « Vérifiez vos réponses » and comes back to it, passing over what is answered', () => {
    const actor = createActor(createQuestionnaireMachine(flow, departements), { input: { answers: { qui: 'moi', besoin: ['argent'], departement: '04' }, at: 'fin' } }).start();
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    actor.send({ type: 'EDIT', step: 'qui' });
    expect(currentStep(actor.getSnapshot())).toBe('qui');
    actor.send({ type: 'ANSWER', value: 'proche' });
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    expect(actor.getSnapshot().context.answers['qui']).toBe('proche');
  });
});
