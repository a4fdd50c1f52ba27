/**
 * The communes of the geo index and how names are compared: the pure core of src/domain/geo.ts (which describes
 * the index and its pieces). Nothing here does I/O.
 */
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
export const LEADING_WORDS = new Set(['saint', 'sainte', 'le', 'la', 'les', 'l']);

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
