/**
 * Property: nobody is sent to no door (DOMAIN.md §2.4 R4, seed 003 « Qui peut en bénéficier ? »).
 * A person of the régime général (or not sure) in arrêt de travail for 3 months or more, or with a pension
 * d'invalidité, who reports a social consequence (money, démarches, logement, isolement, aidant, moral) is
 * in the service social's public: the result gives them an axe — PDP when it applies (its « parce que » names
 * the health-at-work answers it rests on), SPS otherwise, whose « parce que » names the arrêt or the pension. The situation is read from the answers as R4 words it,
 * never from orientation.json, so a rule edit cannot make the property pass by moving its own goalposts.
 */
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import type { Answer, Answers, Fact } from '../src/domain/conditions.ts';
import { applicable, END, route, SEEN, type Step } from '../src/domain/flow.ts';
import { orient } from '../src/domain/orientation.ts';
import { departementCodes, directory, flow, rules } from '../src/domain/questionnaire.ts';

/** How many generated answer sets each property tries. */
const RUNS = 10_000;
/** Generous: the machine may be shared; the runs take a few seconds alone. */
const TIMEOUT = 120_000;

/** R4's social consequences: difficulties the person ticks, and money as what they need help for. */
const CONSEQUENCES = { difficultes: ['argent', 'demarches', 'logement', 'isolement', 'aidant', 'moral'], besoin: ['argent'] };

const picked = (answers: Answers, question: string): readonly string[] => {
  const answer = answers[question];
  return answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;
};

/** The facts of R4, on the answers that apply (those of the steps on the person's route). */
function inR4Situation(answers: Answers): boolean {
  const regimeGeneral = ['general', 'ne_sait_pas'].includes(picked(answers, 'regime')[0] ?? '');
  const arretOuInvalidite = picked(answers, 'arret').includes('3_mois_ou_plus') || picked(answers, 'invalidite').includes('pension');
  const consequence = Object.entries(CONSEQUENCES).some(([q, values]) => picked(answers, q).some((v) => values.includes(v)));
  return regimeGeneral && arretOuInvalidite && consequence;
}

const isArretOrPension = (fact: Fact) =>
  (fact.question === 'arret' && fact.value === '3_mois_ou_plus') || (fact.question === 'invalidite' && fact.value === 'pension');
/** What PDP rests on: an arrêt, the pension, or work threatened by health (R3). */
const isHealthAtWork = (fact: Fact) =>
  (fact.question === 'arret' && fact.value !== 'non') || (fact.question === 'invalidite' && fact.value === 'pension') || fact.question === 'travail_menace';

/** The door and its reason: PDP with a health-at-work reason, or else SPS naming the arrêt or the pension. */
function expectADoor(answers: Answers): readonly string[] {
  const { axes } = orient(flow, rules, directory, answers);
  const where = JSON.stringify({ answers, axes });
  expect(axes.length, where).toBeGreaterThan(0);
  const pdp = axes.find((a) => a.id === 'pdp');
  const sps = axes.find((a) => a.id === 'sps');
  if (pdp) expect(pdp.reasons.some(isHealthAtWork), where).toBe(true);
  else expect(sps?.reasons.some(isArretOrPension), where).toBe(true);
  return axes.map((a) => a.id);
}

/** Any answer a step accepts: one option, a non-empty set of options (or an exclusive one alone), a département. */
function answerOf(step: Step): fc.Arbitrary<Answer> {
  const options = [...(step.options ?? [])];
  switch (step.kind) {
    case 'single':
      return fc.constantFrom(...options);
    case 'multiple': {
      const exclusive = step.exclusive ?? [];
      const combinable = fc.subarray(options.filter((o) => !exclusive.includes(o)), { minLength: 1 });
      return exclusive.length > 0 ? fc.oneof(combinable, fc.constantFrom(...exclusive.map((o) => [o]))) : combinable;
    }
    case 'departement':
      return fc.constantFrom(...departementCodes);
    case 'info':
      return fc.constant(SEEN);
  }
}

