/**
 * One condition in plain words, built from the data and the questions' and options' own labels: « vous avez
 * répondu *Salarié* à « Situation de travail » et vous êtes en arrêt de travail ». One phrasing function per kind
 * of condition, as `conditions.ts` has one evaluator per kind; the words (templates, connectors, labels) come
 * from the caller (i18n), so this stays pure. The rules, definitions and flow are phrased with it in phrasing.ts.
 */
import type { Condition, ConditionKind, Definitions } from './conditions.ts';
import type { Flow, StepKind } from './flow.ts';
import { ContentError } from './problems.ts';

/** A piece of a phrased sentence. */
export type Token =
  /** Words of the template or connectors. */
  | { readonly kind: 'text'; readonly text: string }
  /** An option's own label, shown emphasised. */
  | { readonly kind: 'answer'; readonly text: string }
  /** A named condition, by its phrase; the page links it to its definition. */
  | { readonly kind: 'ref'; readonly name: string; readonly text: string };

/**
 * Templates (placeholders `{{question}}`, `{{answers}}`, `{{condition}}`) and connectors, in the page's
 * language (pages.json `pages.rules.phrase`).
 */
export interface PhraseWords {
  /** A single-choice question: « vous avez répondu {{answers}} à « {{question}} » ». */
  readonly answered: string;
  /** A multiple-choice question: « vous avez coché {{answers}} à « {{question}} » ». */
  readonly ticked: string;
  /** `only`: « à « {{question}} », vous n’avez coché que {{answers}} ». */
  readonly only: string;
  /** One answer: « « {{answer}} » » (quoted, so that « ou » inside an answer is not read as a connector). */
  readonly answer: string;
  /** Between the parts of an `all`: « et ». */
  readonly and: string;
  /** Between the parts of an `any`, and between the answers of an `in`: « ou ». */
  readonly or: string;
  /** Before a `not` part of an `all`: « , sauf si ». */
  readonly unless: string;
  /** A `not` on its own: « dans tous les cas, sauf si {{condition}} ». */
  readonly not: string;
  /** A group inside another (« A et (B ou C) »): « ({{condition}}) ». */
  readonly group: string;
}

export interface PhraseTexts {
  /** A question's short label (`question.<id>.check`), or undefined when there is none. */
  question(id: string): string | undefined;
  /** An option's label (`option.<question>.<value>`; a département's name for the département step). */
  option(question: string, value: string): string | undefined;
  /**
   * The phrase naming a definition of orientation.json (« vous êtes en arrêt de travail »); undefined: the
   * definition is expanded where it is used.
   */
  definition(name: string): string | undefined;
  readonly words: PhraseWords;
}

/** A condition that cannot be phrased: the one problem names the file and the rule. */
function cannotPhrase(where: string, problem: string): ContentError {
  return new ContentError([`${where}: cannot phrase the condition: ${problem}`]);
}

/** What a phrase is, for its parent to decide whether it needs brackets. */
type Shape = 'leaf' | 'all' | 'any' | 'not';

interface Phrase {
  readonly tokens: Token[];
  readonly shape: Shape;
}

interface Context {
  readonly texts: PhraseTexts;
  readonly definitions: Definitions;
  readonly kinds: ReadonlyMap<string, StepKind>;
  /** Whether a definition's phrase may stand for it (false: every definition is expanded). */
  readonly named: boolean;
  /** Definitions being expanded (a definition that refers to itself cannot be phrased). */
  readonly expanding: readonly string[];
  readonly where: string;
}

const text = (value: string): Token => ({ kind: 'text', text: value });

/** Fills a template: each `{{slot}}` is replaced by its tokens, the rest is text. */
function fill(template: string, slots: Readonly<Record<string, readonly Token[]>>, ctx: Context): Token[] {
  const out: Token[] = [];
  const parts = template.split(/\{\{(\w+)\}\}/);
  parts.forEach((part, index) => {
    if (index % 2 === 0) {
      if (part !== '') out.push(text(part));
      return;
    }
    const slot = slots[part];
    if (!slot) throw cannotPhrase(ctx.where, `the template "${template}" has an unknown placeholder {{${part}}}`);
    out.push(...slot);
  });
  return out;
}

/** Tokens of `items` joined by a connector (« A ou B ou C »). */
function join(items: readonly (readonly Token[])[], connector: string): Token[] {
  return items.flatMap((item, index) => (index === 0 ? [...item] : [text(connector), ...item]));
}

function questionLabel(question: string, ctx: Context): string {
  const label = ctx.texts.question(question);
  if (label === undefined) throw cannotPhrase(ctx.where, `no label for the question "${question}"`);
  return label;
}

function answers(question: string, values: readonly string[], ctx: Context): Token[] {
  return join(
    values.map((value) => {
      const label = ctx.texts.option(question, value);
      if (label === undefined) throw cannotPhrase(ctx.where, `no label for the answer "${value}" of the question "${question}"`);
      return fill(ctx.texts.words.answer, { answer: [{ kind: 'answer', text: label }] }, ctx);
    }),
    ctx.texts.words.or,
  );
}

function leaf(question: string, values: readonly string[], template: string, ctx: Context): Phrase {
  return { tokens: fill(template, { question: [text(questionLabel(question, ctx))], answers: answers(question, values, ctx) }, ctx), shape: 'leaf' };
}

