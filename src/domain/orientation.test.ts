import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from './conditions.ts';
import { END, route, stepOf } from './flow.ts';
import { orient, type Directory, type Orientation } from './orientation.ts';
import { departementCodes, directory, flow, rules } from './questionnaire.ts';
import { content } from './content.ts';
import { personaAnswers } from '../../tests/helpers/personas.ts';

const departements = content.departements.departements;
const balsFile = content.bals;

/** The answers used for every question a property does not vary: a salariée, no arrêt, nothing else. */
const BASE: Answers = {
  qui: 'moi',
  besoin: ['travail'],
  regime: 'general',
  situation: 'salarie',
  contrat: 'en_cours',
  arret: 'non',
  travail_menace: 'non',
  invalidite: 'non',
  sante: ['aucune'],
  difficultes: ['aucune'],
  complementaire: 'oui',
  aspa: 'non',
  departement: '04',
};

/** Combinations tried beside each option alone. */
const COMBINATIONS: Record<string, readonly (readonly string[])[]> = {
  besoin: [['travail', 'argent'], ['soins', 'domicile']],
  sante: [['maladie_grave', 'renoncement_soins'], ['hospitalisation', 'handicap']],
  difficultes: [['moral', 'argent'], ['isolement', 'logement']],
};

/** Every option of a single question; each option alone and a few combinations for a multiple question. */
function candidates(id: string): Answer[] {
  const step = stepOf(flow, id);
  if (step.kind === 'departement') return departementCodes.slice();
  const options = step.options ?? [];
  if (step.kind !== 'multiple') return options.slice();
  return [...options.map((o) => [o]), ...(COMBINATIONS[id] ?? [])];
}

/**
 * Every complete answer set the flow allows when the questions of `vary` take each of their candidates
 * and the others keep `base`. Questions off the route are never answered.
 */
function situations(vary: readonly string[], base: Answers = BASE): Answers[] {
  const found: Answers[] = [];
  const walk = (answers: Record<string, Answer>): void => {
    const { pending } = route(flow, answers);
    if (pending === END) {
      found.push(answers);
      return;
    }
    const values = vary.includes(pending) ? candidates(pending) : [base[pending]!];
    for (const value of values) walk({ ...answers, [pending]: value });
  };
  walk({});
  return found;
}

const oriented = (answers: Answers): Orientation => orient(flow, rules, directory, answers);
const ids = (outcomes: readonly { id: string }[]): string[] => outcomes.map((o) => o.id);
const chose = (answers: Answers, question: string, value: string): boolean => {
  const answer = answers[question];
  return answer === value || (Array.isArray(answer) && answer.includes(value));
};

/** Valérie (seed 001): salariée in arrêt for more than three months, Manosque (04); `aspa` is not on her route. */
const { aspa: _notOnHerRoute, ...valerie } = personaAnswers('valerie-secretaire-manosque');

const WORK = ['besoin', 'situation', 'contrat', 'arret', 'travail_menace', 'invalidite'];

/** Work and health situations (about 11 000), oriented once for the properties that need many. */
let workAndHealth: { answers: Answers; orientation: Orientation }[] | undefined;
function workAndHealthSituations() {
  workAndHealth ??= situations([...WORK, 'sante'], { ...BASE, difficultes: ['argent'] }).map((answers) => ({ answers, orientation: oriented(answers) }));
  return workAndHealth;
}
const SLOW = 60_000;

describe('orient: another régime than the général', () => {
  const redirection = { msa: 'msa', fonction_publique: 'fonction_publique', special: 'regime_special' } as const;
  const others = situations(['regime', 'besoin', 'difficultes']).filter((a) => (a['regime'] as string) in redirection);

  it('redirects to the matching organisation, with no axe, no 3646 and no BAL', () => {
    expect(others.length).toBeGreaterThan(100);
    for (const answers of others) {
      const regime = answers['regime'] as keyof typeof redirection;
      const orientation = oriented(answers);
      expect(orientation.inScope).toBe(false);
      expect(ids(orientation.redirections)).toContain(redirection[regime]);
      for (const other of Object.values(redirection)) if (other !== redirection[regime]) expect(ids(orientation.redirections)).not.toContain(other);
      expect(orientation.axes).toEqual([]);
      expect(orientation.contact.phone).toBeNull();
      expect(orientation.contact.bals).toEqual([]);
    }
  });

  it('ignores work and health answers given before the régime was changed', () => {
    const orientation = oriented({ ...valerie, regime: 'msa' });
    expect(orientation.axes).toEqual([]);
    expect(ids(orientation.dispositifs)).not.toContain('visite_pre_reprise');
    expect(orientation.contact).toMatchObject({ departement: null, caisse: null, phone: null, bals: [] });
  });
});

