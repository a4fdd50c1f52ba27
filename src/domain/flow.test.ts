import { describe, expect, it } from 'vitest';
import type { Answers } from './conditions.ts';
import {
  END,
  SEEN,
  answeredQuestions,
  applicable,
  companionAnswer,
  isValidAnswer,
  nextOf,
  progress,
  route,
  sanitize,
  stepOf,
  trail,
} from './flow.ts';
import { departementCodes, flow } from './questionnaire.ts';
import { personaAnswers } from '../../tests/helpers/personas.ts';

/** Valérie (seed 001): a salariée in arrêt for more than three months; her persona also says `aspa`, a question not on her route. */
const { aspa: _notOnHerRoute, ...valerie } = personaAnswers('valerie-secretaire-manosque');

/** A fonctionnaire who feels very low: the shortest route, through the support step. */
const fonctionnaire: Answers = { qui: 'moi', besoin: ['travail'], regime: 'fonction_publique', difficultes: ['moral'] };

/** The pending steps met while answering `answers` one question at a time, in the flow's order. */
function walk(answers: Answers): string[] {
  const met: string[] = [];
  const given: Record<string, Answers[string]> = {};
  for (;;) {
    const { pending } = route(flow, given);
    met.push(pending);
    if (pending === END) return met;
    const answer = answers[pending];
    if (answer === undefined) throw new Error(`no answer for ${pending}`);
    given[pending] = answer;
  }
}

describe('route', () => {
  it('starts at the first question when nothing is answered', () => {
    expect(route(flow, {})).toEqual({ done: [], pending: 'qui' });
  });

  it('stops at the first question on the route still to answer', () => {
    const { qui, besoin, regime, situation } = valerie;
    expect(route(flow, { qui, besoin, regime, situation } as Answers)).toEqual({
      done: ['qui', 'besoin', 'regime', 'situation'],
      pending: 'contrat',
    });
  });

  it('asks only what the answers make relevant, then ends', () => {
    expect(route(flow, valerie)).toEqual({
      done: ['qui', 'besoin', 'regime', 'situation', 'contrat', 'arret', 'travail_menace', 'invalidite', 'sante', 'difficultes', 'complementaire', 'departement'],
      pending: END,
    });
  });

  it('asks a retiree about the ASPA and skips the work questions', () => {
    const retraitee: Answers = { qui: 'moi', besoin: ['domicile'], regime: 'general', situation: 'retraite', sante: ['aucune'], difficultes: ['isolement'], complementaire: 'oui' };
    expect(route(flow, retraitee)).toEqual({
      done: ['qui', 'besoin', 'regime', 'situation', 'sante', 'difficultes', 'complementaire'],
      pending: 'aspa',
    });
  });

  it('sends another régime straight to the difficulties and then to the end', () => {
    expect(route(flow, { ...fonctionnaire, difficultes: ['argent'] })).toEqual({
      done: ['qui', 'besoin', 'regime', 'difficultes'],
      pending: END,
    });
  });

  it('passes over the support step: it asks nothing, so it needs no answer', () => {
    expect(route(flow, fonctionnaire)).toEqual({ done: ['qui', 'besoin', 'regime', 'difficultes', 'soutien'], pending: END });
    const { pending, done } = route(flow, { ...valerie, difficultes: ['moral', 'argent'], complementaire: undefined } as unknown as Answers);
    expect(done.slice(-2)).toEqual(['difficultes', 'soutien']);
    expect(pending).toBe('complementaire');
  });

  it('treats an empty answer as unanswered', () => {
    expect(route(flow, { qui: 'moi', besoin: [] }).pending).toBe('besoin');
    expect(route(flow, { qui: '' }).pending).toBe('qui');
  });
});

describe('nextOf and stepOf', () => {
  it('takes the first branch whose condition holds, else the fallback', () => {
    expect(nextOf(flow, 'situation', { situation: 'salarie' })).toBe('contrat');
    expect(nextOf(flow, 'situation', { situation: 'demandeur_emploi' })).toBe('arret');
    expect(nextOf(flow, 'situation', { situation: 'sans_activite' })).toBe('invalidite');
    expect(nextOf(flow, 'situation', { situation: 'retraite' })).toBe('sante');
    expect(nextOf(flow, 'departement', valerie)).toBe(END);
  });

  it('throws on an unknown step', () => {
    expect(() => stepOf(flow, 'inconnue')).toThrow('Unknown step "inconnue"');
  });
});

