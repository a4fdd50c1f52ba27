/** Preact hooks over the geo index (src/components/geo-load.ts). */
import { useEffect, useState } from 'preact/hooks';
import type { GeoIndex } from '../domain/geo.ts';

// The loader (and the decoder of the index) is a separate chunk, fetched with the index, only when needed.
let cached: GeoIndex | null = null;
const loadGeoIndex = (): Promise<GeoIndex> =>
  import('./geo-load.ts').then((module) => module.loadGeoIndex()).then((index) => (cached = index));
const loadedGeoIndex = (): GeoIndex | null => cached;

/** The index once loaded (null before, or when it cannot be loaded: the list of départements still works). */
export function useGeoIndex(wanted = true): GeoIndex | null {
  const [index, setIndex] = useState<GeoIndex | null>(loadedGeoIndex);
  useEffect(() => {
    if (!wanted || index) return;
    let live = true;
    loadGeoIndex().then(
      (value) => live && setIndex(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, index]);
  return index;
}

/** The name of a commune (INSEE code) once the index is loaded; undefined without one. */
export function useCommuneName(insee: unknown): string | undefined {
  const wanted = typeof insee === 'string' && insee !== '';
  const index = useGeoIndex(wanted);
  if (!wanted || !index) return undefined;
  return index.communes.find((c) => c.insee === insee)?.name;
}