describe('orient: the régime général, or not sure', () => {
  it('always gives the 3646 and the caisse of the département', () => {
    for (const answers of situations(['regime', 'situation', 'departement']).filter((a) => ['general', 'ne_sait_pas'].includes(a['regime'] as string))) {
      const { contact, inScope } = oriented(answers);
      expect(inScope).toBe(true);
      expect(contact.phone).toBe('3646');
      expect(contact.caisse).toBe(departements.find((d) => d.code === answers['departement'])?.caisse);
    }
  });

  it('adds a note when the person does not know their régime', () => {
    expect(ids(oriented({ ...valerie, regime: 'ne_sait_pas' }).notes)).toContain('regime_incertain');
    expect(ids(oriented(valerie).notes)).not.toContain('regime_incertain');
  });
});

describe('orient: a salarié whose contract ends soon', () => {
  const all = situations(WORK);

  it('is told to call before the end of the contract whenever the PDP axe applies', () => {
    let noted = 0;
    for (const answers of all) {
      const orientation = oriented(answers);
      const expected = ids(orientation.axes).includes('pdp') && answers['contrat'] === 'se_termine_bientot';
      expect(ids(orientation.notes).includes('avant_fin_contrat'), JSON.stringify(answers)).toBe(expected);
      if (expected) noted += 1;
    }
    expect(noted).toBeGreaterThan(0);
  });

  it('gets the PDP axe and the note with an arrêt of one to three months', () => {
    const orientation = oriented({ ...valerie, contrat: 'se_termine_bientot', arret: '1_a_3_mois', travail_menace: 'oui' });
    expect(ids(orientation.axes)[0]).toBe('pdp');
    expect(ids(orientation.notes)).toContain('avant_fin_contrat');
    expect(ids(orientation.redirections)).toContain('france_travail');
  });

  it('whose contract has ended gets no PDP axe, a note and France Travail', () => {
    const orientation = oriented({ ...valerie, contrat: 'termine' });
    expect(ids(orientation.axes)).not.toContain('pdp');
    expect(ids(orientation.notes)).toContain('contrat_termine');
    expect(ids(orientation.redirections)).toContain('france_travail');
  });
});

describe('orient: dispositifs by status', () => {
  const SALARIES_ONLY = ['essai_encadre', 'crpe', 'visite_pre_reprise', 'rendez_vous_liaison'];
  const INDEPENDANTS_ONLY = ['ama', 'help'];

  it('never shows a dispositif for salariés to an indépendant', () => {
    const independants = workAndHealthSituations().filter((s) => s.answers['situation'] === 'independant');
    expect(independants.length).toBeGreaterThan(1000);
    const wrong = independants.flatMap((s) => ids(s.orientation.dispositifs).filter((id) => SALARIES_ONLY.includes(id)));
    expect(wrong).toEqual([]);
  }, SLOW);

  it('never shows a dispositif for indépendants to a salarié', () => {
    const salaries = workAndHealthSituations().filter((s) => s.answers['situation'] === 'salarie');
    expect(salaries.length).toBeGreaterThan(1000);
    const wrong = salaries.flatMap((s) => ids(s.orientation.dispositifs).filter((id) => INDEPENDANTS_ONLY.includes(id)));
    expect(wrong).toEqual([]);
  }, SLOW);

  it('shows each of them to someone', () => {
    const shown = new Set(workAndHealthSituations().flatMap((s) => ids(s.orientation.dispositifs)));
    for (const id of [...SALARIES_ONLY, ...INDEPENDANTS_ONLY]) expect(shown).toContain(id);
  }, SLOW);

  it('shows the visite de pré-reprise only to a salarié under contract in arrêt for more than a month', () => {
    const wrong = workAndHealthSituations().filter(({ answers, orientation }) => {
      const expected =
        answers['situation'] === 'salarie' &&
        ['en_cours', 'se_termine_bientot'].includes(answers['contrat'] as string) &&
        ['1_a_3_mois', '3_mois_ou_plus'].includes(answers['arret'] as string);
      return ids(orientation.dispositifs).includes('visite_pre_reprise') !== expected;
    });
    expect(wrong.map((s) => s.answers)).toEqual([]);
  }, SLOW);
});

