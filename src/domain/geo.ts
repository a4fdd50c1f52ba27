/**
 * Where a person lives, from a postal code or a commune name: pure functions over the compact geo index
 * (built at build time from Etalab's @etalab/decoupage-administratif by src/domain/geo-index.ts, served as
 * /geo/communes.json and fetched by the browser once, only when the département step or the contacts search
 * is used). Nothing here does I/O, and what the person types never leaves the browser.
 */

/** One commune (or Paris / Lyon / Marseille arrondissement) of the index. */
export interface Commune {
  /** INSEE code ("13201", "2A247", "97611"). */
  readonly insee: string;
  readonly name: string;
  /** Département code as in src/content/departements.json ("13", "2A", "976"). */
  readonly departement: string;
  readonly postalCodes: readonly string[];
  /** The name as searched: see `searchKey`. */
  readonly key: string;
}

export interface GeoIndex {
  readonly communes: readonly Commune[];
  readonly byPostalCode: ReadonlyMap<string, readonly Commune[]>;
}

/** The file /geo/communes.json. */
export interface CompactGeoIndex {
  readonly v: 1;
  readonly source: string;
  /**
   * One line "#<département>" then one line per commune, in INSEE order: "<step>|<name>[|<postal codes>]".
   * <step>: how much the INSEE number (after the département) grows from the previous commune, empty for 1.
   * <postal codes>: space separated, without the département's prefix when they start with it ("20" for
   * Corsica); left out when the same as the previous commune's.
   */
  readonly d: string;
}

export { departementOfInsee, INSEE_CODE } from './insee.ts';

/** The prefix a département's postal codes usually start with (Corsica: "20"). */
export function postalPrefixOf(departement: string): string {
  return departement === '2A' || departement === '2B' ? '20' : departement;
}

/** A name as compared: no accents, lower case, hyphens and apostrophes as spaces, "St" as "Saint". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(st|ste)\b(?= )/g, (word) => (word === 'st' ? 'saint' : 'sainte'));
}

export function encodeGeoIndex(communes: readonly Omit<Commune, 'key'>[], source: string): CompactGeoIndex {
  const lines: string[] = [];
  let departement = '';
  let previous = 0;
  let previousPostal = '';
  for (const c of communes) {
    if (c.departement !== departement) {
      departement = c.departement;
      lines.push(`#${departement}`);
      previous = 0;
      previousPostal = '';
    }
    const number = Number.parseInt(c.insee.slice(departement.length), 10);
    const step = number - previous;
    previous = number;
    const prefix = postalPrefixOf(departement);
    const postal = c.postalCodes.map((pc) => (pc.startsWith(prefix) ? pc.slice(prefix.length) : pc)).join(' ');
    lines.push(`${step === 1 ? '' : step}|${c.name}${postal === previousPostal ? '' : `|${postal}`}`);
    previousPostal = postal;
  }
  return { v: 1, source, d: lines.join('\n') };
}

export function decodeGeoIndex(compact: CompactGeoIndex): GeoIndex {
  const communes: Commune[] = [];
  const byPostalCode = new Map<string, Commune[]>();
  let departement = '';
  let number = 0;
  let postalCodes: readonly string[] = [];
  for (const line of compact.d.split('\n')) {
    if (line.startsWith('#')) {
      departement = line.slice(1);
      number = 0;
      postalCodes = [];
      continue;
    }
    const [step = '', name = '', postal] = line.split('|');
    number += step === '' ? 1 : Number.parseInt(step, 10);
    const prefix = postalPrefixOf(departement);
    if (postal !== undefined) postalCodes = postal.split(' ').filter(Boolean).map((pc) => (pc.length === 5 ? pc : prefix + pc));
    const insee = departement + String(number).padStart(5 - departement.length, '0');
    const commune: Commune = { insee, name, departement, postalCodes, key: searchKey(name) };
    communes.push(commune);
    for (const pc of postalCodes) {
      const list = byPostalCode.get(pc);
      if (list) list.push(commune);
      else byPostalCode.set(pc, [commune]);
    }
  }
  return { communes, byPostalCode };
}

/** Why an entry cannot be looked up (each has its message in ui.json `ui.geo.problem.*`). */
export type GeoProblem =
  | 'empty'
  | 'postalLength'
  | 'postalLetters'
  | 'postalUnknown'
  | 'nameUnknown'
  | 'departementCode'
  | 'corsica';

