/**
 * Where a person lives, from a postal code or a commune name: pure functions over the geo index, built at build
 * time from Etalab's @etalab/decoupage-administratif (src/domain/geo-index.ts) and served in pieces
 * (src/pages/geo/[piece].json.ts):
 *
 * - `cp-<d>`: the communes having a postal code that starts with the digit d (with those codes only), plus the
 *   few communes of a département whose postal codes start with d but have none that does;
 * - `nom-<l>`: the communes whose name, once compared (`searchKey`, then `stemOf`: without a leading « Saint »,
 *   « Sainte », « Le », « La », « Les », « L’ »), starts with the letter l (with their first postal code).
 *
 * A postal code is looked up in the piece of its first digit, a name in the piece of its first letter once
 * compared: what a request reveals is that digit or that letter, never what was typed. Nothing here does I/O.
 */
import { normaliseTyped } from './typed-input.ts';
import { departementOfInsee } from './insee.ts';

/** One commune (or Paris / Lyon / Marseille arrondissement) of the index. */
export interface Commune {
  /** INSEE code ("13201", "2A247", "97611"). */
  readonly insee: string;
  readonly name: string;
  /** Département code as in src/content/departements.json ("13", "2A", "976"). */
  readonly departement: string;
  /** Its postal codes; in a piece, only those the piece needs (see above). */
  readonly postalCodes: readonly string[];
  /** The name as searched: see `searchKey`. */
  readonly key: string;
  /** The key without its leading « saint », « le »…: see `stemOf`. */
  readonly stem: string;
}

export interface GeoIndex {
  readonly communes: readonly Commune[];
  readonly byPostalCode: ReadonlyMap<string, readonly Commune[]>;
  /** The communes sorted by `stem` (code unit order), for prefix search. */
  readonly byStem: readonly Commune[];
}

export type CommuneData = Omit<Commune, 'key' | 'stem'>;

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

/** Leading words a name may be typed without: « Le Havre » is found as « Havre », « Saint-Cyr » as « Cyr ». */
const LEADING_WORDS = new Set(['saint', 'sainte', 'le', 'la', 'les', 'l']);

/** A key without its leading « saint », « sainte », « le », « la », « les », « l » (its last word is always kept). */
export function stemOf(key: string): string {
  const words = key.split(' ');
  let first = 0;
  while (first < words.length - 1 && LEADING_WORDS.has(words[first] ?? '')) first += 1;
  return words.slice(first).join(' ');
}

export function communeOfData(data: CommuneData): Commune {
  const key = searchKey(data.name);
  return { ...data, key, stem: stemOf(key) };
}

export function makeIndex(communes: readonly Commune[]): GeoIndex {
  const byPostalCode = new Map<string, Commune[]>();
  for (const commune of communes) {
    for (const pc of commune.postalCodes) {
      const list = byPostalCode.get(pc);
      if (list) list.push(commune);
      else byPostalCode.set(pc, [commune]);
    }
  }
  const byStem = [...communes].sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
  return { communes, byPostalCode, byStem };
}

// ---------------------------------------------------------------------------------------------------------
// Pieces

/** A piece of the index: `cp-0` … `cp-9` (postal codes), `nom-a` … `nom-z` (names). */
export type GeoPieceId = `cp-${string}` | `nom-${string}`;

export const GEO_PIECE_DIR = '/geo/';
export const geoPieceUrl = (id: GeoPieceId): string => `${GEO_PIECE_DIR}${id}.json`;

/** The file of one piece. */
export interface GeoPieceFile {
  readonly v: 2;
  /** The names, one per commune, separated by `|`; a leading digit d: the first d characters of the previous name. */
  readonly n: string;
  /**
   * Separated by `;`: "#<département>" starts a département, then one item per commune, in INSEE order:
   * "<step>,<postal codes>" (`,<postal codes>` left out when the same as the previous commune's).
   * <step>: how much the INSEE number (after the département) grows from the previous commune, empty for 1.
   * <postal codes>: space separated, without the département's prefix when they start with it ("20" for Corsica).
   */
  readonly d: string;
}

const NAME_SEPARATOR = '|';
const ITEM_SEPARATOR = ';';

/** The first digit of the postal codes of a département ("2" for 2A, 2B; "9" overseas). */
const departementDigit = (departement: string): string => postalPrefixOf(departement).charAt(0);

