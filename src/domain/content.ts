/**
 * The content files of `src/content/`, validated (zod schemas + cross-references) when this module is
 * imported: a page that imports `content` fails the build with the file, the path and what is wrong.
 * Build-time and tests only; the questionnaire page hands the browser a slim projection of it.
 */
import type { z } from 'zod';
import * as S from './schemas.ts';
import { schemaRef } from './content-files.ts';
import { ContentError, formatIssues, formatPath } from './problems.ts';
import { contentFiles, createLookups, type Content } from '../content/lookup.ts';
import axes from '../content/axes.json' with { type: 'json' };
import themes from '../content/themes.json' with { type: 'json' };
import dispositifs from '../content/dispositifs.json' with { type: 'json' };
import caisses from '../content/caisses.json' with { type: 'json' };
import departements from '../content/departements.json' with { type: 'json' };
import bals from '../content/bals.json' with { type: 'json' };
import contacts from '../content/contacts.json' with { type: 'json' };
import urgences from '../content/urgences.json' with { type: 'json' };
import redirections from '../content/redirections.json' with { type: 'json' };
import stats from '../content/stats.json' with { type: 'json' };

export type * from '../content/lookup.ts';

export { ContentError } from './problems.ts';

const schemas = {
  axes: S.AxesFile,
  themes: S.ThemesFile,
  dispositifs: S.DispositifsFile,
  caisses: S.CaissesFile,
  departements: S.DepartementsFile,
  bals: S.BalsFile,
  contacts: S.ContactsFile,
  urgences: S.UrgencesFile,
  redirections: S.RedirectionsFile,
  stats: S.StatsFile,
} satisfies { [K in keyof Content]: z.ZodType<Content[K]> };

type FileName = keyof Content;
type Path = readonly PropertyKey[];

/** Files that are a JSON array at the root: their paths start with the file name (`dispositifs[3].url`). */
const arrayFiles: ReadonlySet<FileName> = new Set(['axes', 'themes', 'dispositifs', 'caisses', 'urgences', 'redirections', 'stats']);
const startOf = (file: FileName) => (arrayFiles.has(file) ? file : '');

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The content of a file as written on disk: `$schema` set aside, a list taken out of its
 * `{ "$schema": …, "<file>": [ … ] }`. A value without `$schema` (a copy of `content` in a test) is taken as is.
 */
function fromDisk(file: FileName, raw: unknown, problem: (message: string) => void): unknown {
  if (!isObject(raw) || !('$schema' in raw)) return raw;
  const { $schema, ...rest } = raw;
  if ($schema !== schemaRef(file)) problem(`"$schema" should be "${schemaRef(file)}" (the file's JSON Schema), not ${JSON.stringify($schema)}`);
  if (!arrayFiles.has(file)) return rest;
  const extra = Object.keys(rest).filter((key) => key !== file);
  if (extra.length > 0) problem(`unknown key${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}: the file holds "$schema" and "${file}" only`);
  if (!(file in rest)) {
    problem(`missing "${file}": the list is written { "$schema": "${schemaRef(file)}", "${file}": [ … ] }`);
    return undefined;
  }
  return rest[file];
}

/**
 * Validates every content file and the references between them. `files` maps a file name (`axes`,
 * `dispositifs`… as in `src/content/<name>.json`) to its parsed JSON (as written on disk, or already unwrapped). Returns the typed content or throws
 * one ContentError naming every problem.
 */