export type GeoQuery =
  | { readonly kind: 'postal'; readonly code: string }
  | { readonly kind: 'name'; readonly key: string }
  | { readonly kind: 'problem'; readonly problem: GeoProblem; readonly departement?: string };

/**
 * What the person typed: a postal code (spaces inside allowed: "13 001"), a commune name, or a problem.
 * A département number typed instead ("13", "2a", "974") is recognised, so the list can be preset to it.
 */
export function classify(input: string, departements: readonly string[]): GeoQuery {
  const text = input.trim();
  if (text === '') return { kind: 'problem', problem: 'empty' };
  const compact = text.replace(/\s+/g, '');
  const upper = compact.toUpperCase();
  if (/^\d/.test(compact)) {
    if (/^\d+$/.test(compact)) {
      if (compact.length === 5) return { kind: 'postal', code: compact };
      if (compact === '20') return { kind: 'problem', problem: 'corsica' };
      if (departements.includes(compact)) return { kind: 'problem', problem: 'departementCode', departement: compact };
      return { kind: 'problem', problem: 'postalLength' };
    }
    if (departements.includes(upper)) return { kind: 'problem', problem: 'departementCode', departement: upper };
    return { kind: 'problem', problem: 'postalLetters' };
  }
  const key = searchKey(text);
  if (key === '') return { kind: 'problem', problem: 'nameUnknown' };
  return { kind: 'name', key };
}

export type GeoResult =
  | { readonly kind: 'communes'; readonly query: GeoQuery; readonly communes: readonly Commune[]; readonly total: number }
  | { readonly kind: 'problem'; readonly problem: GeoProblem; readonly departement?: string };

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/**
 * The communes matching what the person typed, at most `limit`: for a postal code, every commune it serves
 * (several, sometimes in two départements); for a name, exact names first, then names starting with it, then
 * names with a word starting with it ("vecchio" finds Porto-Vecchio).
 */
export function lookup(index: GeoIndex, input: string, departements: readonly string[], limit = 10): GeoResult {
  const query = classify(input, departements);
  if (query.kind === 'problem') {
    return query.departement === undefined
      ? { kind: 'problem', problem: query.problem }
      : { kind: 'problem', problem: query.problem, departement: query.departement };
  }
  let found: readonly Commune[];
  if (query.kind === 'postal') {
    found = [...(index.byPostalCode.get(query.code) ?? [])].sort((a, b) => collator.compare(a.name, b.name));
    if (found.length === 0) return { kind: 'problem', problem: 'postalUnknown' };
  } else {
    const rank = (c: Commune): number =>
      c.key === query.key ? 0 : c.key.startsWith(query.key) ? 1 : c.key.includes(` ${query.key}`) ? 2 : 3;
    found = index.communes
      .map((c) => ({ c, r: rank(c) }))
      .filter(({ r }) => r < 3)
      .sort((a, b) => a.r - b.r || collator.compare(a.c.key, b.c.key) || a.c.insee.localeCompare(b.c.insee))
      .map(({ c }) => c);
    if (found.length === 0) return { kind: 'problem', problem: 'nameUnknown' };
  }
  return { kind: 'communes', query, communes: found.slice(0, limit), total: found.length };
}

/** The commune of an INSEE code, if the index has it. */
export function communeOf(index: GeoIndex, insee: string): Commune | undefined {
  return index.communes.find((c) => c.insee === insee);
}