/** « vous avez répondu » or « vous avez coché », by the kind of the question. */
const chosen = (question: string, ctx: Context): string => (ctx.kinds.get(question) === 'multiple' ? ctx.texts.words.ticked : ctx.texts.words.answered);

/** A part inside a group of another shape is put in brackets: « A et (B ou C) ». */
function part(phrase: Phrase, parent: 'all' | 'any', ctx: Context): Token[] {
  const bracket = phrase.shape === 'not' || (phrase.shape !== 'leaf' && phrase.shape !== parent);
  return bracket ? fill(ctx.texts.words.group, { condition: phrase.tokens }, ctx) : phrase.tokens;
}

type Phraser<K extends ConditionKind> = (condition: Extract<Condition, Record<K, unknown>>, ctx: Context) => Phrase;

/** One phrasing function per kind of condition (as `evaluators` in conditions.ts). */
const phrasers = {
  is: (c, ctx) => leaf(c.q, [c.is], chosen(c.q, ctx), ctx),
  in: (c, ctx) => leaf(c.q, c.in, chosen(c.q, ctx), ctx),
  only: (c, ctx) => leaf(c.q, c.only, ctx.texts.words.only, ctx),
  all: (c, ctx) => {
    const positive = c.all.filter((p) => kindOf(p, ctx) !== 'not');
    const negative = c.all.filter((p) => kindOf(p, ctx) === 'not') as { readonly not: Condition }[];
    if (positive.length === 0) {
      // Only exceptions: « dans tous les cas, sauf si A, sauf si B ».
      const [first, ...rest] = negative.map((n) => phrase(n.not, ctx));
      const tokens = fill(ctx.texts.words.not, { condition: part(first!, 'all', ctx) }, ctx);
      for (const n of rest) tokens.push(text(ctx.texts.words.unless), ...part(n, 'all', ctx));
      return { tokens, shape: negative.length === 1 ? 'not' : 'all' };
    }
    const phrases = positive.map((p) => phrase(p, ctx));
    if (phrases.length === 1 && negative.length === 0) return phrases[0]!;
    const tokens = join(phrases.map((p) => part(p, 'all', ctx)), ctx.texts.words.and);
    for (const n of negative) tokens.push(text(ctx.texts.words.unless), ...part(phrase(n.not, ctx), 'all', ctx));
    return { tokens, shape: 'all' };
  },
  any: (c, ctx) => {
    const phrases = c.any.map((p) => phrase(p, ctx));
    if (phrases.length === 1) return phrases[0]!;
    return { tokens: join(phrases.map((p) => part(p, 'any', ctx)), ctx.texts.words.or), shape: 'any' };
  },
  not: (c, ctx) => {
    const inner = phrase(c.not, ctx);
    const bracket = inner.shape === 'leaf' ? inner.tokens : fill(ctx.texts.words.group, { condition: inner.tokens }, ctx);
    return { tokens: fill(ctx.texts.words.not, { condition: bracket }, ctx), shape: 'not' };
  },
  ref: (c, ctx) => {
    const label = ctx.named ? ctx.texts.definition(c.ref) : undefined;
    if (label !== undefined) return { tokens: [{ kind: 'ref', name: c.ref, text: label }], shape: 'leaf' };
    return expand(c.ref, ctx);
  },
} satisfies { [K in ConditionKind]: Phraser<K> };

/** A definition phrased in full (its own parts may still be named). */
function expand(name: string, ctx: Context): Phrase {
  const target = ctx.definitions[name];
  if (target === undefined) throw cannotPhrase(ctx.where, `unknown condition "${name}"`);
  if (ctx.expanding.includes(name)) throw cannotPhrase(ctx.where, `the condition "${name}" refers to itself (${[...ctx.expanding, name].join(' → ')})`);
  return phrase(target, { ...ctx, expanding: [...ctx.expanding, name] });
}

const KINDS: readonly ConditionKind[] = ['is', 'in', 'only', 'all', 'any', 'not', 'ref'];

/** The kind of a condition, strictly: exactly one known key (an unknown kind cannot be phrased). */
function kindOf(condition: Condition, ctx: Context): ConditionKind {
  const keys = typeof condition === 'object' && condition !== null ? Object.keys(condition).filter((k) => k !== 'q') : [];
  const known = keys.filter((k): k is ConditionKind => (KINDS as readonly string[]).includes(k));
  if (known.length !== 1 || keys.length !== 1) throw cannotPhrase(ctx.where, `unknown kind of condition ${JSON.stringify(condition)}`);
  return known[0]!;
}

function phrase(condition: Condition, ctx: Context): Phrase {
  const kind = kindOf(condition, ctx);
  return (phrasers[kind] as Phraser<typeof kind>)(condition as never, ctx);
}

function context(flow: Flow, definitions: Definitions, texts: PhraseTexts, named: boolean, where: string): Context {
  return { texts, definitions, kinds: new Map(flow.steps.map((s) => [s.id, s.kind])), named, expanding: [], where };
}

/**
 * The sentence of one condition. A condition that is only a named definition is expanded once (a rule
 * `{ "ref": "pdp" }` says what `pdp` is); the named definitions inside it keep their phrase.
 */
export function phraseCondition(condition: Condition, flow: Flow, definitions: Definitions, texts: PhraseTexts, where: string, named = true): Token[] {
  const ctx = context(flow, definitions, texts, named, where);
  const kind = kindOf(condition, ctx);
  if (kind === 'ref') return expand((condition as { ref: string }).ref, ctx).tokens;
  return phrase(condition, ctx).tokens;
}