describe('trail', () => {
  it('gives the steps passed before a step the answers lead to', () => {
    expect(trail(flow, valerie, 'arret')).toEqual(['qui', 'besoin', 'regime', 'situation', 'contrat']);
    expect(trail(flow, valerie, 'qui')).toEqual([]);
    expect(trail(flow, valerie, END)).toHaveLength(12);
  });

  it('is null for a step the answers do not lead to', () => {
    expect(trail(flow, { ...valerie, situation: 'independant' }, 'contrat')).toBeNull();
    expect(trail(flow, valerie, 'aspa')).toBeNull();
    expect(trail(flow, valerie, 'soutien')).toBeNull();
  });

  it('is null past a question still unanswered', () => {
    expect(trail(flow, { qui: 'moi' }, 'regime')).toBeNull();
  });

  it('includes the support step when it was on the way', () => {
    expect(trail(flow, fonctionnaire, END)).toEqual(['qui', 'besoin', 'regime', 'difficultes', 'soutien']);
  });
});

describe('applicable', () => {
  it('keeps every answer of a complete route', () => {
    expect(applicable(flow, valerie)).toEqual(valerie);
  });

  it('drops an answer that no longer applies after a change', () => {
    const independante = applicable(flow, { ...valerie, situation: 'independant' });
    expect(independante).not.toHaveProperty('contrat');
    expect(independante).toMatchObject({ situation: 'independant', arret: '3_mois_ou_plus', travail_menace: 'ne_sait_pas' });
  });

  it('drops the work and health answers when the régime is another one', () => {
    expect(applicable(flow, { ...valerie, regime: 'msa' })).toEqual({ qui: 'moi', besoin: ['argent'], regime: 'msa', difficultes: ['argent'] });
  });

  it('drops answers to questions the flow never asks on that route', () => {
    expect(applicable(flow, { ...valerie, aspa: 'oui', inconnue: 'x' })).toEqual(valerie);
  });

  it('keeps the answers before the first unanswered question only', () => {
    expect(applicable(flow, { qui: 'moi', regime: 'general' })).toEqual({ qui: 'moi' });
  });

  it('keeps the commune with the département it is in, and drops it otherwise', () => {
    expect(applicable(flow, { ...valerie, departement: '13', commune: '13201' })).toEqual({ ...valerie, departement: '13', commune: '13201' });
    expect(applicable(flow, { ...valerie, departement: '2A', commune: '2A247' })).toHaveProperty('commune', '2A247');
    expect(applicable(flow, { ...valerie, departement: '04', commune: '13201' })).toEqual(valerie);
    expect(applicable(flow, { qui: 'moi', commune: '13201' })).toEqual({ qui: 'moi' });
  });
});

describe('answeredQuestions', () => {
  it('lists the questions of the route, not the support step', () => {
    expect(answeredQuestions(flow, fonctionnaire).map((s) => s.id)).toEqual(['qui', 'besoin', 'regime', 'difficultes']);
  });
});

describe('isValidAnswer', () => {
  const step = (id: string) => stepOf(flow, id);

  it('accepts one of the options of a single question, nothing else', () => {
    expect(isValidAnswer(step('situation'), 'salarie', departementCodes)).toBe(true);
    expect(isValidAnswer(step('situation'), 'etudiant', departementCodes)).toBe(false);
    expect(isValidAnswer(step('situation'), ['salarie'], departementCodes)).toBe(false);
    expect(isValidAnswer(step('situation'), null, departementCodes)).toBe(false);
  });

  it('accepts several distinct options of a multiple question', () => {
    expect(isValidAnswer(step('sante'), ['maladie_grave', 'handicap'], departementCodes)).toBe(true);
    expect(isValidAnswer(step('besoin'), ['travail'], departementCodes)).toBe(true);
  });

  it('accepts "aucune" alone and refuses it combined with another option', () => {
    expect(isValidAnswer(step('sante'), ['aucune'], departementCodes)).toBe(true);
    expect(isValidAnswer(step('sante'), ['aucune', 'handicap'], departementCodes)).toBe(false);
    expect(isValidAnswer(step('difficultes'), ['argent', 'aucune'], departementCodes)).toBe(false);
  });

  it('refuses duplicates, unknown options, an empty list and a plain string', () => {
    expect(isValidAnswer(step('sante'), ['handicap', 'handicap'], departementCodes)).toBe(false);
    expect(isValidAnswer(step('sante'), ['handicap', 'fatigue'], departementCodes)).toBe(false);
    expect(isValidAnswer(step('sante'), [], departementCodes)).toBe(false);
    expect(isValidAnswer(step('sante'), 'handicap', departementCodes)).toBe(false);
    expect(isValidAnswer(step('besoin'), ['travail', 3], departementCodes)).toBe(false);
  });

  it('accepts the département codes of the content, Corsica and overseas included', () => {
    for (const code of ['01', '13', '2A', '2B', '75', '95', '971', '974', '976']) {
      expect(isValidAnswer(step('departement'), code, departementCodes)).toBe(true);
    }
  });

  it('refuses a code that is no département', () => {
    for (const code of ['20', '00', '96', '975', '2a', '13001', '', 13]) {
      expect(isValidAnswer(step('departement'), code, departementCodes)).toBe(false);
    }
  });

  it('accepts only "vu" for the support step', () => {
    expect(isValidAnswer(step('soutien'), SEEN, departementCodes)).toBe(true);
    expect(isValidAnswer(step('soutien'), 'oui', departementCodes)).toBe(false);
  });
});