export function validateContent(files: Record<string, unknown>): Content {
  const problems: string[] = [];
  const report = (file: FileName, path: Path, message: string) =>
    problems.push(`src/content/${file}.json: ${formatPath(path, startOf(file))}: ${message}`);

  const parsed: Partial<Content> = {};
  for (const file of contentFiles) {
    if (!(file in files) || files[file] === undefined) {
      report(file, [], 'missing file');
      continue;
    }
    const value = fromDisk(file, files[file], (message) => problems.push(`src/content/${file}.json: (root): ${message}`));
    if (value === undefined) continue;
    const result = schemas[file].safeParse(value);
    if (result.success) (parsed as Record<FileName, unknown>)[file] = result.data;
    else problems.push(...formatIssues(`src/content/${file}.json`, result.error, value, startOf(file)));
  }
  for (const name of Object.keys(files)) {
    if (!(contentFiles as readonly string[]).includes(name)) problems.push(`src/content/${name}.json: (root): unknown content file`);
  }

  const { axes, themes, dispositifs, caisses, departements, bals, contacts, urgences, redirections, stats } = parsed;

  /** Reports every repeated key of `items` at `<path>[i].<field>`. */
  const unique = <T>(file: FileName, items: readonly T[], key: (t: T) => string, at: (i: number) => Path, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) report(file, at(i), `duplicate ${what} "${k}"`);
      seen.add(k);
    });
  };

  if (axes) unique('axes', axes, (a) => a.id, (i) => [i, 'id'], 'id');
  if (themes) unique('themes', themes, (t) => t.id, (i) => [i, 'id'], 'id');
  if (caisses) unique('caisses', caisses, (c) => c.id, (i) => [i, 'id'], 'id');
  if (redirections) unique('redirections', redirections, (r) => r.id, (i) => [i, 'id'], 'id');
  if (stats) unique('stats', stats, (s) => s.id, (i) => [i, 'id'], 'id');
  if (departements) unique('departements', departements.departements, (d) => d.code, (i) => ['departements', i, 'code'], 'code');
  if (bals) unique('bals', bals.bals, (b) => b.email.toLowerCase(), (i) => ['bals', i, 'email'], 'email');
  if (contacts) unique('contacts', contacts.sites, (s) => s.id, (i) => ['sites', i, 'id'], 'id');
  if (urgences) unique('urgences', urgences, (p) => p.id, (i) => [i, 'id'], 'id');
  if (contacts) {
    unique('contacts', contacts.phones, (p) => p.id, (i) => ['phones', i, 'id'], 'id');
    const urgent = new Set((urgences ?? []).map((p) => p.id));
    contacts.phones.forEach((p, i) => {
      if (urgent.has(p.id)) report('contacts', ['phones', i, 'id'], `id "${p.id}" is also a phone of urgences.json`);
    });
  }

  if (dispositifs) {
    unique('dispositifs', dispositifs, (d) => d.id, (i) => [i, 'id'], 'id');
    const present = new Set<string>(dispositifs.map((d) => d.id));
    for (const id of S.DispositifId.options) if (!present.has(id)) report('dispositifs', [], `missing dispositif "${id}"`);
    const known = (file: 'axes' | 'themes', list: readonly { dispositifs: readonly string[] }[]) =>
      list.forEach((item, i) =>
        item.dispositifs.forEach((id, j) => {
          if (!present.has(id)) report(file, [i, 'dispositifs', j], `unknown dispositif "${id}" (not in dispositifs.json)`);
        }),
      );
    if (axes) known('axes', axes);
    if (themes) known('themes', themes);
  }

  if (redirections) {
    const present = new Set<string>(redirections.map((r) => r.id));
    for (const id of S.RedirectionId.options) if (!present.has(id)) report('redirections', [], `missing redirection "${id}"`);
    if (contacts && urgences) {
      const phoneIds = new Set([...contacts.phones, ...urgences].map((p) => p.id));
      const siteIds = new Set(contacts.sites.map((s) => s.id));
      redirections.forEach((r, i) => {
        r.phones.forEach((id, j) => {
          if (!phoneIds.has(id)) report('redirections', [i, 'phones', j], `unknown phone "${id}" (not in contacts.json or urgences.json)`);
        });
        r.sites.forEach((id, j) => {
          if (!siteIds.has(id)) report('redirections', [i, 'sites', j], `unknown site "${id}" (not in contacts.json)`);
        });
      });
    }
  }

  const caisseIds = new Set((caisses ?? []).map((c) => c.id));
  if (contacts && caisses) {
    contacts.phones.forEach((p, i) =>
      (p.sayFor ?? []).forEach((id, j) => {
        if (!caisseIds.has(id)) report('contacts', ['phones', i, 'sayFor', j], `unknown caisse "${id}" (not in caisses.json)`);
      }),
    );
  }
  if (departements && caisses) {
    departements.departements.forEach((d, i) => {
      if (!caisseIds.has(d.caisse)) report('departements', ['departements', i, 'caisse'], `unknown caisse "${d.caisse}" (not in caisses.json)`);
    });
  }
  if (stats) {
    const units = new Map<string, string>();
    stats.forEach((stat, i) => {
      if (stat.caisse !== undefined && caisses && !caisseIds.has(stat.caisse)) report('stats', [i, 'caisse'], `unknown caisse "${stat.caisse}" (not in caisses.json)`);
      if (stat.unit === 'percent' && stat.quantity > 100) report('stats', [i, 'quantity'], `a percentage is at most 100 ("${stat.id}")`);
      if (stat.measure === undefined) return;
      const unit = units.get(stat.measure);
      if (unit !== undefined && unit !== stat.unit) report('stats', [i, 'unit'], `"${stat.measure}" is counted in "${unit}" by another figure ("${stat.id}")`);
      units.set(stat.measure, unit ?? stat.unit);
    });
  }
  if (bals && departements) {
    const byCode = new Map(departements.departements.map((d) => [d.code, d]));
    const perDepartement = new Map<string, number>();
    for (const b of bals.bals) perDepartement.set(b.departement, (perDepartement.get(b.departement) ?? 0) + 1);
    bals.bals.forEach((b, i) => {
      const d = byCode.get(b.departement);
      if (!d) report('bals', ['bals', i, 'departement'], `unknown département "${b.departement}" (not in departements.json)`);
      else if (caisses && !caisseIds.has(d.caisse))
        report('bals', ['bals', i, 'departement'], `département "${b.departement}" has no known caisse ("${d.caisse}")`);
      if ((perDepartement.get(b.departement) ?? 0) > 1 && b.sector === undefined)
        report('bals', ['bals', i, 'sector'], `required: département "${b.departement}" has several BALs`);
    });
    const emails = new Set(bals.bals.map((b) => b.email));
    for (const [commune, email] of Object.entries(bals.communes)) {
      if (!emails.has(email)) report('bals', ['communes', commune], `unknown BAL "${email}" (not in bals)`);
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  return parsed as Content;
}

/** The real content, validated when this module is first imported. */
export const content: Content = validateContent({
  axes,
  themes,
  dispositifs,
  caisses,
  departements,
  bals,
  contacts,
  urgences,
  redirections,
  stats,
});

export const { caisseOf, departement, balsOf, dispositif, phone, site } = createLookups(content);

function required<T>(value: T | undefined, where: string): T {
  if (value === undefined) throw new ContentError([`src/content/contacts.json: ${where}`]);
  return value;
}

/** The service social's number (3646), shown on most pages: looked up once, by name. */
export const serviceSocialPhone = required(phone('cpam_3646'), 'phones: "cpam_3646" (the 3646 of the service social) is missing');
/** ameli.fr, shown with the contacts. */
export const ameliSite = required(site('ameli'), 'sites: "ameli" is missing');
