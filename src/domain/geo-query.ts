/**
 * Looking a postal code or a commune name up in the geo index (src/domain/geo.ts): what was typed, the piece it
 * is looked up in, and the communes it gives. Nothing here does I/O.
 */
import { normaliseTyped } from './typed-input.ts';
import { departementOfInsee } from './insee.ts';
import { LEADING_WORDS, searchKey, stemOf, type Commune, type GeoIndex } from './geo-commune.ts';
import { departementDigit, type GeoPieceId } from './geo-piece.ts';

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

// Made on the first lookup, not when the module loads: building an ICU collator takes tens of milliseconds on a
// slow phone, and this module is loaded (with the postal code field) on the step before the département step.
let frenchCollator: Intl.Collator | null = null;
const collator = (): Intl.Collator => (frenchCollator ??= new Intl.Collator('fr', { numeric: true, sensitivity: 'base' }));

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
  const names = collator();
  let found: readonly Commune[];
  if (query.kind === 'postal') {
    found = [...(index.byPostalCode.get(query.code) ?? [])].sort((a, b) => names.compare(a.name, b.name) || a.insee.localeCompare(b.insee));
    if (found.length === 0) return { kind: 'problem', problem: 'postalUnknown' };
  } else {
    const matches: { c: Commune; r: number }[] = [];
    for (let i = firstAtOrAfter(index.byStem, query.stem); i < index.byStem.length; i++) {
      const c = index.byStem[i];
      if (!c || !c.stem.startsWith(query.stem)) break;
      matches.push({ c, r: c.key === query.key ? 0 : c.stem === query.stem ? 1 : c.key.startsWith(query.key) ? 2 : 3 });
    }
    found = matches
      .sort((a, b) => a.r - b.r || names.compare(a.c.key, b.c.key) || a.c.insee.localeCompare(b.c.insee))
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