/** Which communes each piece holds (build time), with the postal codes it keeps for each. */
export function splitIntoPieces(communes: readonly CommuneData[]): Map<GeoPieceId, CommuneData[]> {
  const pieces = new Map<GeoPieceId, CommuneData[]>();
  const add = (id: GeoPieceId, commune: CommuneData) => {
    const list = pieces.get(id);
    if (list) list.push(commune);
    else pieces.set(id, [commune]);
  };
  for (let digit = 0; digit <= 9; digit++) {
    const d = String(digit);
    for (const c of communes) {
      const codes = c.postalCodes.filter((pc) => pc.startsWith(d));
      if (codes.length > 0 || departementDigit(c.departement) === d) add(`cp-${d}`, { ...c, postalCodes: codes });
    }
  }
  for (const c of communes) {
    const letter = stemOf(searchKey(c.name)).charAt(0);
    add(`nom-${letter}`, { ...c, postalCodes: c.postalCodes.slice(0, 1) });
  }
  return pieces;
}

/** The text of a piece (communes in INSEE order, grouped by département). */
export function encodePiece(communes: readonly CommuneData[]): GeoPieceFile {
  const names: string[] = [];
  const items: string[] = [];
  let departement = '';
  let previous = 0;
  let previousPostal: string | null = null;
  let previousName = '';
  for (const c of communes) {
    if (c.name.includes(NAME_SEPARATOR) || /^\d/.test(c.name)) throw new Error(`geo piece: cannot encode the name ${JSON.stringify(c.name)}`);
    if (c.departement !== departement) {
      departement = c.departement;
      items.push(`#${departement}`);
      previous = 0;
      previousPostal = null;
    }
    const number = Number.parseInt(c.insee.slice(departement.length), 10);
    const step = number - previous;
    if (!(step > 0)) throw new Error(`geo piece: communes not in INSEE order at ${c.insee}`);
    previous = number;
    const prefix = postalPrefixOf(departement);
    const postal = c.postalCodes.map((pc) => (pc.startsWith(prefix) ? pc.slice(prefix.length) : pc)).join(' ');
    items.push(`${step === 1 ? '' : step}${postal === previousPostal ? '' : `,${postal}`}`);
    previousPostal = postal;
    let shared = 0;
    while (shared < 9 && shared < c.name.length && c.name[shared] === previousName[shared]) shared += 1;
    names.push(shared >= 2 ? `${shared}${c.name.slice(shared)}` : c.name);
    previousName = c.name;
  }
  return { v: 2, n: names.join(NAME_SEPARATOR), d: items.join(ITEM_SEPARATOR) };
}

/** Whether a value is a piece file (what the browser checks before decoding). */
export function isGeoPieceFile(value: unknown): value is GeoPieceFile {
  return !!value && typeof value === 'object' && (value as GeoPieceFile).v === 2 && typeof (value as GeoPieceFile).n === 'string' && typeof (value as GeoPieceFile).d === 'string';
}

export function decodePiece(file: GeoPieceFile): GeoIndex {
  const communes: Commune[] = [];
  const names = file.n.split(NAME_SEPARATOR);
  let departement = '';
  let number = 0;
  let postalCodes: readonly string[] = [];
  let previousName = '';
  for (const item of file.d.split(ITEM_SEPARATOR)) {
    if (item.startsWith('#')) {
      departement = item.slice(1);
      number = 0;
      postalCodes = [];
      continue;
    }
    const comma = item.indexOf(',');
    const step = comma === -1 ? item : item.slice(0, comma);
    number += step === '' ? 1 : Number.parseInt(step, 10);
    const prefix = postalPrefixOf(departement);
    if (comma !== -1) {
      postalCodes = item
        .slice(comma + 1)
        .split(' ')
        .filter(Boolean)
        .map((pc) => (pc.length === 5 ? pc : prefix + pc));
    }
    const coded = names[communes.length] ?? '';
    const shared = /^\d/.test(coded) ? Number(coded.charAt(0)) : 0;
    const name = shared > 0 ? previousName.slice(0, shared) + coded.slice(1) : coded;
    previousName = name;
    const insee = departement + String(number).padStart(5 - departement.length, '0');
    communes.push(communeOfData({ insee, name, departement, postalCodes }));
  }
  return makeIndex(communes);
}

// ---------------------------------------------------------------------------------------------------------
// Queries

/** Why an entry cannot be looked up (each has its message in ui.json `ui.geo.problem.*`). */
export type GeoProblem =
  | 'empty'
  | 'postalLength'
  | 'postalLetters'
  | 'postalUnknown'
  | 'nameUnknown'
  | 'departementCode'
  | 'corsica';

export const GEO_PROBLEMS: readonly GeoProblem[] = ['empty', 'postalLength', 'postalLetters', 'postalUnknown', 'nameUnknown', 'departementCode', 'corsica'];

