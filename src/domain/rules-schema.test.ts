import { describe, expect, it } from 'vitest';
import rawFlow from '../content/flow.json' with { type: 'json' };
import rawRules from '../content/orientation.json' with { type: 'json' };
import { ContentError } from './problems.ts';
import { validateRules } from './rules-schema.ts';
import { departementCodes } from './questionnaire.ts';

const FLOW = 'src/content/flow.json';
const RULES = 'src/content/orientation.json';

/** Deep copies of the real files, to break one thing at a time. */
function copies(): { flow: any; rules: any } {
  return { flow: structuredClone(rawFlow), rules: structuredClone(rawRules) };
}

/** The problems validateRules reports (fails the test if it does not throw a ContentError). */
function problemsOf(flow: unknown, rules: unknown): readonly string[] {
  try {
    validateRules(flow, rules, departementCodes);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('validateRules accepted the malformed files');
}

function indexOf(list: readonly { id: string }[], id: string): number {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`no "${id}" in the real file`);
  return index;
}

describe('validateRules on the real files', () => {
  it('accepts flow.json and orientation.json', () => {
    const { flow, rules } = validateRules(rawFlow, rawRules, departementCodes);
    expect(flow.start).toBe('qui');
    expect(rules.axes.map((a) => a.id)).toEqual(['pdp', 'sps']);
  });
});

describe('a condition of an unknown kind', () => {
  it('fails naming the file, the rule and its id', () => {
    const { flow, rules } = copies();
    const essai = indexOf(rules.dispositifs, 'essai_encadre');
    rules.dispositifs[essai].when = { all: [{ ref: 'pdp' }, { q: 'arret', above: '1_a_3_mois' }] };
    expect(problemsOf(flow, rules)).toEqual([`${RULES}: dispositifs[${essai}].when: Invalid input ("essai_encadre")`]);
  });
});

describe('validateRules on a malformed flow', () => {
  it('names the file, the branch and the unknown question of a condition', () => {
    const { flow, rules } = copies();
    const situation = indexOf(flow.steps, 'situation');
    flow.steps[situation].next[0].when = { q: 'statut', is: 'salarie' };
    expect(problemsOf(flow, rules)).toContain(`${FLOW}: steps[${situation}].next[0].when: unknown question "statut"`);
  });

  it('names the option a condition uses and the question does not have', () => {
    const { flow, rules } = copies();
    const arret = indexOf(flow.steps, 'arret');
    flow.steps[arret].next[0].when.all[1] = { q: 'contrat', is: 'fini' };
    expect(problemsOf(flow, rules)).toContain(`${FLOW}: steps[${arret}].next[0].when: question "contrat" has no option "fini"`);
  });

  it('names an unknown named condition', () => {
    const { flow, rules } = copies();
    const regime = indexOf(flow.steps, 'regime');
    flow.steps[regime].next[0].when = { ref: 'autre_regim' };
    expect(problemsOf(flow, rules)).toContain(`${FLOW}: steps[${regime}].next[0].when: unknown condition "autre_regim"`);
  });

  it('names a branch that goes to an unknown step', () => {
    const { flow, rules } = copies();
    const contrat = indexOf(flow.steps, 'contrat');
    flow.steps[contrat].next[0].goto = 'arrets';
    expect(problemsOf(flow, rules)).toContain(`${FLOW}: steps[${contrat}].next[0].goto: unknown step "arrets"`);
  });

  it('refuses a last branch with a condition: every step needs a fallback', () => {
    const { flow, rules } = copies();
    const situation = indexOf(flow.steps, 'situation');
    flow.steps[situation].next.pop();
    expect(problemsOf(flow, rules)).toContain(
      `${FLOW}: steps[${situation}].next: the last branch of "situation" must have no condition (fallback)`,
    );
  });

  it('names a step no branch leads to', () => {
    const { flow, rules } = copies();
    flow.steps.push({ id: 'orpheline', kind: 'single', options: ['oui', 'non'], next: [{ goto: 'fin' }] });
    expect(problemsOf(flow, rules)).toContain(`${FLOW}: steps[${flow.steps.length - 1}]: step "orpheline" is unreachable`);
  });

  it('names the steps cut off when a branch is redirected', () => {
    const { flow, rules } = copies();
    const complementaire = indexOf(flow.steps, 'complementaire');
    flow.steps[complementaire].next = [{ goto: 'departement' }];
    expect(problemsOf(flow, rules)).toContain(`${FLOW}: steps[${indexOf(flow.steps, 'aspa')}]: step "aspa" is unreachable`);
  });

  it('names a duplicate step, an exclusive option that is not an option, and an unknown start', () => {
    const { flow, rules } = copies();
    const sante = indexOf(flow.steps, 'sante');
    flow.steps[sante].exclusive = ['rien'];
    flow.steps.push(structuredClone(flow.steps[0]));
    flow.start = 'debut';
    const problems = problemsOf(flow, rules);
    expect(problems).toContain(`${FLOW}: steps[${sante}].exclusive: "rien" is not an option`);
    expect(problems).toContain(`${FLOW}: steps[${flow.steps.length - 1}].id: duplicate step "qui"`);
    expect(problems).toContain(`${FLOW}: start: unknown step "debut"`);
  });

  it('refuses a question without options and an information step with options', () => {
    const { flow, rules } = copies();
    const qui = indexOf(flow.steps, 'qui');
    const soutien = indexOf(flow.steps, 'soutien');
    delete flow.steps[qui].options;
    flow.steps[soutien].options = ['vu', 'pas_vu'];
    const problems = problemsOf(flow, rules);
    expect(problems).toContain(`${FLOW}: steps[${qui}].options: a single question needs options`);
    expect(problems).toContain(`${FLOW}: steps[${soutien}].options: a info step takes no options`);
  });

  it('reports a shape error with the file and the path', () => {
    const { flow, rules } = copies();
    const besoin = indexOf(flow.steps, 'besoin');
    flow.steps[besoin].kind = 'several';
    const problems = problemsOf(flow, rules);
    expect(problems.some((p) => p.startsWith(`${FLOW}: steps[${besoin}].kind: `))).toBe(true);
  });
});

