/**
 * The orientation: a pure function of the answers. Nothing here is stored; the result screen,
 * the personas command and the every-path test all call `orient`.
 */
import { explain, type Answers, type Condition, type Definitions, type Fact } from './conditions.ts';
import { applicable, type Flow } from './flow.ts';
import type { AxeId, DispositifId, RedirectionId, ThemeId } from './schemas.ts';

export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly when: Condition;
  readonly sources: readonly { readonly ref: string }[];
}

/** src/content/orientation.json: rules are tried in order; the order is the order shown. */
export interface Rules {
  readonly version: number;
  /** Questions whose answers are not worth naming in a reason (e.g. the régime). */
  readonly silentInReasons: readonly string[];
  readonly definitions: Definitions;
  readonly axes: readonly Rule<AxeId>[];
  readonly themes: readonly Rule<ThemeId>[];
  readonly dispositifs: readonly Rule<DispositifId>[];
  readonly redirections: readonly Rule<RedirectionId>[];
  readonly notes: readonly Rule[];
}

/** What the contacts section needs from the content (src/content/*). */
export interface Directory {
  caisseOf(departement: string): string | undefined;
  balsOf(departement: string, commune?: string): readonly { readonly email: string; readonly sector?: string | undefined }[];
}

export interface Outcome<Id extends string = string> {
  readonly id: Id;
  /** The answers that led to it. */
  readonly reasons: readonly Fact[];
}

export interface Contact {
  readonly departement: string | null;
  readonly caisse: string | null;
  /** The service social's number for people of the régime général; null for other régimes. */
  readonly phone: '3646' | null;
  readonly bals: readonly { readonly email: string; readonly sector?: string | undefined }[];
  /** Several BALs and no commune table yet: the person must say their commune or call. */
  readonly splitUnknown: boolean;
}

export interface Orientation {
  /** Régime général (or not sure): the service social is a door for this person. */
  readonly inScope: boolean;
  readonly axes: readonly Outcome<AxeId>[];
  readonly themes: readonly Outcome<ThemeId>[];
  readonly dispositifs: readonly Outcome<DispositifId>[];
  readonly redirections: readonly Outcome<RedirectionId>[];
  readonly notes: readonly Outcome[];
  /** The person feels very low: the support numbers come first (3114). */
  readonly support: boolean;
  readonly contact: Contact;
}

function outcomes<Id extends string>(rules: Rules, list: readonly Rule<Id>[], answers: Answers): Outcome<Id>[] {
  const result: Outcome<Id>[] = [];
  for (const rule of list) {
    const facts = explain(rule.when, answers, rules.definitions);
    if (facts === null) continue;
    result.push({ id: rule.id, reasons: facts.filter((fact) => !rules.silentInReasons.includes(fact.question)) });
  }
  return result;
}

function single(answers: Answers, question: string): string | null {
  const answer = answers[question];
  return typeof answer === 'string' ? answer : null;
}

export function orient(flow: Flow, rules: Rules, directory: Directory, rawAnswers: Answers): Orientation {
  const answers = applicable(flow, rawAnswers);
  const regime = single(answers, 'regime');
  const inScope = regime === null || regime === 'general' || regime === 'ne_sait_pas';
  const departement = single(answers, 'departement');
  // No step asks the commune yet: it comes with the département (partner link, postal code), so it is read as given.
  const commune = single(rawAnswers, 'commune') ?? undefined;
  const caisse = inScope && departement ? (directory.caisseOf(departement) ?? null) : null;
  const bals = inScope && departement ? directory.balsOf(departement, commune) : [];
  const redirections = outcomes(rules, rules.redirections, answers);
  return {
    inScope,
    axes: outcomes(rules, rules.axes, answers),
    themes: outcomes(rules, rules.themes, answers),
    dispositifs: outcomes(rules, rules.dispositifs, answers),
    redirections,
    notes: outcomes(rules, rules.notes, answers),
    support: redirections.some((r) => r.id === 'urgence'),
    contact: {
      departement,
      caisse,
      phone: inScope ? '3646' : null,
      bals,
      splitUnknown: bals.length > 1,
    },
  };
}
