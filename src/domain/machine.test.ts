import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createQuestionnaireMachine, currentStep } from './machine.ts';
import { departementCodes, flow } from './questionnaire.ts';

const start = (input = {}) => {
  const actor = createActor(createQuestionnaireMachine(flow, departementCodes), { input });
  actor.start();
  return actor;
};

const valerie = [
  ['qui', 'moi'],
  ['besoin', ['argent']],
  ['regime', 'general'],
  ['situation', 'salarie'],
  ['contrat', 'en_cours'],
  ['arret', '3_mois_ou_plus'],
  ['travail_menace', 'ne_sait_pas'],
  ['invalidite', 'non'],
  ['sante', ['aucune']],
  ['difficultes', ['argent']],
  ['complementaire', 'ne_sait_pas'],
  ['departement', '04'],
] as const;

describe('questionnaire machine', () => {
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
