import { describe, expect, it } from 'vitest';
import { references, refsOf } from './condition-refs.ts';
import { explain, holds, kindOf, type Answers, type Condition, type Definitions } from './conditions.ts';

const answers: Answers = {
  situation: 'salarie',
  arret: '3_mois_ou_plus',
  difficultes: ['argent', 'isolement'],
};

describe('condition "is"', () => {
  it('holds when a single answer is the value, and gives that answer as the reason', () => {
    expect(explain({ q: 'situation', is: 'salarie' }, answers)).toEqual([{ question: 'situation', value: 'salarie' }]);
  });

  it('holds when a multiple answer includes the value', () => {
    expect(explain({ q: 'difficultes', is: 'isolement' }, answers)).toEqual([{ question: 'difficultes', value: 'isolement' }]);
  });

  it('is false for another value or an unanswered question', () => {
    expect(explain({ q: 'situation', is: 'independant' }, answers)).toBeNull();
    expect(explain({ q: 'difficultes', is: 'moral' }, answers)).toBeNull();
    expect(explain({ q: 'contrat', is: 'en_cours' }, answers)).toBeNull();
  });
});

describe('condition "in"', () => {
  it('holds when a single answer is one of the values', () => {
    expect(explain({ q: 'arret', in: ['1_a_3_mois', '3_mois_ou_plus'] }, answers)).toEqual([{ question: 'arret', value: '3_mois_ou_plus' }]);
  });

  it('gives every chosen option that matches as a reason', () => {
    expect(explain({ q: 'difficultes', in: ['argent', 'isolement', 'moral'] }, answers)).toEqual([
      { question: 'difficultes', value: 'argent' },
      { question: 'difficultes', value: 'isolement' },
    ]);
  });

  it('is false when nothing chosen is listed, or the question is unanswered', () => {
    expect(holds({ q: 'arret', in: ['non', 'moins_1_mois'] }, answers)).toBe(false);
    expect(holds({ q: 'difficultes', in: ['moral', 'aidant'] }, answers)).toBe(false);
    expect(holds({ q: 'sante', in: ['handicap'] }, answers)).toBe(false);
  });
});

describe('condition "only"', () => {
  it('holds when every option chosen is listed, naming them all', () => {
    expect(explain({ q: 'difficultes', only: ['argent', 'isolement', 'moral'] }, answers)).toEqual([
      { question: 'difficultes', value: 'argent' },
      { question: 'difficultes', value: 'isolement' },
    ]);
    expect(holds({ q: 'situation', only: ['salarie'] }, answers)).toBe(true);
  });

  it('is false when one option chosen is not listed', () => {
    expect(holds({ q: 'difficultes', only: ['argent'] }, answers)).toBe(false);
  });

  it('is false for an unanswered question or an empty answer', () => {
    expect(holds({ q: 'besoin', only: ['remboursement'] }, answers)).toBe(false);
    expect(holds({ q: 'besoin', only: ['remboursement'] }, { besoin: [] })).toBe(false);
  });
});

describe('condition "all"', () => {
  it('holds when every part holds, collecting the reasons of each part in order', () => {
    const condition: Condition = { all: [{ q: 'situation', is: 'salarie' }, { q: 'arret', is: '3_mois_ou_plus' }] };
    expect(explain(condition, answers)).toEqual([
      { question: 'situation', value: 'salarie' },
      { question: 'arret', value: '3_mois_ou_plus' },
    ]);
  });

  it('is false as soon as one part is false', () => {
    expect(explain({ all: [{ q: 'situation', is: 'salarie' }, { q: 'arret', is: 'non' }] }, answers)).toBeNull();
  });

  it('gives each reason once when parts name the same answer', () => {
    const condition: Condition = { all: [{ q: 'situation', is: 'salarie' }, { q: 'situation', in: ['salarie', 'independant'] }] };
    expect(explain(condition, answers)).toEqual([{ question: 'situation', value: 'salarie' }]);
  });
});

