/**
 * Conditions over answers: the one language of the flow's branching and of the orientation rules.
 * Pure TypeScript, used in the browser and at build time.
 */

/** A question's answer: one option id, or several for a multiple-choice question. */
export type Answer = string | readonly string[];
/** Answers keyed by question id (the public vocabulary of DESIGN.md §2). */
export type Answers = Readonly<Record<string, Answer>>;

export type Condition =
  /** The answer to `q` is `is` (single), or includes it (multiple). */
  | { readonly q: string; readonly is: string }
  /** The answer to `q` is one of `in` (single), or includes at least one of them (multiple). */
  | { readonly q: string; readonly in: readonly string[] }
  /** The answer to `q` is given and every option chosen is in `only`. */
  | { readonly q: string; readonly only: readonly string[] }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  /** A named condition of the same file (`definitions`). */
  | { readonly ref: string };

export type ConditionKind = 'is' | 'in' | 'only' | 'all' | 'any' | 'not' | 'ref';

export function kindOf(condition: Condition): ConditionKind {
  if ('is' in condition) return 'is';
  if ('in' in condition) return 'in';
  if ('only' in condition) return 'only';
  if ('all' in condition) return 'all';
  if ('any' in condition) return 'any';
  if ('not' in condition) return 'not';
  return 'ref';
}

/** One answer that made a condition true: shown to the person as a reason ("parce que vous avez indiqué …"). */
export interface Fact {
  readonly question: string;
  readonly value: string;
}

export type Definitions = Readonly<Record<string, Condition>>;

function chosen(answers: Answers, question: string): readonly string[] {
  const answer = answers[question];
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}

type Evaluator<K extends ConditionKind> = (
  condition: Extract<Condition, Record<K, unknown>>,
  answers: Answers,
  definitions: Definitions,
) => Fact[] | null;

function matching(answers: Answers, question: string, values: readonly string[]): Fact[] | null {
  const hits = chosen(answers, question).filter((value) => values.includes(value));
  return hits.length > 0 ? hits.map((value) => ({ question, value })) : null;
}

const evaluators: { [K in ConditionKind]: Evaluator<K> } = {
  is: (c, answers) => matching(answers, c.q, [c.is]),
  in: (c, answers) => matching(answers, c.q, c.in),
  only: (c, answers) => {
    const values = chosen(answers, c.q);
    if (values.length === 0 || !values.every((value) => c.only.includes(value))) return null;
    return values.map((value) => ({ question: c.q, value }));
  },
  all: (c, answers, definitions) => {
    const facts: Fact[] = [];
    for (const part of c.all) {
      const result = explain(part, answers, definitions);
      if (result === null) return null;
      facts.push(...result);
    }
    return facts;
  },
  any: (c, answers, definitions) => {
    let facts: Fact[] | null = null;
    for (const part of c.any) {
      const result = explain(part, answers, definitions);
      if (result !== null) facts = [...(facts ?? []), ...result];
    }
    return facts;
  },
  // A condition that holds because something was *not* answered gives no reason to show.
  not: (c, answers, definitions) => (explain(c.not, answers, definitions) === null ? [] : null),
  ref: (c, answers, definitions) => {
    const target = definitions[c.ref];
    if (target === undefined) throw new Error(`Unknown condition "${c.ref}"`);
    return explain(target, answers, definitions);
  },
};

/**
 * The answers that make `condition` true (deduplicated, in order), or null when it is false.
 * An empty list means true for no particular answer (e.g. a `not`).
 */
export function explain(condition: Condition, answers: Answers, definitions: Definitions = {}): Fact[] | null {
  const kind = kindOf(condition);
  const facts = (evaluators[kind] as Evaluator<typeof kind>)(condition as never, answers, definitions);
  if (facts === null) return null;
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.question}=${fact.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function holds(condition: Condition, answers: Answers, definitions: Definitions = {}): boolean {
  return explain(condition, answers, definitions) !== null;
}