describe('validateRules on loops', () => {
  it('names a flow whose next leads back to an earlier step', () => {
    const { flow, rules } = copies();
    const complementaire = indexOf(flow.steps, 'complementaire');
    flow.steps[complementaire].next = [{ goto: 'besoin' }];
    const loop = problemsOf(flow, rules).find((p) => p.startsWith(`${FLOW}: steps: the flow loops: `));
    expect(loop).toMatch(/besoin → .* → complementaire → besoin$/u);
  });

  it('names a definition that refers to itself, directly or through another', () => {
    const { flow, rules } = copies();
    rules.definitions.rg = { any: [{ q: 'regime', is: 'general' }, { ref: 'rg' }] };
    rules.definitions.argent = { ref: 'lien_sante' };
    rules.definitions.lien_sante = { ref: 'argent' };
    const problems = problemsOf(flow, rules);
    expect(problems).toContain(`${RULES}: definitions: a definition refers to itself: rg → rg`);
    expect(problems).toContain(`${RULES}: definitions: a definition refers to itself: argent → lien_sante → argent`);
  });
});

describe('validateRules on malformed orientation rules', () => {
  it('names the rule and the unknown question of its condition', () => {
    const { flow, rules } = copies();
    const pdp = indexOf(rules.axes, 'pdp');
    rules.axes[pdp].when = { all: [{ ref: 'pdp' }, { q: 'age', in: ['plus_55'] }] };
    expect(problemsOf(flow, rules)).toContain(`${RULES}: axes[${pdp}].when: unknown question "age"`);
  });

  it('names the rule and the option its question does not have', () => {
    const { flow, rules } = copies();
    const ardh = indexOf(rules.dispositifs, 'ardh');
    rules.dispositifs[ardh].when.all[1] = { q: 'situation', is: 'retraitee' };
    expect(problemsOf(flow, rules)).toContain(`${RULES}: dispositifs[${ardh}].when: question "situation" has no option "retraitee"`);
  });

  it('names an unknown option inside a definition', () => {
    const { flow, rules } = copies();
    rules.definitions.arret_long = { q: 'arret', is: '90_jours' };
    expect(problemsOf(flow, rules)).toContain(`${RULES}: definitions.arret_long: question "arret" has no option "90_jours"`);
  });

  it('names an unknown named condition', () => {
    const { flow, rules } = copies();
    const sps = indexOf(rules.axes, 'sps');
    rules.axes[sps].when = { ref: 'securiser' };
    expect(problemsOf(flow, rules)).toContain(`${RULES}: axes[${sps}].when: unknown condition "securiser"`);
  });

  it('does not accept a named condition of the flow in the rules', () => {
    const { flow, rules } = copies();
    delete rules.definitions.autre_regime;
    rules.notes.push({ id: 'autre', placement: 'end', when: { ref: 'autre_regime' }, sources: [{ ref: 'seed:000_ca72d197049ff9c8.txt' }] });
    expect(problemsOf(flow, rules)).toContain(`${RULES}: notes[${rules.notes.length - 1}].when: unknown condition "autre_regime"`);
  });

  it('refuses a dispositif id that the content does not know (zod enum)', () => {
    const { flow, rules } = copies();
    rules.dispositifs[0].id = 'cheque_energie';
    const problems = problemsOf(flow, rules);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RULES}: dispositifs\\[0\\]\\.id: .*"inclupro"`));
  });

  it('refuses an axe that is not one of the two current axes', () => {
    const { flow, rules } = copies();
    rules.axes.push({ id: 'retour_domicile', when: { q: 'sante', is: 'hospitalisation' }, sources: [{ ref: 'seed:000_ca72d197049ff9c8.txt' }] });
    const problems = problemsOf(flow, rules);
    expect(problems.some((p) => p.startsWith(`${RULES}: axes[${rules.axes.length - 1}].id: `))).toBe(true);
  });

  it('names a duplicate rule id', () => {
    const { flow, rules } = copies();
    const prado = indexOf(rules.dispositifs, 'prado');
    rules.dispositifs.push(structuredClone(rules.dispositifs[prado]));
    expect(problemsOf(flow, rules)).toContain(`${RULES}: dispositifs[${rules.dispositifs.length - 1}].id: duplicate "prado"`);
  });

  it('refuses a source that is neither a seed file nor a web address', () => {
    const { flow, rules } = copies();
    const msa = indexOf(rules.redirections, 'msa');
    rules.redirections[msa].sources[0].ref = 'seed 001, page 3';
    const problems = problemsOf(flow, rules);
    expect(problems.some((p) => p.startsWith(`${RULES}: redirections[${msa}].sources[0].ref: `))).toBe(true);
  });

  it('refuses a rule without a source', () => {
    const { flow, rules } = copies();
    rules.notes[0].sources = [];
    expect(problemsOf(flow, rules).some((p) => p.startsWith(`${RULES}: notes[0].sources: `))).toBe(true);
  });

  it('names an unknown question among the silent ones', () => {
    const { flow, rules } = copies();
    rules.silentInReasons.push('statut');
    expect(problemsOf(flow, rules)).toContain(`${RULES}: silentInReasons: unknown question "statut"`);
  });

  it('accepts the commune, kept from links although no step asks it', () => {
    const { flow, rules } = copies();
    rules.notes.push({ id: 'commune_connue', placement: 'end', when: { q: 'commune', is: '13055' }, sources: [{ ref: 'seed:001_22f792b28731c800.txt' }] });
    expect(() => validateRules(flow, rules, departementCodes)).not.toThrow();
  });

  it('checks département codes against the content', () => {
    const { flow, rules } = copies();
    rules.notes.push({ id: 'corse', placement: 'end', when: { q: 'departement', in: ['2A', '20'] }, sources: [{ ref: 'seed:001_22f792b28731c800.txt' }] });
    expect(problemsOf(flow, rules)).toContain(`${RULES}: notes[${rules.notes.length - 1}].when: question "departement" has no option "20"`);
  });
});

describe('what the result needs from the rules: needs, door priority, note placement', () => {
  it('names the file, the dispositif and the problem when a dispositif does not say which needs it serves', () => {
    const { flow, rules } = copies();
    const css = indexOf(rules.dispositifs, 'css');
    delete rules.dispositifs[css].needs;
    expect(problemsOf(flow, rules)).toEqual([
      `${RULES}: dispositifs[${css}].needs: required: "needs": the needs this dispositif serves (options of the "needsFrom" questions), to order the result ("css")`,
    ]);
  });

  it('refuses an empty list of needs, and a need no one can state', () => {
    const { flow, rules } = copies();
    const aah = indexOf(rules.dispositifs, 'aah');
    const misas = indexOf(rules.dispositifs, 'misas');
    rules.dispositifs[aah].needs = [];
    rules.dispositifs[misas].needs = ['soins', 'sante'];
    const problems = problemsOf(flow, rules);
    expect(problems.some((p) => p.startsWith(`${RULES}: dispositifs[${aah}].needs: `) && p.endsWith('("aah")'))).toBe(true);
    rules.dispositifs[aah].needs = ['argent'];
    expect(problemsOf(flow, rules)).toEqual([
      `${RULES}: dispositifs[${misas}].needs[1]: "sante" is not an option of besoin or difficultes ("misas")`,
    ]);
  });

  it('names the note and the problem when a note has no placement, or an unknown one', () => {
    const { flow, rules } = copies();
    const proche = indexOf(rules.notes, 'pour_un_proche');
    delete rules.notes[proche].placement;
    expect(problemsOf(flow, rules)).toEqual([
      `${RULES}: notes[${proche}].placement: required: "placement": "actions", "end" or "axe:<axe id>" (where the note is shown on the result) ("pour_un_proche")`,
    ]);
    rules.notes[proche].placement = 'axe:retour_domicile';
    const problems = problemsOf(flow, rules);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RULES}: notes\\[${proche}\\]\\.placement: .*\\("pour_un_proche"\\)$`));
  });

  it('accepts a note placed in an axe card', () => {
    const { flow, rules } = copies();
    rules.notes[indexOf(rules.notes, 'avant_fin_contrat')].placement = 'axe:pdp';
    expect(() => validateRules(flow, rules, departementCodes)).not.toThrow();
  });

  it('names the redirection without a role or a priority', () => {
    const { flow, rules } = copies();
    const cpam = indexOf(rules.redirections, 'cpam');
    delete rules.redirections[cpam].priority;
    delete rules.redirections[cpam].role;
    const problems = problemsOf(flow, rules);
    expect(problems).toContain(
      `${RULES}: redirections[${cpam}].priority: required: "priority": which door leads the result when several apply (lowest first) ("cpam")`,
    );
    expect(problems).toContain(
      `${RULES}: redirections[${cpam}].role: required: "role": "support" (emergency numbers first) or "door" (another door) ("cpam")`,
    );
  });

  it('names the definition orient() reads by name when it is missing', () => {
    const { flow, rules } = copies();
    delete rules.definitions.rg;
    expect(problemsOf(flow, rules)).toContain(`${RULES}: definitions: missing "rg" (who the service social is for: orient() reads it by name)`);
  });

  it('names a needsFrom question that has no options', () => {
    const { flow, rules } = copies();
    rules.needsFrom = ['besoin', 'departement_inconnu'];
    expect(problemsOf(flow, rules)).toContain(`${RULES}: needsFrom: "departement_inconnu" is not a question with options`);
  });
});

describe('ContentError', () => {
  it('lists every problem of both files in one message', () => {
    const { flow, rules } = copies();
    const contrat = indexOf(flow.steps, 'contrat');
    flow.steps[contrat].next[0].goto = 'arrets';
    rules.axes[0].when = { ref: 'inconnue' };
    try {
      validateRules(flow, rules, departementCodes);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as Error).message).toContain(`${FLOW}: steps[${contrat}].next[0].goto: unknown step "arrets"`);
      expect((error as Error).message).toContain(`${RULES}: axes[0].when: unknown condition "inconnue"`);
    }
  });
});
