/**
 * Example situations ("personas") and their expected orientation (shared/PERSONAS.md): schema and
 * checker, used by `npm run personas -- <file.json>` and by the tests.
 */
import { z } from 'zod';
import type { Answers } from './conditions.ts';
import { companionOf, isValidAnswer, route, type Flow } from './flow.ts';
import { INSEE_CODE } from './insee.ts';
import { orient, type Directory, type Orientation, type Rules } from './orientation.ts';
import { ContentError, formatIssues } from './problems.ts';

const Ids = z.array(z.string());
const IncludeExclude = z.strictObject({ include: Ids.optional(), exclude: Ids.optional() });

export const PersonaSchema = z.strictObject({
  id: z.string().min(1),
  source: z.string().optional(),
  description: z.string().optional(),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  expect: z.strictObject({
    axes: IncludeExclude.extend({ first: z.string().optional() }).optional(),
    themes: IncludeExclude.optional(),
    dispositifs: IncludeExclude.optional(),
    redirections: IncludeExclude.optional(),
    contact: z
      .strictObject({ caisse: z.string().optional(), phone: z.string().optional(), bal: Ids.optional() })
      .optional(),
  }),
});
export type Persona = z.infer<typeof PersonaSchema>;
export const PersonasFile = z.array(PersonaSchema).min(1);

export interface PersonaResult {
  readonly id: string;
  /** What differs from `expect` (empty: the persona passes). */
  readonly differences: readonly string[];
  readonly orientation: Orientation;
}

/** Problems with a persona's answers: unknown question or option, or an answer the flow needs is missing. */
export function answerProblems(flow: Flow, departements: readonly string[], answers: Answers): string[] {
  const problems: string[] = [];
  for (const [question, value] of Object.entries(answers)) {
    const owner = flow.steps.find((s) => companionOf(s)?.id === question);
    if (owner) {
      if (typeof value !== 'string' || !INSEE_CODE.test(value)) problems.push(`answers.${question}: "${String(value)}" is not an INSEE code`);
      continue;
    }
    const step = flow.steps.find((s) => s.id === question && s.kind !== 'info');
    if (!step) {
      problems.push(`answers.${question}: unknown question`);
      continue;
    }
    if (!isValidAnswer(step, value, departements)) problems.push(`answers.${question}: ${JSON.stringify(value)} is not an option of "${question}"`);
  }
  if (problems.length === 0) {
    const { pending } = route(flow, answers);
    if (pending !== 'fin') problems.push(`answers.${pending}: missing, and the flow asks it in this situation`);
  }
  return problems;
}

function compare(label: string, actual: readonly string[], expected: z.infer<typeof IncludeExclude> | undefined): string[] {
  const differences: string[] = [];
  for (const id of expected?.include ?? []) if (!actual.includes(id)) differences.push(`${label}: expected "${id}", not in [${actual.join(', ')}]`);
  for (const id of expected?.exclude ?? []) if (actual.includes(id)) differences.push(`${label}: "${id}" should not be there`);
  return differences;
}

export function checkPersona(persona: Persona, flow: Flow, rules: Rules, directory: Directory): PersonaResult {
  const orientation = orient(flow, rules, directory, persona.answers);
  const { expect } = persona;
  const axes = orientation.axes.map((o) => o.id);
  const differences = [
    ...compare('axes', axes, expect.axes),
    ...compare('themes', orientation.themes.map((o) => o.id), expect.themes),
    ...compare('dispositifs', orientation.dispositifs.map((o) => o.id), expect.dispositifs),
    ...compare('redirections', orientation.redirections.map((o) => o.id), expect.redirections),
  ];
  if (expect.axes?.first !== undefined && axes[0] !== expect.axes.first) {
    differences.push(`axes: expected "${expect.axes.first}" first, got ${axes[0] ? `"${axes[0]}"` : 'none'}`);
  }
  const contact = expect.contact;
  if (contact?.caisse !== undefined && orientation.contact.caisse !== contact.caisse) {
    differences.push(`contact.caisse: expected "${contact.caisse}", got ${JSON.stringify(orientation.contact.caisse)}`);
  }
  if (contact?.phone !== undefined && orientation.contact.phone !== contact.phone) {
    const shown = orientation.contact.phone;
    differences.push(`contact.phone: expected "${contact.phone}", got ${JSON.stringify(shown)}`);
  }
  if (contact?.bal !== undefined) {
    const shown = orientation.contact.bals.map((b) => b.email).sort();
    const expected = [...contact.bal].sort();
    if (shown.join(',') !== expected.join(',')) differences.push(`contact.bal: expected [${expected.join(', ')}], got [${shown.join(', ')}]`);
  }
  return { id: persona.id, differences, orientation };
}

/** The schema's problems, by persona: `persona "<id>": <path>: <what is wrong>` (`file: …` for the list itself). */
function fileProblems(raw: unknown, error: z.ZodError): string[] {
  if (!Array.isArray(raw)) return formatIssues('file', error);
  const list = z.array(z.unknown()).min(1).safeParse(raw);
  if (!list.success) return formatIssues('file', list.error);
  return raw.flatMap((item: unknown, index) => {
    const persona = PersonaSchema.safeParse(item);
    if (persona.success) return [];
    const id = (item as { id?: unknown } | null)?.id;
    return formatIssues(`persona ${typeof id === 'string' ? `"${id}"` : `#${index}`}`, persona.error);
  });
}

/**
 * Parses and checks a personas file. Throws a ContentError (naming the persona id and the problem)
 * when the file is malformed; otherwise returns one result per persona.
 */
export function runPersonas(
  raw: unknown,
  flow: Flow,
  rules: Rules,
  directory: Directory,
  departements: readonly string[],
): PersonaResult[] {
  const parsed = PersonasFile.safeParse(raw);
  if (!parsed.success) throw new ContentError(fileProblems(raw, parsed.error));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const persona of parsed.data) {
    if (seen.has(persona.id)) problems.push(`persona "${persona.id}": duplicate id`);
    seen.add(persona.id);
    for (const problem of answerProblems(flow, departements, persona.answers)) problems.push(`persona "${persona.id}": ${problem}`);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return parsed.data.map((persona) => checkPersona(persona, flow, rules, directory));
}
