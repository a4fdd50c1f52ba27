/**
 * The pieces of the geo index (src/domain/geo.ts): which communes each holds, the text of a piece and its reading
 * back. Nothing here does I/O.
 */
import { communeOfData, makeIndex, postalPrefixOf, searchKey, stemOf, type Commune, type CommuneData, type GeoIndex } from './geo-commune.ts';

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

export const departementDigit = (departement: string): string => postalPrefixOf(departement).charAt(0);

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
