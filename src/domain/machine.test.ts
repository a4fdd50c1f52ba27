import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createQuestionnaireMachine, currentStep, initialView } from './machine.ts';
import { departementCodes, flow } from './questionnaire.ts';
import { route } from './flow.ts';
import { personaAnswers } from '../../tests/helpers/personas.ts';

const start = (input = {}) => {
  const actor = createActor(createQuestionnaireMachine(flow, departementCodes), { input });
  actor.start();
  return actor;
};

/** Valérie's answers (her persona, tests/fixtures/personas/), in the order the questionnaire asks them. */
const valerieAnswers = personaAnswers('valerie-secretaire-manosque');
const valerie = route(flow, valerieAnswers).done.map((step) => [step, valerieAnswers[step]!] as const);

describe('questionnaire machine', () => {
  it('starts in the state the island shows before the machine’s code is there (initialView)', () => {
    const { status, value, context } = start().getSnapshot();
    expect({ status, value, context }).toEqual(initialView(flow));
  });

  it('asks only the questions that apply, then shows the check-answers step', () => {
    const actor = start();
    for (const [step, value] of valerie) {
      expect(currentStep(actor.getSnapshot())).toBe(step);
      actor.send({ type: 'ANSWER', value });
    }
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    actor.send({ type: 'CONFIRM' });
    expect(currentStep(actor.getSnapshot())).toBe('resultat');
  });

  it('stays on a question and flags it when the answer is missing or invalid', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: null });
    expect(currentStep(actor.getSnapshot())).toBe('qui');
    expect(actor.getSnapshot().context.error).toBe('qui');
    actor.send({ type: 'ANSWER', value: 'inconnu' });
    expect(currentStep(actor.getSnapshot())).toBe('qui');
    actor.send({ type: 'ANSWER', value: 'moi' });
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it('refuses "aucune" combined with another choice', () => {
    const actor = start({ answers: { qui: 'moi', besoin: ['soins'], regime: 'general', situation: 'retraite' }, at: 'sante' });
    actor.send({ type: 'ANSWER', value: ['aucune', 'handicap'] });
    expect(currentStep(actor.getSnapshot())).toBe('sante');
  });

  it('goes back to the previous question with its answer kept', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: 'moi' });
    actor.send({ type: 'ANSWER', value: ['travail'] });
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('besoin');
    expect(actor.getSnapshot().context.answers['besoin']).toEqual(['travail']);
  });

  it('shows the support step right after "moral" is ticked', () => {
    const actor = start({ answers: { qui: 'moi', besoin: ['soins'], regime: 'general', situation: 'retraite', sante: ['aucune'] }, at: 'difficultes' });
    actor.send({ type: 'ANSWER', value: ['moral'] });
    expect(currentStep(actor.getSnapshot())).toBe('soutien');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('difficultes');
  });

  it('changing an answer keeps the later answers that still apply and drops the others', () => {
    const actor = start();
    for (const [, value] of valerie) actor.send({ type: 'ANSWER', value });
    actor.send({ type: 'EDIT', step: 'situation' });
    expect(currentStep(actor.getSnapshot())).toBe('situation');
    actor.send({ type: 'ANSWER', value: 'independant' });
    // arret was answered and still applies: passed over; travail_menace too; back to the check step.
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    const answers = actor.getSnapshot().context.answers;
    expect(answers['contrat']).toBeUndefined();
    expect(answers['arret']).toBe('3_mois_ou_plus');
    expect(answers['departement']).toBe('04');
  });

  it('asks a newly relevant question after a change', () => {
    const actor = start();
    for (const [, value] of valerie) actor.send({ type: 'ANSWER', value });
    actor.send({ type: 'EDIT', step: 'situation' });
    actor.send({ type: 'ANSWER', value: 'retraite' });
    expect(currentStep(actor.getSnapshot())).toBe('aspa');
    actor.send({ type: 'ANSWER', value: 'non' });
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    expect(actor.getSnapshot().context.answers['arret']).toBeUndefined();
  });

  it('follows the browser history to a step the answers lead to, and ignores others', () => {
    const actor = start();
    for (const [, value] of valerie.slice(0, 5)) actor.send({ type: 'ANSWER', value });
    actor.send({ type: 'SHOW', step: 'regime' });
    expect(currentStep(actor.getSnapshot())).toBe('regime');
    actor.send({ type: 'SHOW', step: 'departement' });
    expect(currentStep(actor.getSnapshot())).toBe('regime');
    actor.send({ type: 'SHOW', step: 'arret' });
    expect(currentStep(actor.getSnapshot())).toBe('arret');
  });

  it('resumes where the person was after a reload, or at the start when the state is unusable', () => {
    expect(currentStep(start({ answers: { qui: 'moi' }, at: 'besoin' }).getSnapshot())).toBe('besoin');
    expect(currentStep(start({ answers: { qui: 'moi' }, at: 'arret' }).getSnapshot())).toBe('qui');
  });

  it('restarts with no answer', () => {
    const actor = start();
    for (const [, value] of valerie) actor.send({ type: 'ANSWER', value });
    actor.send({ type: 'RESTART' });
    expect(currentStep(actor.getSnapshot())).toBe('qui');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});