export type GeoQuery =
  | { readonly kind: 'postal'; readonly code: string }
  | { readonly kind: 'name'; readonly key: string; readonly stem: string }
  | { readonly kind: 'problem'; readonly problem: GeoProblem; readonly departement?: string };

/**
 * What the person typed (normalised first: `normaliseTyped`): a postal code (spaces inside allowed: "13 001"),
 * a commune name, or a problem. A département number typed instead ("13", "2a", "974") is recognised, so the
 * list can be preset to it.
 */
export function classify(input: string, departements: readonly string[]): GeoQuery {
  const typed = normaliseTyped(input);
  if (typed.kind === 'problem') return { kind: 'problem', problem: typed.problem };
  const text = typed.text;
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
  return { kind: 'name', key, stem: stemOf(key) };
}

/** What a name may start with that could still become a leading word (« S », « Sain », « St », « L », « Le »…). */
const LEADING_PREFIXES = [...LEADING_WORDS, 'st', 'ste'];

/**
 * Whether a query's piece is known for sure while the person is still typing: not for a name that could still
 * become « Saint-… », « Le … » (« S », « Sa », « St », « L », « Le »…), whose piece is that of the next word.
 * Searching as one types waits for it, so that typing one name fetches the piece of one letter only.
 */
export function isSettled(query: GeoQuery): boolean {
  return query.kind !== 'name' || query.key.includes(' ') || !LEADING_PREFIXES.some((word) => word.startsWith(query.key));
}

/** The piece a query is looked up in (null: no piece can hold an answer, e.g. a name starting with a digit). */
export function pieceOfQuery(query: GeoQuery): GeoPieceId | null {
  if (query.kind === 'postal') return `cp-${query.code.charAt(0)}`;
  if (query.kind === 'name' && /^[a-z]/.test(query.stem)) return `nom-${query.stem.charAt(0)}`;
  return null;
}

/** The piece holding the commune of an INSEE code (to show its name again after a reload). */
export function pieceOfInsee(insee: string): GeoPieceId {
  return `cp-${departementDigit(departementOfInsee(insee))}`;
}

export type GeoResult =
  | { readonly kind: 'communes'; readonly query: GeoQuery; readonly communes: readonly Commune[]; readonly total: number }
  | { readonly kind: 'problem'; readonly problem: GeoProblem; readonly departement?: string };

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** The first position in `byStem` whose stem is not before `stem`. */
function firstAtOrAfter(byStem: readonly Commune[], stem: string): number {
  let low = 0;
  let high = byStem.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((byStem[mid]?.stem ?? '') < stem) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The communes matching a query, at most `limit`: for a postal code, every commune it serves (several,
 * sometimes in two départements), by name; for a name, every commune whose name starts with it once « Saint »,
 * « Le », « La », « Les », « L’ » are left aside on both sides: the same name first, then the same name but for
 * those words, then the names starting with what was typed, then the others.
 */
export function lookupQuery(index: GeoIndex, query: GeoQuery, limit = 10): GeoResult {
  if (query.kind === 'problem') {
    return query.departement === undefined
      ? { kind: 'problem', problem: query.problem }
      : { kind: 'problem', problem: query.problem, departement: query.departement };
  }
  let found: readonly Commune[];
  if (query.kind === 'postal') {
    found = [...(index.byPostalCode.get(query.code) ?? [])].sort((a, b) => collator.compare(a.name, b.name) || a.insee.localeCompare(b.insee));
    if (found.length === 0) return { kind: 'problem', problem: 'postalUnknown' };
  } else {
    const matches: { c: Commune; r: number }[] = [];
    for (let i = firstAtOrAfter(index.byStem, query.stem); i < index.byStem.length; i++) {
      const c = index.byStem[i];
      if (!c || !c.stem.startsWith(query.stem)) break;
      matches.push({ c, r: c.key === query.key ? 0 : c.stem === query.stem ? 1 : c.key.startsWith(query.key) ? 2 : 3 });
    }
    found = matches
      .sort((a, b) => a.r - b.r || collator.compare(a.c.key, b.c.key) || a.c.insee.localeCompare(b.c.insee))
      .map(({ c }) => c);
    if (found.length === 0) return { kind: 'problem', problem: 'nameUnknown' };
  }
  return { kind: 'communes', query, communes: found.slice(0, limit), total: found.length };
}

/** `lookupQuery` of what was typed. */
export function lookup(index: GeoIndex, input: string, departements: readonly string[], limit = 10): GeoResult {
  return lookupQuery(index, classify(input, departements), limit);
}

/** The commune of an INSEE code, if the index has it. */
export function communeOf(index: GeoIndex, insee: string): Commune | undefined {
  return index.communes.find((c) => c.insee === insee);
}