describe('orient: feeling very low', () => {
  const all = situations(['difficultes', 'regime', 'situation']);

  it('puts the emergency redirection first and the support numbers on, whatever else is answered', () => {
    const low = all.filter((a) => chose(a, 'difficultes', 'moral'));
    expect(low.length).toBeGreaterThan(20);
    for (const answers of low) {
      const orientation = oriented(answers);
      expect(ids(orientation.redirections)[0]).toBe('urgence');
      expect(orientation.support).toBe(true);
    }
  });

  it('does not when "moral" is not ticked', () => {
    for (const answers of all.filter((a) => !chose(a, 'difficultes', 'moral'))) {
      const orientation = oriented(answers);
      expect(ids(orientation.redirections)).not.toContain('urgence');
      expect(orientation.support).toBe(false);
    }
  });
});

describe('orient: contacts', () => {
  const withBal = new Set(balsFile.bals.map((b) => b.departement));

  it('shows both Bouches-du-Rhône BALs, Est and Ouest, and says the split is unknown', () => {
    const { contact } = oriented({ ...valerie, departement: '13' });
    expect(contact.bals).toEqual(
      expect.arrayContaining([
        { email: 'servicesocialbdrest@carsat-sudest.fr', sector: 'Est', toConfirm: true },
        { email: 'servicesocialbdrouest@carsat-sudest.fr', sector: 'Ouest', toConfirm: true },
      ]),
    );
    expect(contact.bals).toHaveLength(2);
    expect(contact.splitUnknown).toBe(true);
    expect(contact).toMatchObject({ caisse: 'carsat_sud_est', phone: '3646' });
  });

  it('shows the one BAL of a département that has one, as published', () => {
    expect(oriented({ ...valerie, departement: '2A' }).contact).toMatchObject({
      bals: [{ email: 'servicesocialajaccio@carsat-sudest.fr' }],
      splitUnknown: false,
    });
    expect(oriented({ ...valerie, departement: '84' }).contact.bals.map((b) => b.email)).toEqual(['servicesocialvauclose@carsat-sudest.fr']);
  });

  it('shows no BAL, but the caisse and the 3646, for every département without a known BAL', () => {
    const without = departementCodes.filter((code) => !withBal.has(code));
    expect(without).toHaveLength(departementCodes.length - 8);
    for (const code of without) {
      const { contact } = oriented({ ...valerie, departement: code });
      expect(contact.bals, code).toEqual([]);
      expect(contact.splitUnknown).toBe(false);
      expect(contact.phone).toBe('3646');
      expect(contact.caisse, code).toBe(departements.find((d) => d.code === code)?.caisse);
    }
  });

  it('names the Cramif in Paris, the CGSS in La Réunion and the CSSM in Mayotte', () => {
    expect(oriented({ ...valerie, departement: '75' }).contact.caisse).toBe('cramif');
    expect(oriented({ ...valerie, departement: '974' }).contact.caisse).toBe('cgss_reunion');
    expect(oriented({ ...valerie, departement: '976' }).contact.caisse).toBe('cssm');
  });

  it('passes the commune to the directory, so a published commune table picks one BAL', () => {
    const asked: (string | undefined)[] = [];
    const spy: Directory = {
      caisseOf: (code) => directory.caisseOf(code),
      balsOf: (code, commune) => {
        asked.push(commune);
        return directory.balsOf(code, commune);
      },
    };
    orient(flow, rules, spy, { ...valerie, departement: '13', commune: '13055' });
    expect(asked).toEqual(['13055']);
  });
});

describe('orient: reasons', () => {
  it('names the answers that led to the PDP axe for Valérie', () => {
    const pdp = oriented(valerie).axes.find((a) => a.id === 'pdp');
    expect(pdp?.reasons).toEqual(
      expect.arrayContaining([
        { question: 'situation', value: 'salarie' },
        { question: 'contrat', value: 'en_cours' },
        { question: 'arret', value: '3_mois_ou_plus' },
      ]),
    );
  });

  it('names only answers the person gave, and never the silent ones', () => {
    const wrong = new Set<string>();
    for (const { answers, orientation } of workAndHealthSituations()) {
      for (const outcome of [...orientation.axes, ...orientation.themes, ...orientation.dispositifs, ...orientation.redirections, ...orientation.notes]) {
        for (const reason of outcome.reasons) {
          if (rules.silentInReasons.includes(reason.question)) wrong.add(`${outcome.id} names the silent ${reason.question}`);
          if (!chose(answers, reason.question, reason.value)) wrong.add(`${outcome.id} names ${reason.question}=${reason.value}, not answered`);
        }
      }
    }
    expect([...wrong]).toEqual([]);
  }, SLOW);
});

