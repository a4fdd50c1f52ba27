/**
 * BUILD TIME ONLY: the geo index and its pieces (/geo/cp-<digit>.json, /geo/nom-<letter>.json,
 * src/pages/geo/[piece].json.ts) from Etalab's @etalab/decoupage-administratif (INSEE Code officiel
 * géographique, La Poste postal codes). Never imported by browser code: the 8 MB dataset stays out of every bundle.
 */
import communesFile from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import packageFile from '@etalab/decoupage-administratif/package.json' with { type: 'json' };
import { communeOfData, encodePiece, makeIndex, splitIntoPieces, type CommuneData, type GeoIndex, type GeoPieceFile, type GeoPieceId } from './geo.ts';

export interface EtalabCommune {
  readonly code: string;
  readonly nom: string;
  readonly type: string;
  readonly departement?: string;
  /** For an arrondissement municipal: its commune (Paris 75056, Lyon 69123, Marseille 13055). */
  readonly commune?: string;
  readonly codesPostaux?: readonly string[];
}

export const etalabCommunes = communesFile as readonly EtalabCommune[];

export const GEO_SOURCE = `@etalab/decoupage-administratif ${packageFile.version} (INSEE, Code officiel géographique ; La Poste, base officielle des codes postaux), Licence Ouverte`;

/**
 * The communes people live in, for the départements we serve: every `commune-actuelle` and
 * `arrondissement-municipal`, except Paris, Lyon and Marseille as a whole (their arrondissements carry their
 * own postal codes and INSEE codes, which a commune table such as the Bouches-du-Rhône one can use).
 */
export function communesOf(all: readonly EtalabCommune[], departements: readonly string[]): CommuneData[] {
  const kept = all.filter(
    (c) =>
      (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') &&
      c.departement !== undefined &&
      departements.includes(c.departement) &&
      (c.codesPostaux?.length ?? 0) > 0,
  );
  const split = new Set(kept.filter((c) => c.type === 'arrondissement-municipal').map((c) => c.commune));
  const order = new Map(departements.map((d, i) => [d, i]));
  return kept
    .filter((c) => !split.has(c.code))
    .map((c) => ({
      insee: c.code,
      name: c.nom,
      departement: c.departement ?? '',
      postalCodes: [...new Set(c.codesPostaux ?? [])],
    }))
    .sort((a, b) => (order.get(a.departement) ?? 0) - (order.get(b.departement) ?? 0) || a.insee.localeCompare(b.insee));
}

/** The whole index, in memory (what the pieces are checked against). */
export function buildWholeIndex(departements: readonly string[]): GeoIndex {
  return makeIndex(communesOf(etalabCommunes, departements).map(communeOfData));
}

/** Every piece of the index, as served. */
export function buildGeoPieces(departements: readonly string[]): Map<GeoPieceId, GeoPieceFile> {
  const pieces = splitIntoPieces(communesOf(etalabCommunes, departements));
  return new Map([...pieces].map(([id, communes]) => [id, encodePiece(communes)]));
}
