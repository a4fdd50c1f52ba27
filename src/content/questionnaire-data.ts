/**
 * The flow, the orientation rules and the contact directory for browser code, without zod:
 * the build validates these same files (src/domain/questionnaire.ts, src/domain/content.ts).
 */
import rawFlow from './flow.json' with { type: 'json' };
import rawRules from './orientation.json' with { type: 'json' };
import departementsFile from './departements.json' with { type: 'json' };
import balsFile from './bals.json' with { type: 'json' };
import type { Flow } from '../domain/flow.ts';
import type { Rules } from '../domain/orientation.ts';
import { createDirectory } from '../domain/directory.ts';

export const flow = rawFlow as unknown as Flow;
export const rules = rawRules as unknown as Rules;
export const departements: readonly { code: string; name: string; caisse: string }[] = departementsFile.departements;
export const departementCodes: readonly string[] = departements.map((d) => d.code);
export const directory = createDirectory({
  departements,
  bals: balsFile.bals,
  communes: balsFile.communes as Record<string, string>,
});
