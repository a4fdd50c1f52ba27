/**
 * The orientation: a pure function of the answers. Nothing here is stored; the result screen,
 * the personas command and the every-path test all call `orient`.
 */
import { references } from './condition-refs.ts';
import { explain, holds, type Answers, type Fact } from './conditions.ts';
import { applicable, companionOf, type Flow } from './flow.ts';
import type { NotePlacement, Rule, Rules } from './rules-schema.ts';
import type { AxeId, DispositifId, RedirectionId, ThemeId } from './schemas.ts';

export type { DispositifRule, NotePlacement, NoteRule, RedirectionRule, Rule, Rules } from './rules-schema.ts';

/** A departmental mailbox as the result shows it. */
export interface Bal {
  readonly email: string;
  readonly sector?: string | undefined;
  /** Not confirmed by the caisse yet. */
  readonly toConfirm: boolean;
}

/** What the contacts section needs from the content (src/content/*). */
export interface Directory {
  caisseOf(departement: string): string | undefined;
  balsOf(departement: string, commune?: string): readonly Bal[];
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
  readonly bals: readonly Bal[];
  /** Several BALs and no commune table yet: the person must say their commune or call. */
  readonly splitUnknown: boolean;
}

export interface NoteOutcome extends Outcome {
  readonly placement: NotePlacement;
}

export interface Orientation {
  /** The definition `rg` holds (régime général, or not sure), or the régime is not answered yet: the service social is a door. */
  readonly inScope: boolean;
  readonly axes: readonly Outcome<AxeId>[];
  readonly themes: readonly Outcome<ThemeId>[];
  /** Ordered by the needs the person stated (`needsFrom`), then in the order of the rules. */
  readonly dispositifs: readonly Outcome<DispositifId>[];
  /** Every redirection that applies, in the order of the rules. */
  readonly redirections: readonly Outcome<RedirectionId>[];
  /** The redirections that are doors (`role: "door"`), by priority: the first one leads when no axe applies. */
  readonly doors: readonly Outcome<RedirectionId>[];
  readonly notes: readonly NoteOutcome[];
  /** A `support` redirection applies (the person feels very low): the support numbers come first (3114). */
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

/**
 * How much each need weighs for this person: the number of `needsFrom` questions where they chose it
 * (« argent » as a need and as a difficulty weighs 2).
 */
export function needWeights(rules: Rules, answers: Answers): ReadonlyMap<string, number> {
  const weights = new Map<string, number>();
  for (const question of rules.needsFrom) {
    const answer = answers[question];
    const values = answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;
    for (const value of new Set(values)) weights.set(value, (weights.get(value) ?? 0) + 1);
  }
  return weights;
}

/** Dispositifs by the weight of the stated needs they serve (stable: the rules' order among equals). */
export function byNeeds(rules: Rules, answers: Answers, found: readonly Outcome<DispositifId>[]): Outcome<DispositifId>[] {
  const weights = needWeights(rules, answers);
  const score = (id: DispositifId) =>
    (rules.dispositifs.find((d) => d.id === id)?.needs ?? []).reduce((sum, need) => sum + (weights.get(need) ?? 0), 0);
  return found
    .map((outcome, index) => ({ outcome, index, score: score(outcome.id) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.outcome);
}

function single(answers: Answers, question: string): string | null {
  const answer = answers[question];
  return typeof answer === 'string' ? answer : null;
}

/** The definition of orientation.json saying the service social is this person's door: the régime général (or not sure). */
export const IN_SCOPE = 'rg';

export function orient(flow: Flow, rules: Rules, directory: Directory, rawAnswers: Answers): Orientation {
  const answers = applicable(flow, rawAnswers);
  const scope = rules.definitions[IN_SCOPE];
  if (scope === undefined) throw new Error(`orientation.json defines no "${IN_SCOPE}"`);
  // Not asked yet counts as in scope: the 3646 is the door until the answers say otherwise.
  const inScope = holds(scope, answers, rules.definitions) || references(scope).every(({ question }) => answers[question] === undefined);
  const place = flow.steps.find((s) => s.kind === 'departement');
  const departement = place ? single(answers, place.id) : null;
  // The commune comes with the département (postal code, partner link): its companion answer, kept only if it is in it.
  const companion = place && companionOf(place);
  const commune = (companion && single(answers, companion.id)) ?? undefined;
  const caisse = inScope && departement ? (directory.caisseOf(departement) ?? null) : null;
  const bals = inScope && departement ? directory.balsOf(departement, commune) : [];
  const redirections = outcomes(rules, rules.redirections, answers);
  const ruleOf = (id: RedirectionId) => rules.redirections.find((r) => r.id === id);
  const doors = redirections
    .map((outcome, index) => ({ outcome, index, rule: ruleOf(outcome.id) }))
    .filter((entry) => entry.rule?.role === 'door')
    .sort((a, b) => (a.rule?.priority ?? 0) - (b.rule?.priority ?? 0) || a.index - b.index)
    .map((entry) => entry.outcome);
  const notes = outcomes(rules, rules.notes, answers).map((note) => ({
    ...note,
    placement: rules.notes.find((rule) => rule.id === note.id)?.placement ?? 'end',
  }));
  return {
    inScope,
    axes: outcomes(rules, rules.axes, answers),
    themes: outcomes(rules, rules.themes, answers),
    dispositifs: byNeeds(rules, answers, outcomes(rules, rules.dispositifs, answers)),
    redirections,
    doors,
    notes,
    support: redirections.some((r) => ruleOf(r.id)?.role === 'support'),
    contact: {
      departement,
      caisse,
      phone: inScope ? '3646' : null,
      bals,
      splitUnknown: bals.length > 1,
    },
  };
}