describe('orient: other rules', () => {
  it('sends a pure reimbursement question to the CPAM, with no axe', () => {
    const orientation = oriented({ ...BASE, besoin: ['remboursement'], situation: 'retraite', aspa: 'non' });
    expect(ids(orientation.redirections)).toContain('cpam');
    expect(orientation.axes).toEqual([]);
  });

  it('shows the PDP axe before the SPS axe when both apply', () => {
    const orientation = oriented({ ...valerie, sante: ['maladie_grave'] });
    expect(ids(orientation.axes)).toEqual(['pdp', 'sps']);
  });

  it('gives SPS for a serious illness with social consequences, not for the illness alone', () => {
    const ill = { ...BASE, situation: 'retraite', sante: ['maladie_grave'], besoin: ['soins'] };
    expect(ids(oriented({ ...ill, difficultes: ['isolement'] }).axes)).toEqual(['sps']);
    expect(ids(oriented({ ...ill, difficultes: ['aucune'] }).axes)).toEqual([]);
  });

  it('shows hospital discharge as information (theme and dispositifs), never as an axe', () => {
    const orientation = oriented({ ...BASE, situation: 'retraite', sante: ['hospitalisation'], besoin: ['soins'] });
    expect(ids(orientation.themes)).toContain('retour_domicile');
    expect(ids(orientation.dispositifs)).toEqual(expect.arrayContaining(['prado', 'ardh']));
    expect(ids(orientation.axes)).toEqual([]);
  });

  it('points a person with a handicap and money trouble to the MDPH, the AAH and the RQTH', () => {
    const orientation = oriented({ ...BASE, situation: 'sans_activite', sante: ['handicap'], difficultes: ['argent'] });
    expect(ids(orientation.redirections)).toContain('mdph');
    expect(ids(orientation.dispositifs)).toEqual(expect.arrayContaining(['aah', 'rqth']));
  });
});

describe('orient: the order of what is shown, from the data', () => {
  const needsOf = (id: string) => rules.dispositifs.find((d) => d.id === id)?.needs ?? [];

  it('puts first the dispositifs that serve what the person said they need (Valérie: money, twice)', () => {
    const found = ids(oriented(valerie).dispositifs);
    const money = found.filter((id) => needsOf(id).includes('argent'));
    expect(money).toEqual(expect.arrayContaining(['aides_financieres_cpam', 'css']));
    expect(found.slice(0, money.length)).toEqual(money);
    // Among equals, the order of the rules.
    const ruleOrder = rules.dispositifs.map((d) => d.id as string);
    expect([...found.slice(money.length)]).toEqual(found.slice(money.length).sort((a, b) => ruleOrder.indexOf(a) - ruleOrder.indexOf(b)));
  });

  it('weighs a need stated twice (besoin and difficulté) above one stated once', () => {
    const paul: Answers = { ...valerie, situation: 'independant', besoin: ['travail', 'argent'], difficultes: ['argent'] };
    const found = oriented(paul).dispositifs.map((d) => d.id);
    const firstWork = found.findIndex((id) => !needsOf(id).includes('argent'));
    expect(found.slice(0, firstWork).every((id) => needsOf(id).includes('argent'))).toBe(true);
    expect(found.slice(firstWork).some((id) => needsOf(id).includes('argent'))).toBe(false);
  });

  it('keeps the rules’ order when no stated need matches', () => {
    const none: Answers = { ...valerie, besoin: ['autre'], difficultes: ['aucune'] };
    const found = ids(oriented(none).dispositifs);
    const ruleOrder = rules.dispositifs.map((d) => d.id as string).filter((id) => found.includes(id));
    expect(found).toEqual(ruleOrder);
  });

  it('orders the doors by their priority, and never counts the support numbers as a door', () => {
    const retiree: Answers = { qui: 'moi', besoin: ['domicile'], regime: 'general', situation: 'retraite', aspa: 'oui', sante: ['aucune'], difficultes: ['isolement', 'moral'], complementaire: 'oui', departement: '04' };
    const o = oriented(retiree);
    expect(o.support).toBe(true);
    expect(ids(o.doors)).toEqual(['retraite', 'service_social_departemental']);
    const priority = (id: string) => rules.redirections.find((r) => r.id === id)?.priority ?? 0;
    expect(priority('retraite')).toBeLessThan(priority('service_social_departemental'));
    for (const door of o.doors) expect(rules.redirections.find((r) => r.id === door.id)?.role).toBe('door');
  });

  it('gives each note its placement from orientation.json', () => {
    const o = oriented({ ...valerie, contrat: 'se_termine_bientot', qui: 'proche' });
    for (const note of o.notes) expect(note.placement).toBe(rules.notes.find((r) => r.id === note.id)?.placement);
    expect(o.notes.length).toBeGreaterThan(0);
  });
});
