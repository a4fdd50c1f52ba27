/**
 * The orientation rules and the flow in plain words, each condition phrased by phrase-condition.ts from the data
 * (src/content/flow.json, orientation.json) and the questions' and options' own labels.
 * Used at build time by the page « Comment le questionnaire vous oriente » (src/views/CommentCaMarche.astro).
 */
import { END, type Flow, type StepKind } from './flow.ts';
import type { Rule, Rules } from './orientation.ts';
import { phraseCondition, type PhraseTexts, type Token } from './phrase-condition.ts';

export { phraseCondition, type PhraseTexts, type PhraseWords, type Token } from './phrase-condition.ts';

export const ruleGroups = ['axes', 'themes', 'dispositifs', 'redirections', 'notes'] as const;
export type RuleGroup = (typeof ruleGroups)[number];

export interface PhrasedRule {
  readonly group: RuleGroup;
  readonly id: string;
  readonly tokens: readonly Token[];
  readonly sources: Rule['sources'];
}

/** Every rule of orientation.json phrased, group by group, in the order of the file (the order shown). */
export function phraseRules(flow: Flow, rules: Rules, texts: PhraseTexts): Record<RuleGroup, PhrasedRule[]> {
  const phraseGroup = (group: RuleGroup): PhrasedRule[] =>
    rules[group].map((rule: Rule, index: number) => ({
      group,
      id: rule.id,
      tokens: phraseCondition(rule.when, flow, rules.definitions, texts, `src/content/orientation.json: ${group}[${index}] "${rule.id}"`),
      sources: rule.sources,
    }));
  return {
    axes: phraseGroup('axes'),
    themes: phraseGroup('themes'),
    dispositifs: phraseGroup('dispositifs'),
    redirections: phraseGroup('redirections'),
    notes: phraseGroup('notes'),
  };
}

export interface PhrasedDefinition {
  readonly name: string;
  /** Its phrase where the rules name it; undefined when it is expanded where it is used. */
  readonly label: string | undefined;
  readonly tokens: readonly Token[];
}

/** The named conditions of orientation.json, each said in full (what « vous êtes en arrêt de travail » means). */
export function phraseDefinitions(flow: Flow, rules: Rules, texts: PhraseTexts): PhrasedDefinition[] {
  return Object.keys(rules.definitions).map((name) => ({
    name,
    label: texts.definition(name),
    tokens: phraseCondition({ ref: name }, flow, rules.definitions, texts, `src/content/orientation.json: definitions.${name}`),
  }));
}

export interface PhrasedStep {
  readonly id: string;
  readonly kind: StepKind;
  readonly options: readonly string[];
  /** Where the answers lead, tried in order: a condition (null for « otherwise » / « always ») and the next step (`fin` = check answers). */
  readonly next: readonly { readonly when: readonly Token[] | null; readonly goto: string }[];
}

/** The questions of the flow in order, each with where its answers lead (flow definitions are expanded). */
export function phraseFlow(flow: Flow, texts: PhraseTexts): PhrasedStep[] {
  return flow.steps.map((step, index) => ({
    id: step.id,
    kind: step.kind,
    options: step.options ?? [],
    next: step.next.map((branch, b) => ({
      when: branch.when ? phraseCondition(branch.when, flow, flow.definitions, texts, `src/content/flow.json: steps[${index}].next[${b}]`, false) : null,
      goto: branch.goto,
    })),
  }));
}

export { END };

/** The tokens as plain text (for a chart's description, tests, a count of words…). */
export function plain(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join('');
}

/** A template's words and `{{slots}}`, in order: « Vous voyez {{name}} si : » → text, slot `name`, text. */
export function splitTemplate(template: string): ({ readonly text: string } | { readonly slot: string })[] {
  return template
    .split(/\{\{(\w+)\}\}/)
    .map((part, index) => (index % 2 === 0 ? { text: part } : { slot: part }))
    .filter((part) => !('text' in part) || part.text !== '');
}