describe('questionnaire machine with untrusted input', () => {
  it('drops malformed or unknown answers from a history entry and starts where it can', () => {
    const actor = start({ answers: { qui: 42, besoin: 'travail', regime: 'general', inconnu: 'x', departement: '20' }, at: 'besoin' });
    expect(actor.getSnapshot().context.answers).toEqual({ regime: 'general' });
    expect(currentStep(actor.getSnapshot())).toBe('qui');
  });
});

describe('questionnaire machine: the commune chosen with the département', () => {
  const upTo = valerie.slice(0, -1);
  const atDepartement = () => {
    const actor = start();
    for (const [, value] of upTo) actor.send({ type: 'ANSWER', value });
    expect(currentStep(actor.getSnapshot())).toBe('departement');
    return actor;
  };

  it('keeps the commune (INSEE code) with its département, up to the result', () => {
    const actor = atDepartement();
    actor.send({ type: 'ANSWER', value: '13', commune: '13201' });
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    expect(actor.getSnapshot().context.answers).toMatchObject({ departement: '13', commune: '13201' });
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().context.answers['commune']).toBe('13201');
  });

  it('keeps Corsican communes in 2A and 2B', () => {
    const actor = atDepartement();
    actor.send({ type: 'ANSWER', value: '2A', commune: '2A247' });
    expect(actor.getSnapshot().context.answers).toMatchObject({ departement: '2A', commune: '2A247' });
  });

  it('refuses a commune that is not in the département given, or a malformed one', () => {
    const actor = atDepartement();
    actor.send({ type: 'ANSWER', value: '83', commune: '13030' });
    expect(currentStep(actor.getSnapshot())).toBe('departement');
    expect(actor.getSnapshot().context.error).toBe('departement');
    actor.send({ type: 'ANSWER', value: '20', commune: '2B096' });
    expect(currentStep(actor.getSnapshot())).toBe('departement');
    actor.send({ type: 'ANSWER', value: '13', commune: '13 201' });
    expect(currentStep(actor.getSnapshot())).toBe('departement');
    actor.send({ type: 'ANSWER', value: '83', commune: '83105' });
    expect(currentStep(actor.getSnapshot())).toBe('fin');
  });

  it('drops the commune when the département is changed without one', () => {
    const actor = atDepartement();
    actor.send({ type: 'ANSWER', value: '13', commune: '13201' });
    actor.send({ type: 'EDIT', step: 'departement' });
    actor.send({ type: 'ANSWER', value: '04' });
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    expect(actor.getSnapshot().context.answers['commune']).toBeUndefined();
    expect(actor.getSnapshot().context.answers['departement']).toBe('04');
  });
});

describe('questionnaire machine: a département given by a partner’s link', () => {
  it('passes the département step over, shows it on the check step, and Back goes to the question before it', () => {
    const actor = start({ answers: { departement: '13' }, skip: ['departement'] });
    for (const [step, value] of valerie.slice(0, -1)) {
      expect(currentStep(actor.getSnapshot())).toBe(step);
      actor.send({ type: 'ANSWER', value });
    }
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    expect(actor.getSnapshot().context.answers['departement']).toBe('13');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('complementaire');
  });

  it('lets the person change it from the check step; once answered, it is an ordinary step', () => {
    const actor = start({ answers: { departement: '13' }, skip: ['departement'] });
    for (const [, value] of valerie.slice(0, -1)) actor.send({ type: 'ANSWER', value });
    actor.send({ type: 'EDIT', step: 'departement' });
    expect(currentStep(actor.getSnapshot())).toBe('departement');
    actor.send({ type: 'ANSWER', value: '2B', commune: '2B096' });
    expect(currentStep(actor.getSnapshot())).toBe('fin');
    expect(actor.getSnapshot().context.skip).toEqual([]);
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('departement');
  });

  it('ignores a prefilled value that is not a département, and then asks the step', () => {
    const actor = start({ answers: { departement: '20' }, skip: ['departement'] });
    for (const [, value] of valerie.slice(0, -1)) actor.send({ type: 'ANSWER', value });
    expect(currentStep(actor.getSnapshot())).toBe('departement');
  });

  it('forgets the prefill on restart', () => {
    const actor = start({ answers: { departement: '13' }, skip: ['departement'] });
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().context).toMatchObject({ answers: {}, skip: [] });
  });
});
