import { describe, expect, it } from 'vitest';
import type { Condition } from './conditions.ts';
import type { Flow } from './flow.ts';
import type { Rules } from './orientation.ts';
import { ContentError } from './problems.ts';
import { phraseCondition, phraseDefinitions, phraseFlow, phraseRules, plain, ruleGroups, splitTemplate, type PhraseTexts } from './phrasing.ts';
import { flow, rules } from './questionnaire.ts';
import { locales } from '../i18n/routes.ts';
import { resourcesOf } from '../i18n/index.ts';

type Tree = Record<string, unknown>;
const at = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

/** The page's words of a locale, read from the locale files as the page reads them (French under the rest). */
function textsOf(locale: (typeof locales)[number], change: (tree: Tree) => void = () => {}): PhraseTexts {
  const tree = structuredClone(resourcesOf(locale, ['flow', 'pages']));
  change(tree);
  const text = (key: string) => {
    const value = at(tree, key);
    return typeof value === 'string' ? value : undefined;
  };
  const word = (key: string) => text(`pages.rules.phrase.${key}`) ?? '';
  return {
    question: (id) => text(`question.${id}.check`),
    option: (question, value) => (question === 'departement' ? `département ${value}` : text(`option.${question}.${value}`)),
    definition: (name) => text(`pages.rules.definitions.${name}`),
    words: {
      answered: word('answered'),
      ticked: word('ticked'),
      only: word('only'),
      answer: word('answer'),
      and: word('and'),
      or: word('or'),
      unless: word('unless'),
      not: word('not'),
      group: word('group'),
    },
  };
}

const fr = textsOf('fr');
const sentence = (r: Rules, group: (typeof ruleGroups)[number], id: string, texts = fr, f: Flow = flow) =>
  plain(phraseRules(f, r, texts)[group].find((rule) => rule.id === id)!.tokens);
const where = 'test';

