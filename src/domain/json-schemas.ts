/**
 * JSON Schemas of the content files, generated from their zod schemas (`z.toJSONSchema`), so that an editor
 * (VS Code, IntelliJ…) completes and checks a content file while it is typed: each file names its schema
 * with `"$schema": "./schemas/<file>.schema.json"`. Written to src/content/schemas/ by
 * `npm run content:schemas`; a unit test checks the committed files are up to date.
 * Build time, scripts and tests only (full zod).
 */
import { z } from 'zod';
import { ContentFilesOnDisk, schemaRef } from './content-files.ts';
import { FlowSchema } from './flow-schema.ts';
import { RulesSchema } from './rules-schema.ts';

const titles: Record<string, string> = {
  axes: 'Les deux axes du service social (pdp, sps)',
  themes: 'Les thèmes d’information et les conseils transversaux',
  dispositifs: 'Les dispositifs (aides et démarches), avec leurs sources',
  caisses: 'Les caisses qui font travailler le service social (Carsat, Cramif, CGSS, CSSM)',
  departements: 'Les 101 départements et la caisse de chacun',
  bals: 'Les adresses e-mail départementales (BAL) du service social, copiées exactement',
  contacts: 'Les numéros de téléphone et sites nationaux',
  urgences: 'Les numéros d’urgence et d’écoute, dans l’ordre affiché',
  redirections: 'Les autres interlocuteurs (quand le service social n’est pas la bonne porte)',
  stats: 'Les chiffres de la page « À propos », avec leur source',
  flow: 'Les questions du questionnaire et leur enchaînement',
  orientation: 'Les règles d’orientation (conditions sur les réponses)',
};

const sources = {
  ...ContentFilesOnDisk,
  flow: FlowSchema,
  orientation: RulesSchema,
} satisfies Record<keyof typeof titles, z.ZodType>;

export type ContentSchemaFile = keyof typeof sources;

/** The JSON Schema of each content file, by file name (`dispositifs` → src/content/schemas/dispositifs.schema.json). */
export function contentJsonSchemas(): Record<ContentSchemaFile, Record<string, unknown>> {
  const out = {} as Record<ContentSchemaFile, Record<string, unknown>>;
  for (const file of Object.keys(sources) as ContentSchemaFile[]) {
    const { $schema, ...rest } = z.toJSONSchema(sources[file], { io: 'input', unrepresentable: 'throw' });
    out[file] = {
      $schema,
      $id: schemaRef(file).replace('./schemas/', ''),
      title: titles[file],
      description: `src/content/${file}.json — généré par « npm run content:schemas » depuis src/domain/schemas.ts, src/domain/flow-schema.ts et src/domain/rules-schema.ts : ne pas modifier à la main.`,
      ...rest,
    };
  }
  return out;
}

/** The text of a schema file: two-space JSON and a final newline, as the content files. */
export function schemaText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