describe('condition "any"', () => {
  it('holds when one part holds, giving the reasons of every part that holds', () => {
    const condition: Condition = {
      any: [{ q: 'situation', is: 'independant' }, { q: 'arret', is: '3_mois_ou_plus' }, { q: 'difficultes', is: 'argent' }],
    };
    expect(explain(condition, answers)).toEqual([
      { question: 'arret', value: '3_mois_ou_plus' },
      { question: 'difficultes', value: 'argent' },
    ]);
  });

  it('is false when no part holds', () => {
    expect(explain({ any: [{ q: 'situation', is: 'retraite' }, { q: 'arret', is: 'non' }] }, answers)).toBeNull();
  });

  it('gives each reason once when several parts name the same answer', () => {
    const condition: Condition = { any: [{ q: 'difficultes', is: 'argent' }, { q: 'difficultes', in: ['argent', 'moral'] }] };
    expect(explain(condition, answers)).toEqual([{ question: 'difficultes', value: 'argent' }]);
  });
});

describe('condition "not"', () => {
  it('holds, with no reason to show, when its part is false', () => {
    expect(explain({ not: { q: 'difficultes', is: 'moral' } }, answers)).toEqual([]);
  });

  it('is false when its part holds', () => {
    expect(explain({ not: { q: 'situation', is: 'salarie' } }, answers)).toBeNull();
  });
});

describe('condition "ref"', () => {
  const definitions: Definitions = {
    en_arret: { q: 'arret', in: ['moins_1_mois', '1_a_3_mois', '3_mois_ou_plus'] },
    arret_long: { q: 'arret', is: '3_mois_ou_plus' },
    signal: { any: [{ ref: 'en_arret' }, { ref: 'arret_long' }] },
  };

  it('evaluates the named condition of the definitions', () => {
    expect(explain({ ref: 'en_arret' }, answers, definitions)).toEqual([{ question: 'arret', value: '3_mois_ou_plus' }]);
    expect(holds({ ref: 'en_arret' }, { arret: 'non' }, definitions)).toBe(false);
  });

  it('gives a reason once when two named conditions rest on the same answer', () => {
    expect(explain({ ref: 'signal' }, answers, definitions)).toEqual([{ question: 'arret', value: '3_mois_ou_plus' }]);
    expect(explain({ all: [{ ref: 'en_arret' }, { ref: 'arret_long' }] }, answers, definitions)).toEqual([
      { question: 'arret', value: '3_mois_ou_plus' },
    ]);
  });

  it('throws, naming it, when the named condition does not exist', () => {
    expect(() => explain({ ref: 'inconnue' }, answers, definitions)).toThrow('Unknown condition "inconnue"');
    expect(() => holds({ all: [{ q: 'situation', is: 'salarie' }, { ref: 'inconnue' }] }, answers)).toThrow(/inconnue/);
  });
});

describe('kindOf', () => {
  it('names the kind of each condition', () => {
    const cases: [Condition, string][] = [
      [{ q: 'a', is: 'x' }, 'is'],
      [{ q: 'a', in: ['x'] }, 'in'],
      [{ q: 'a', only: ['x'] }, 'only'],
      [{ all: [] }, 'all'],
      [{ any: [] }, 'any'],
      [{ not: { q: 'a', is: 'x' } }, 'not'],
      [{ ref: 'r' }, 'ref'],
    ];
    for (const [condition, kind] of cases) expect(kindOf(condition)).toBe(kind);
  });
});

describe('references', () => {
  it('lists every question and value, through all, any and not', () => {
    const condition: Condition = {
      all: [
        { q: 'situation', is: 'salarie' },
        { any: [{ q: 'arret', in: ['1_a_3_mois', '3_mois_ou_plus'] }, { not: { q: 'difficultes', only: ['aucune'] } }] },
        { ref: 'rg' },
      ],
    };
    expect(references(condition)).toEqual([
      { question: 'situation', values: ['salarie'] },
      { question: 'arret', values: ['1_a_3_mois', '3_mois_ou_plus'] },
      { question: 'difficultes', values: ['aucune'] },
    ]);
  });

  it('does not follow named conditions', () => {
    expect(references({ ref: 'rg' })).toEqual([]);
  });
});

describe('refsOf', () => {
  it('lists the named conditions used directly, through all, any and not', () => {
    const condition: Condition = {
      all: [{ ref: 'rg' }, { any: [{ ref: 'pdp' }, { not: { ref: 'lien_sante' } }] }, { q: 'situation', is: 'salarie' }],
    };
    expect(refsOf(condition)).toEqual(['rg', 'pdp', 'lien_sante']);
  });

  it('is empty for a condition on an answer', () => {
    expect(refsOf({ q: 'situation', in: ['salarie'] })).toEqual([]);
  });
});
