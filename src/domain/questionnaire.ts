/**
 * The validated flow and orientation rules (build time, tests, personas command).
 * Importing this module from a page makes a malformed flow.json or orientation.json fail the build by name.
 */
import rawFlow from '../content/flow.json' with { type: 'json' };
import rawRules from '../content/orientation.json' with { type: 'json' };
import departementsFile from '../content/departements.json' with { type: 'json' };
import { validateRules } from './rules-schema.ts';

export const departementCodes: readonly string[] = departementsFile.departements.map((d) => d.code);

export const { flow, rules } = validateRules(rawFlow, rawRules, departementCodes);