/** A complete questionnaire: an answer to every step, of which only those on the route apply. */
const anyAnswers: fc.Arbitrary<Answers> = fc
  .record(Object.fromEntries(flow.steps.map((step) => [step.id, answerOf(step)])) as Record<string, fc.Arbitrary<Answer>>)
  .map((raw) => applicable(flow, raw));

/**
 * Answer sets built inside R4's situation: the régime général (or not sure), a work situation that asks the arrêt
 * or the pension, an arrêt of 3 months or more or a pension, and at least one social consequence; every other
 * answer free.
 */
const r4Answers: fc.Arbitrary<Answers> = fc
  .record({
    free: fc.record(Object.fromEntries(flow.steps.map((step) => [step.id, answerOf(step)])) as Record<string, fc.Arbitrary<Answer>>),
    regime: fc.constantFrom('general', 'ne_sait_pas'),
    situation: fc.constantFrom('salarie', 'independant', 'demandeur_emploi', 'sans_activite'),
    through: fc.constantFrom('arret', 'invalidite', 'both'),
    consequence: fc.oneof(
      fc.record({ q: fc.constant('difficultes'), value: fc.constantFrom(...CONSEQUENCES.difficultes) }),
      fc.record({ q: fc.constant('besoin'), value: fc.constantFrom(...CONSEQUENCES.besoin) }),
    ),
  })
  .map(({ free, regime, situation, through, consequence }) => {
    const answers: Record<string, Answer> = { ...free, regime, situation };
    // Sans activité: the flow does not ask the arrêt, so the pension is the way in.
    const byArret = situation !== 'sans_activite' && through !== 'invalidite';
    if (byArret) answers['arret'] = '3_mois_ou_plus';
    if (!byArret || through === 'both') answers['invalidite'] = 'pension';
    const current = (answers[consequence.q] as readonly string[]).filter((v) => v !== 'aucune');
    answers[consequence.q] = [...new Set([...current, consequence.value])];
    return applicable(flow, answers);
  });

describe('R4: arrêt of 3 months or more, or a pension d’invalidité, with a social consequence', () => {
  let general = 0;
  let inSituation = 0;
  let built = 0;
  const byAxe = new Map<string, number>();
  afterAll(() => {
    const axes = [...byAxe].map(([id, n]) => `${id} ${n}`).join(', ');
    console.log(`R4 property: ${general} answer sets over every question (${inSituation} in the situation), ${built} built in the situation; axes given: ${axes}`);
  });

  test.prop([anyAnswers], { numRuns: RUNS })('no answer set in the situation leaves without an axe (over every question)', (answers) => {
    general += 1;
    expect(route(flow, answers).pending).toBe(END);
    if (!inR4Situation(answers)) return;
    inSituation += 1;
    expectADoor(answers);
  }, TIMEOUT);

  test.prop([r4Answers], { numRuns: RUNS })('every answer set built in the situation gets PDP, or SPS naming the arrêt or the pension', (answers) => {
    built += 1;
    expect(route(flow, answers).pending).toBe(END);
    expect(inR4Situation(answers), JSON.stringify(answers)).toBe(true);
    for (const id of expectADoor(answers)) byAxe.set(id, (byAxe.get(id) ?? 0) + 1);
  }, TIMEOUT);

  test.prop([r4Answers.filter((a) => picked(a, 'situation')[0] === 'demandeur_emploi' || picked(a, 'situation')[0] === 'sans_activite')], {
    numRuns: 2_000,
  })('without a job or an activity, PDP does not apply: the door is SPS, and its reason names the arrêt or the pension', (answers) => {
    const { axes } = orient(flow, rules, directory, answers);
    expect(axes.map((a) => a.id), JSON.stringify(answers)).toEqual(['sps']);
    expect(axes[0]!.reasons.some(isArretOrPension), JSON.stringify(axes)).toBe(true);
  }, TIMEOUT);
});
