/**
 * Schemas and cross-reference checks of the questionnaire flow (src/content/flow.json) and the
 * orientation rules (src/content/orientation.json). Build time and tests only (full zod).
 */
import { z } from 'zod';
import { references, refsOf } from './condition-refs.ts';
import type { Condition } from './conditions.ts';
import { companionOf, END } from './flow.ts';
import { IN_SCOPE } from './orientation.ts';
import { ConditionSchema, DefinitionsSchema, FlowSchema, Id, OptionId, SchemaRef, type Flow } from './flow-schema.ts';
import { ContentError, formatIssues } from './problems.ts';
import { AxeId, DispositifId, RedirectionId, SourceRef, ThemeId } from './schemas.ts';

export { ConditionSchema, FlowSchema } from './flow-schema.ts';

const ruleFields = <T extends z.ZodType<string>>(id: T) => ({
  /** The outcome's id (an axe, theme, dispositif, redirection or note). */
  id,
  /** When the outcome applies; the answers that make it true are its reasons. */
  when: ConditionSchema,
  /** Where the rule comes from (a seed document or a public page). */
  sources: z.array(z.strictObject({ ref: SourceRef })).min(1),
});
const Rule = <T extends z.ZodType<string>>(id: T) => z.strictObject(ruleFields(id));
/** Any rule, whatever its group. */
export const RuleSchema = Rule(Id);

/** A required field: a missing one is named with what it is for. */
const required = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `required: ${what}` : undefined),
});

/**
 * Where a note is shown on the result: `actions` (with « Ce que vous pouvez faire maintenant »),
 * `axe:<id>` (inside that axe's card, when it applies; otherwise with the actions), `end` (after the themes).
 */
export const NotePlacementSchema = z.union(
  [z.enum(['actions', 'end']), z.templateLiteral(['axe:', AxeId])],
  required('"placement": "actions", "end" or "axe:<axe id>" (where the note is shown on the result)'),
);

export const DispositifRuleSchema = z.strictObject({
  ...ruleFields(DispositifId),
  /** The needs it serves (options of the `needsFrom` questions): the result shows first what the person asked for. */
  needs: z.array(OptionId, required('"needs": the needs this dispositif serves (options of the "needsFrom" questions), to order the result')).min(1),
});

export const RedirectionRuleSchema = z.strictObject({
  ...ruleFields(RedirectionId),
  /** `support`: the emergency numbers shown first on the result (not a door); `door`: another door than the service social. */
  role: z.enum(['support', 'door'], required('"role": "support" (emergency numbers first) or "door" (another door)')),
  /** Among the doors that apply, the lowest priority leads the result. */
  priority: z.number(required('"priority": which door leads the result when several apply (lowest first)')).int().min(1),
});

export const NoteRuleSchema = z.strictObject({
  ...ruleFields(Id),
  /** Where the note is shown on the result. */
  placement: NotePlacementSchema,
});

/** src/content/orientation.json: rules are tried in order; the order is the order shown (dispositifs: by need first). */
export const RulesSchema = z.strictObject({
  /** The file's JSON Schema. */
  $schema: SchemaRef,
  /** The rules' version: printed with a result. */
  version: z.number().int().positive(),
  /** Questions whose answers are not worth naming in a reason (e.g. the régime). */
  silentInReasons: z.array(Id),
  /** Questions whose answers are the person's stated needs (`besoin`, `difficultes`): they order the dispositifs. */
  needsFrom: z.array(Id, required('"needsFrom": the questions whose answers are the stated needs')).min(1),
  /** Named conditions (`rg`: the régime général…), used by the rules and by the code by name. */
  definitions: DefinitionsSchema,
  /** The axes d'intervention of the service social. */
  axes: z.array(Rule(AxeId)),
  /** Information and transversal advice. */
  themes: z.array(Rule(ThemeId)),
  /** Concrete aids and procedures. */
  dispositifs: z.array(DispositifRuleSchema),
  /** Other doors, and the support numbers. */
  redirections: z.array(RedirectionRuleSchema),
  /** Notes shown at a place of the result. */
  notes: z.array(NoteRuleSchema),
});

