/**
 * The validated flow, orientation rules and contact directory (build time, tests, personas command).
 * Importing this module from a page makes a malformed flow.json or orientation.json fail the build by name.
 */
import rawFlow from '../content/flow.json' with { type: 'json' };
import rawRules from '../content/orientation.json' with { type: 'json' };
import { content } from './content.ts';
import { createDirectory, type DirectoryData } from './directory.ts';
import type { Rules } from './orientation.ts';
import { validateRules } from './rules-schema.ts';

export const departementCodes: readonly string[] = content.departements.departements.map((d) => d.code);

export const { flow, rules } = validateRules(rawFlow, rawRules, departementCodes);

export const directoryData: DirectoryData = {
  departements: content.departements.departements.map((d) => ({ code: d.code, caisse: d.caisse })),
  bals: content.bals.bals.map((b) =>
    b.sector
      ? { email: b.email, departement: b.departement, sector: b.sector, toConfirm: b.toConfirm }
      : { email: b.email, departement: b.departement, toConfirm: b.toConfirm },
  ),
  communes: content.bals.communes,
};

export const directory = createDirectory(directoryData);

/** The rules as the browser needs them: the conditions, without the sources (shown on static pages). */
export const browserRules: Rules = {
  ...rules,
  axes: rules.axes.map(({ id, when }) => ({ id, when, sources: [] })),
  themes: rules.themes.map(({ id, when }) => ({ id, when, sources: [] })),
  dispositifs: rules.dispositifs.map(({ id, when, needs }) => ({ id, when, needs, sources: [] })),
  redirections: rules.redirections.map(({ id, when, role, priority }) => ({ id, when, role, priority, sources: [] })),
  notes: rules.notes.map(({ id, when, placement }) => ({ id, when, placement, sources: [] })),
};