describe('phrasing the rules of orientation.json', () => {
  it('says essai encadré with the questions’ and options’ own labels and the named situations', () => {
    expect(sentence(rules, 'dispositifs', 'essai_encadre')).toBe(
      'le service social peut vous aider à garder ou reprendre votre travail et vous êtes salarié et votre contrat de travail n\'est pas terminé et vous êtes en arrêt de travail',
    );
    const tokens = phraseRules(flow, rules, fr).dispositifs.find((r) => r.id === 'essai_encadre')!.tokens;
    expect(tokens.filter((t) => t.kind === 'ref').map((t) => (t.kind === 'ref' ? t.name : ''))).toEqual(['pdp', 'salarie_contrat', 'en_arret']);
  });

  it('follows the data: a rule changed in a copy of the content changes its sentence', () => {
    const before = sentence(rules, 'dispositifs', 'css');
    expect(before).toBe(
      'vos soins sont remboursés par la CPAM (ou vous ne savez pas qui les rembourse) et vous avez répondu « Non » ou « Je ne sais pas » à « Complémentaire santé »',
    );
    const copy = structuredClone(rules) as unknown as { dispositifs: { id: string; when: Condition }[]; definitions: Record<string, Condition> };
    copy.dispositifs.find((r) => r.id === 'css')!.when = { all: [{ ref: 'rg' }, { q: 'complementaire', is: 'non' }, { q: 'situation', is: 'retraite' }] };
    const after = sentence(copy as unknown as Rules, 'dispositifs', 'css');
    expect(after).not.toBe(before);
    expect(after).toBe(
      'vos soins sont remboursés par la CPAM (ou vous ne savez pas qui les rembourse) et vous avez répondu « Non » à « Complémentaire santé » et vous avez répondu « Retraité » à « Situation de travail »',
    );
    // A changed definition changes its explanation and every rule that expands it.
    copy.definitions['en_arret'] = { q: 'arret', is: '3_mois_ou_plus' };
    const explained = phraseDefinitions(flow, copy as unknown as Rules, fr).find((d) => d.name === 'en_arret')!;
    expect(plain(explained.tokens)).toBe('vous avez répondu « Oui, depuis 3 mois ou plus » à « Arrêt de travail »');
  });

  it('phrases every rule, in every locale, each with its own sentence', () => {
    for (const locale of locales) {
      const phrased = phraseRules(flow, rules, textsOf(locale));
      for (const group of ruleGroups) {
        expect(phrased[group].map((r) => r.id), `${locale} ${group}`).toEqual(rules[group].map((r) => r.id));
        for (const rule of phrased[group]) expect(plain(rule.tokens).length, `${locale} ${group} ${rule.id}`).toBeGreaterThan(10);
      }
    }
    const count = ruleGroups.reduce((n, g) => n + rules[g].length, 0);
    expect(count).toBe(45);
  });

  it('any → « ou », not → « sauf si », a group of another kind in brackets', () => {
    const phrase = (c: Condition) => plain(phraseCondition(c, flow, rules.definitions, fr, where));
    expect(phrase({ any: [{ q: 'situation', is: 'salarie' }, { q: 'sante', is: 'handicap' }] })).toBe(
      'vous avez répondu « Salarié (je travaille pour un employeur) » à « Situation de travail » ou vous avez coché « Un handicap » à « Santé »',
    );
    expect(phrase({ all: [{ not: { q: 'sante', is: 'handicap' } }, { q: 'arret', is: 'non' }] })).toBe(
      'vous avez répondu « Non » à « Arrêt de travail », sauf si vous avez coché « Un handicap » à « Santé »',
    );
    expect(phrase({ not: { q: 'sante', is: 'handicap' } })).toBe('dans tous les cas, sauf si vous avez coché « Un handicap » à « Santé »');
    expect(phrase({ all: [{ ref: 'argent' }, { any: [{ ref: 'en_arret' }, { ref: 'independant' }] }] })).toBe(
      'vous avez des difficultés d\'argent et (vous êtes en arrêt de travail ou vous êtes travailleur indépendant)',
    );
    expect(phrase({ all: [{ ref: 'argent' }, { all: [{ ref: 'en_arret' }, { ref: 'independant' }] }] })).toBe(
      'vous avez des difficultés d\'argent et vous êtes en arrêt de travail et vous êtes travailleur indépendant',
    );
    expect(phrase({ q: 'sante', only: ['aucune'] })).toBe('à « Santé », vous n\'avez coché que « Rien de tout cela »');
  });

  it('names a definition by its phrase, expands it where it has none, and expands a rule that is only a name', () => {
    const unnamed = textsOf('fr', (tree) => delete (at(tree, 'pages.rules.definitions') as Tree)['en_arret']);
    expect(plain(phraseCondition({ all: [{ ref: 'argent' }, { ref: 'en_arret' }] }, flow, rules.definitions, unnamed, where))).toBe(
      'vous avez des difficultés d\'argent et vous avez répondu « Oui, depuis moins d’un mois » ou « Oui, depuis 1 à 3 mois » ou « Oui, depuis 3 mois ou plus » à « Arrêt de travail »',
    );
    expect(sentence(rules, 'axes', 'pdp')).toMatch(/^vos soins sont remboursés par la CPAM .* et \(vous êtes salarié .* ou vous êtes travailleur indépendant\) et votre santé/);
  });

  it('fails naming the rule when a condition cannot be phrased', () => {
    const unknownKind = structuredClone(rules) as unknown as { dispositifs: { id: string; when: unknown }[] };
    unknownKind.dispositifs[5]!.when = { all: [{ ref: 'pdp' }, { q: 'arret', above: '1_mois' }] };
    expect(() => phraseRules(flow, unknownKind as unknown as Rules, fr)).toThrow(ContentError);
    expect(() => phraseRules(flow, unknownKind as unknown as Rules, fr)).toThrow(
      /^src\/content\/orientation\.json: dispositifs\[5\] "essai_encadre": cannot phrase the condition: unknown kind of condition \{"q":"arret","above":"1_mois"\}$/,
    );
    const unknownOption = structuredClone(rules) as unknown as { notes: { id: string; when: unknown }[] };
    unknownOption.notes[2]!.when = { q: 'regime', is: 'cnracl' };
    expect(() => phraseRules(flow, unknownOption as unknown as Rules, fr)).toThrow(
      'src/content/orientation.json: notes[2] "regime_incertain": cannot phrase the condition: no label for the answer "cnracl" of the question "regime"',
    );
    const loop = structuredClone(rules) as unknown as { definitions: Record<string, Condition> };
    loop.definitions['a'] = { ref: 'b' };
    loop.definitions['b'] = { any: [{ ref: 'a' }, { q: 'qui', is: 'moi' }] };
    expect(() => phraseDefinitions(flow, loop as unknown as Rules, fr)).toThrow(/definitions\.a: cannot phrase the condition: the condition "a" refers to itself \(a → b → a\)/);
  });
});

describe('phrasing the flow', () => {
  it('gives every question in order with where its answers lead, the fallback last', () => {
    const steps = phraseFlow(flow, fr);
    expect(steps.map((s) => s.id)).toEqual(flow.steps.map((s) => s.id));
    const situation = steps.find((s) => s.id === 'situation')!;
    expect(situation.next.map((b) => [b.when ? plain(b.when) : null, b.goto])).toEqual([
      ['vous avez répondu « Salarié (je travaille pour un employeur) » à « Situation de travail »', 'contrat'],
      ['vous avez répondu « Travailleur indépendant (artisan, commerçant, profession libérale) » ou « Demandeur d’emploi » à « Situation de travail »', 'arret'],
      ['vous avez répondu « Sans activité professionnelle » à « Situation de travail »', 'invalidite'],
      [null, 'sante'],
    ]);
    // The flow's own definitions are spelled out (they have no phrase of their own).
    expect(plain(steps.find((s) => s.id === 'regime')!.next[0]!.when!)).toContain(`« ${(resourcesOf('fr', ['flow']) as any).option.regime.fonction_publique} »`);
  });
});

describe('splitTemplate', () => {
  it('separates words and slots', () => {
    expect(splitTemplate('Vous voyez {{name}} si :')).toEqual([{ text: 'Vous voyez ' }, { slot: 'name' }, { text: ' si :' }]);
    expect(splitTemplate('{{step}}')).toEqual([{ slot: 'step' }]);
  });
});