/** A rule of any group; `Id` narrows its id (`Rule<AxeId>`). */
export type Rule<Id extends string = string> = z.infer<typeof RuleSchema> & { readonly id: Id };
export type DispositifRule = z.infer<typeof DispositifRuleSchema>;
export type RedirectionRule = z.infer<typeof RedirectionRuleSchema>;
export type NotePlacement = z.infer<typeof NotePlacementSchema>;
export type NoteRule = z.infer<typeof NoteRuleSchema>;
/** The rules as the domain uses them: the parsed file without its `$schema`. */
export type Rules = Omit<z.infer<typeof RulesSchema>, '$schema'>;

/** Checks a condition's question ids, option values and named conditions. */
function checkCondition(
  file: string,
  where: string,
  condition: Condition,
  options: ReadonlyMap<string, readonly string[] | null>,
  definitions: Readonly<Record<string, Condition>>,
  problems: string[],
): void {
  for (const { question, values } of references(condition)) {
    if (!options.has(question)) {
      problems.push(`${file}: ${where}: unknown question "${question}"`);
      continue;
    }
    const known = options.get(question);
    if (!known) continue;
    for (const value of values) {
      if (!known.includes(value)) problems.push(`${file}: ${where}: question "${question}" has no option "${value}"`);
    }
  }
  for (const ref of refsOf(condition)) {
    if (!(ref in definitions)) problems.push(`${file}: ${where}: unknown condition "${ref}"`);
  }
}

/** The cycles of a directed graph, each once, written « a → b → a » (a looping `next` or a self-referencing definition). */
export function cyclesOf(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const visit = (node: string, path: readonly string[]): void => {
    const at = path.indexOf(node);
    if (at >= 0) {
      found.push([...path.slice(at), node].join(' → '));
      return;
    }
    if (done.has(node)) return;
    for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of edges.keys()) visit(node, []);
  return found;
}

export interface ValidatedRules {
  readonly flow: Flow;
  readonly rules: Rules;
}

/**
 * Validates the flow and the rules together: unknown questions or options in conditions, branches
 * to unknown steps, a missing fallback branch, unreachable steps, rules naming unknown ids.
 * `departements` lists the codes the departement step accepts.
 */
