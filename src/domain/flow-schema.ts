/**
 * The schema of the questionnaire flow (src/content/flow.json), and the flow's types inferred from it.
 * Build time and tests parse with it (full zod); browser code imports its types only (`import type`: no bytes).
 */
import { z } from 'zod';
import type { Condition } from './conditions.ts';
import { Id } from './ids.ts';

export { Id } from './ids.ts';

/** An option id (may start with a digit: `3_mois_ou_plus`). */
export const OptionId = z.string().regex(/^[a-z0-9][a-z0-9_]*$/, 'an option id is snake_case ascii');
/** The file's JSON Schema, for an editor (src/content/schemas/, `npm run content:schemas`). */
export const SchemaRef = z.string().optional();

// z.lazy cannot infer a recursive type: Condition is written once, in conditions.ts, and the schema is checked against it.
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: Id, is: z.string().min(1) }),
    z.strictObject({ q: Id, in: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ q: Id, only: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ ref: Id }),
  ]),
);

/** Named conditions (`{ "ref": "<name>" }` uses one). */
export const DefinitionsSchema = z.record(Id, ConditionSchema);

export const BranchSchema = z.strictObject({
  /** Taken when this holds (absent: always; the last branch of a step has none). */
  when: ConditionSchema.optional(),
  /** The next step's id, or `fin` (« Vérifiez vos réponses »). */
  goto: Id,
});

export const StepKindSchema = z.enum(['single', 'multiple', 'departement', 'info']);

export const StepSchema = z.strictObject({
  /** The question's public id (`qui`, `besoin`…): the key of its answer. */
  id: Id,
  /** `single` / `multiple` choice, the `departement` list (with its commune), or an `info` screen. */
  kind: StepKindSchema,
  /** Option ids (single / multiple). The `departement` step takes its options from the content. */
  options: z.array(OptionId).min(2).optional(),
  /** Options of a multiple question that cannot be combined with others (« aucune »). */
  exclusive: z.array(OptionId).optional(),
  /** Glossary entries shown under the hint (texts: `glossary.<id>` in the flow locale files). */
  glossary: z.array(Id).optional(),
  /** Branches tried in order; the last one has no condition. */
  next: z.array(BranchSchema).min(1),
});

export const FlowSchema = z.strictObject({
  /** The file's JSON Schema. */
  $schema: SchemaRef,
  /** The flow's version: printed with a result, and in a result link (a link of another version is not read). */
  version: z.number().int().positive(),
  /** The first step's id. */
  start: Id,
  /** Every step, in the order of the check-answers list. */
  steps: z.array(StepSchema).min(1),
  /** Named conditions used by the branches. */
  definitions: DefinitionsSchema,
});

export type StepKind = z.infer<typeof StepKindSchema>;
export type Branch = z.infer<typeof BranchSchema>;
export type Step = z.infer<typeof StepSchema>;
/** The flow as the domain uses it: the parsed file without its `$schema`. */
export type Flow = Omit<z.infer<typeof FlowSchema>, '$schema'>;