describe('progress', () => {
  const routes: Record<string, Answers> = {
    valerie,
    'valérie feeling low': { ...valerie, difficultes: ['moral'] },
    'a salariée whose contract has ended': { ...valerie, contrat: 'termine' },
    'an indépendant': { ...valerie, situation: 'independant' },
    'a demandeur d’emploi': { ...valerie, situation: 'demandeur_emploi' },
    'a person without activity': { ...valerie, situation: 'sans_activite' },
    'a retiree': { ...valerie, situation: 'retraite', aspa: 'non' },
    'a fonctionnaire': fonctionnaire,
  };

  for (const [name, answers] of Object.entries(routes)) {
    it(`stays honest along the route of ${name}`, () => {
      const steps = walk(answers).filter((id) => id !== END);
      let lastIndex = 0;
      steps.forEach((id, position) => {
        const { index, remainingAtMost } = progress(flow, answers, id);
        expect(index).toBe(lastIndex + 1);
        lastIndex = index;
        expect(remainingAtMost).toBeGreaterThanOrEqual(0);
        // Never promises fewer questions than there really are left on this route.
        expect(remainingAtMost).toBeGreaterThanOrEqual(steps.length - position - 1);
      });
    });
  }

  it('announces no question left at the département, the last question of the régime général routes', () => {
    expect(progress(flow, valerie, 'departement')).toEqual({ index: 12, remainingAtMost: 0 });
  });

  it('counts the support step neither as a question asked nor as one to come', () => {
    const low = { ...valerie, difficultes: ['moral'] };
    const atDifficultes = progress(flow, low, 'difficultes');
    const atSoutien = progress(flow, low, 'soutien');
    const atComplementaire = progress(flow, low, 'complementaire');
    expect(atSoutien.index).toBe(atDifficultes.index + 1);
    expect(atComplementaire.index).toBe(atDifficultes.index + 1);
    expect(atSoutien.remainingAtMost).toBe(atComplementaire.remainingAtMost + 1);
  });
});

describe('sanitize', () => {
  it('keeps the well-formed answers of known steps and the commune (INSEE code) of the département chosen', () => {
    expect(sanitize(flow, { ...valerie, departement: '13', commune: '13201' }, departementCodes)).toEqual({ ...valerie, departement: '13', commune: '13201' });
    expect(sanitize(flow, { commune: '2A004', departement: '2A' }, departementCodes)).toEqual({ departement: '2A', commune: '2A004' });
    expect(sanitize(flow, { departement: '976', commune: '97611' }, departementCodes)).toEqual({ departement: '976', commune: '97611' });
  });

  it('drops a commune of another département, or without a département (a crafted history entry)', () => {
    expect(valerie['departement']).toBe('04');
    expect(sanitize(flow, { ...valerie, commune: '13201' }, departementCodes)).toEqual(valerie);
    expect(sanitize(flow, { commune: '2A004' }, departementCodes)).toEqual({});
    expect(sanitize(flow, { departement: '2B', commune: '2A004' }, departementCodes)).toEqual({ departement: '2B' });
    expect(sanitize(flow, { departement: '97', commune: '97611' }, departementCodes)).toEqual({});
  });

  it('drops unknown questions, unknown options, malformed lists and bad communes', () => {
    const untrusted = {
      qui: 'moi',
      statut: 'salarie',
      situation: 'etudiant',
      sante: ['aucune', 'handicap'],
      difficultes: 'argent',
      departement: '20',
      commune: 'Marseille',
    };
    expect(sanitize(flow, untrusted, departementCodes)).toEqual({ qui: 'moi' });
  });

  it('gives no answers for something that is not an object of answers', () => {
    for (const value of [null, undefined, 'qui=moi', 3, ['moi']]) expect(sanitize(flow, value, departementCodes)).toEqual({});
  });
});

describe('companionAnswer', () => {
  it('gives the commune chosen with the département, only when it is in that département', () => {
    expect(companionAnswer(flow, { departement: '13', commune: '13201' })).toBe('13201');
    expect(companionAnswer(flow, { departement: '13', commune: '13201' }, 'departement')).toBe('13201');
    expect(companionAnswer(flow, { departement: '83', commune: '13201' })).toBeUndefined();
    expect(companionAnswer(flow, { departement: '13', commune: 'marseille' })).toBeUndefined();
    expect(companionAnswer(flow, { departement: '13' })).toBeUndefined();
  });

  it('finds none on a step that has no companion', () => {
    expect(companionAnswer(flow, { qui: 'moi', commune: '13201' }, 'qui')).toBeUndefined();
  });
});
