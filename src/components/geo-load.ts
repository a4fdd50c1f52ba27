/**
 * Browser side of the geo index: fetches a piece (/geo/cp-<digit>.json, /geo/nom-<letter>.json) only when a
 * lookup needs it, once per page, and keeps it in memory. A request names the piece (the first digit of a postal
 * code or the first letter of a name), never what the person typed: the search runs here, on the device.
 * No framework here (the contacts page uses it without Preact).
 */
import {
  classify,
  decodePiece,
  geoPieceUrl,
  isGeoPieceFile,
  isSettled,
  lookupQuery,
  pieceOfInsee,
  pieceOfQuery,
  type Commune,
  type GeoIndex,
  type GeoPieceId,
  type GeoResult,
} from '../domain/geo.ts';

const loading = new Map<GeoPieceId, Promise<GeoIndex>>();
const loaded = new Map<GeoPieceId, GeoIndex>();

/** A piece, fetched at most once per page (a failed fetch is tried again next time). */
export function loadGeoPiece(id: GeoPieceId): Promise<GeoIndex> {
  const ready = loaded.get(id);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(id);
  if (!pending) {
    const url = geoPieceUrl(id);
    pending = fetch(url, { credentials: 'omit' })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((value) => {
        if (!isGeoPieceFile(value)) throw new Error(`${url}: unexpected content`);
        const index = decodePiece(value);
        loaded.set(id, index);
        return index;
      })
      .finally(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending;
}

/** What the person typed, looked up in its piece (fetched if needed). Rejects only when the piece cannot be had. */
export function lookupTyped(input: string, departements: readonly string[], limit: number): Promise<GeoResult> {
  const query = classify(input, departements);
  const piece = pieceOfQuery(query);
  if (query.kind === 'problem' || piece === null) return Promise.resolve(lookupQuery({ communes: [], byPostalCode: new Map(), byStem: [] }, query, limit));
  return loadGeoPiece(piece).then((index) => lookupQuery(index, query, limit));
}

/** Whether what is typed so far may still change piece (« S » → « Saint-É… »): see `isSettled`. */
export function unsettled(input: string, departements: readonly string[]): boolean {
  return !isSettled(classify(input, departements));
}

/** The same, without waiting: null when its piece is not loaded yet. */
export function lookupTypedNow(input: string, departements: readonly string[], limit: number): GeoResult | null {
  const query = classify(input, departements);
  const piece = pieceOfQuery(query);
  const index = piece ? loaded.get(piece) : undefined;
  if (query.kind !== 'problem' && piece !== null && !index) return null;
  return lookupQuery(index ?? { communes: [], byPostalCode: new Map(), byStem: [] }, query, limit);
}

/** A commune by its INSEE code from the pieces already loaded. */
export function loadedCommune(insee: string): Commune | undefined {
  for (const index of loaded.values()) {
    const found = index.communes.find((c) => c.insee === insee);
    if (found) return found;
  }
  return undefined;
}

/** A commune by its INSEE code, fetching the piece of its département's first digit if needed. */
export function communeByInsee(insee: string): Promise<Commune | undefined> {
  const known = loadedCommune(insee);
  if (known) return Promise.resolve(known);
  return loadGeoPiece(pieceOfInsee(insee)).then((index) => index.communes.find((c) => c.insee === insee));
}
