/**
 * Browser side of the geo index: fetches /geo/communes.json once, lazily (only when the département step or
 * the contacts search is used), and keeps it in memory. The URL never carries what the person typed: the
 * search runs here, on the device. No framework here (the contacts page uses it without Preact).
 */
import { decodeGeoIndex, type CompactGeoIndex, type GeoIndex } from '../domain/geo.ts';

export const GEO_INDEX_URL = '/geo/communes.json';

let loading: Promise<GeoIndex> | null = null;
let loaded: GeoIndex | null = null;

function isCompact(value: unknown): value is CompactGeoIndex {
  return !!value && typeof value === 'object' && (value as CompactGeoIndex).v === 1 && typeof (value as CompactGeoIndex).d === 'string';
}

/** The index, fetched at most once per page (a failed fetch can be retried). */
export function loadGeoIndex(): Promise<GeoIndex> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= fetch(GEO_INDEX_URL, { credentials: 'omit' })
    .then((response) => {
      if (!response.ok) throw new Error(`${GEO_INDEX_URL}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((value) => {
      if (!isCompact(value)) throw new Error(`${GEO_INDEX_URL}: unexpected content`);
      loaded = decodeGeoIndex(value);
      return loaded;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The index if already loaded in this page. */
export function loadedGeoIndex(): GeoIndex | null {
  return loaded;
}
