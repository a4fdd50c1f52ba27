/** Preact hooks over the geo pieces (src/components/geo-load.ts). */
import { useEffect, useState } from 'preact/hooks';

// The loader (and the decoder of the pieces) is a separate chunk, fetched only when a commune must be named.
const geoLoad = () => import('./geo-load.ts');

/** The communes chosen in this page (INSEE code → name): named again at once, without waiting for a piece. */
const remembered = new Map<string, string>();
export function rememberCommune(insee: string, name: string): void {
  remembered.set(insee, name);
}

/**
 * The name of a commune (INSEE code): at once if its piece is already in memory (the person chose it in this
 * page), otherwise once the piece of its département's first digit is fetched; undefined without one.
 */
export function useCommuneName(insee: unknown): string | undefined {
  const wanted = typeof insee === 'string' && insee !== '' ? insee : null;
  const [name, setName] = useState<{ readonly insee: string; readonly name: string } | null>(() => {
    const known = wanted ? remembered.get(wanted) : undefined;
    return wanted && known ? { insee: wanted, name: known } : null;
  });
  useEffect(() => {
    if (!wanted || name?.insee === wanted) return;
    let live = true;
    geoLoad()
      .then((module) => module.communeByInsee(wanted))
      .then(
        (commune) => {
          if (!live || !commune) return;
          remembered.set(wanted, commune.name);
          setName({ insee: wanted, name: commune.name });
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [wanted, name?.insee]);
  return wanted && name?.insee === wanted ? name.name : undefined;
}