export function validateRules(rawFlow: unknown, rawRules: unknown, departements: readonly string[]): ValidatedRules {
  const flowFile = 'src/content/flow.json';
  const rulesFile = 'src/content/orientation.json';
  const problems: string[] = [];
  const flowResult = FlowSchema.safeParse(rawFlow);
  const rulesResult = RulesSchema.safeParse(rawRules);
  if (!flowResult.success) problems.push(...formatIssues(flowFile, flowResult.error, rawFlow));
  if (!rulesResult.success) problems.push(...formatIssues(rulesFile, rulesResult.error, rawRules));
  if (!flowResult.success || !rulesResult.success) throw new ContentError(problems);
  const { $schema: _flowSchema, ...flow } = flowResult.data;
  const { $schema: _rulesSchema, ...rules } = rulesResult.data;

  const options = new Map<string, readonly string[] | null>();
  flow.steps.forEach((step, index) => {
    if (options.has(step.id)) problems.push(`${flowFile}: steps[${index}].id: duplicate step "${step.id}"`);
    const needsOptions = step.kind === 'single' || step.kind === 'multiple';
    if (needsOptions && !step.options) problems.push(`${flowFile}: steps[${index}].options: a ${step.kind} question needs options`);
    if (!needsOptions && step.options) problems.push(`${flowFile}: steps[${index}].options: a ${step.kind} step takes no options`);
    for (const value of step.exclusive ?? []) {
      if (!(step.options ?? []).includes(value)) problems.push(`${flowFile}: steps[${index}].exclusive: "${value}" is not an option`);
    }
    options.set(step.id, step.kind === 'departement' ? departements : (step.options ?? null));
  });
  // A companion answer (the département's `commune`) is no step of its own, but conditions may name it.
  for (const step of flow.steps) {
    const companion = companionOf(step);
    if (companion && !options.has(companion.id)) options.set(companion.id, null);
  }

  if (!options.has(flow.start)) problems.push(`${flowFile}: start: unknown step "${flow.start}"`);
  for (const [name, condition] of Object.entries(flow.definitions)) {
    checkCondition(flowFile, `definitions.${name}`, condition, options, flow.definitions, problems);
  }
  const reachable = new Set<string>([flow.start]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of flow.steps) {
      if (!reachable.has(step.id)) continue;
      for (const branch of step.next) {
        if (branch.goto !== END && !reachable.has(branch.goto)) {
          reachable.add(branch.goto);
          grew = true;
        }
      }
    }
  }
  flow.steps.forEach((step, index) => {
    step.next.forEach((branch, b) => {
      const where = `steps[${index}].next[${b}]`;
      if (branch.goto !== END && !options.has(branch.goto)) problems.push(`${flowFile}: ${where}.goto: unknown step "${branch.goto}"`);
      if (branch.when) checkCondition(flowFile, `${where}.when`, branch.when, options, flow.definitions, problems);
    });
    const last = step.next[step.next.length - 1];
    if (last?.when) problems.push(`${flowFile}: steps[${index}].next: the last branch of "${step.id}" must have no condition (fallback)`);
    if (!reachable.has(step.id)) problems.push(`${flowFile}: steps[${index}]: step "${step.id}" is unreachable`);
  });

  for (const [name, condition] of Object.entries(rules.definitions)) {
    checkCondition(rulesFile, `definitions.${name}`, condition, options, rules.definitions, problems);
  }
  for (const group of ['axes', 'themes', 'dispositifs', 'redirections', 'notes'] as const) {
    const seen = new Set<string>();
    rules[group].forEach((rule, index) => {
      if (seen.has(rule.id)) problems.push(`${rulesFile}: ${group}[${index}].id: duplicate "${rule.id}"`);
      seen.add(rule.id);
      checkCondition(rulesFile, `${group}[${index}].when`, rule.when, options, rules.definitions, problems);
    });
  }
  const loops = new Map(flow.steps.map((step) => [step.id, step.next.map((b) => b.goto).filter((id) => options.has(id))]));
  for (const cycle of cyclesOf(loops)) problems.push(`${flowFile}: steps: the flow loops: ${cycle}`);
  for (const [file, definitions] of [[flowFile, flow.definitions], [rulesFile, rules.definitions]] as const) {
    const refs = new Map(Object.entries(definitions).map(([name, condition]) => [name, refsOf(condition).filter((r) => r in definitions)]));
    for (const cycle of cyclesOf(refs)) problems.push(`${file}: definitions: a definition refers to itself: ${cycle}`);
  }
  if (!(IN_SCOPE in rules.definitions)) problems.push(`${rulesFile}: definitions: missing "${IN_SCOPE}" (who the service social is for: orient() reads it by name)`);
  for (const question of rules.silentInReasons) {
    if (!options.has(question)) problems.push(`${rulesFile}: silentInReasons: unknown question "${question}"`);
  }
  // The needs a dispositif serves are answers a person can give to a `needsFrom` question.
  const needs = new Set<string>();
  for (const question of rules.needsFrom) {
    const known = options.get(question);
    if (!known) problems.push(`${rulesFile}: needsFrom: "${question}" is not a question with options`);
    else known.forEach((value) => needs.add(value));
  }
  rules.dispositifs.forEach((rule, index) => {
    rule.needs.forEach((need, n) => {
      if (!needs.has(need))
        problems.push(`${rulesFile}: dispositifs[${index}].needs[${n}]: "${need}" is not an option of ${rules.needsFrom.join(' or ')} ("${rule.id}")`);
    });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return { flow, rules };
}
