import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { content } from './content.ts';
import etalabDepartements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import { buildGeoPieces, buildWholeIndex, communesOf, etalabCommunes } from './geo-index.ts';
import {
  classify,
  communeOf,
  decodePiece,
  isSettled,
  departementOfInsee,
  lookupQuery,
  pieceOfInsee,
  pieceOfQuery,
  searchKey,
  stemOf,
  type Commune,
  type GeoIndex,
  type GeoPieceId,
  type GeoResult,
} from './geo.ts';
import { departementCodes, directory } from './questionnaire.ts';

const index = buildWholeIndex(departementCodes);
const kept = communesOf(etalabCommunes, departementCodes);
const files = buildGeoPieces(departementCodes);
const pieces = new Map([...files].map(([id, file]) => [id, decodePiece(file)]));
const empty: GeoIndex = { communes: [], byPostalCode: new Map(), byStem: [] };

const communes = (result: GeoResult): readonly Commune[] => (result.kind === 'communes' ? result.communes : []);
const names = (result: GeoResult) => communes(result).map((c) => `${c.name} ${c.departement}`);
/** A lookup as the browser does it: in the piece of what was typed. */
const inPiece = (input: string, limit = 100): GeoResult => {
  const query = classify(input, departementCodes);
  const piece = pieceOfQuery(query);
  return lookupQuery((piece && pieces.get(piece)) || empty, query, limit);
};
const find = inPiece;
/** What a person sees of a result: the communes (INSEE, name, département, postal code shown) and the count. */
const seen = (result: GeoResult) =>
  result.kind === 'problem'
    ? result
    : {
        total: result.total,
        communes: result.communes.map((c) => {
          const postal = result.query.kind === 'postal' ? result.query.code : (c.postalCodes[0] ?? '');
          return `${c.insee} ${c.name} ${c.departement} ${postal}`;
        }),
      };

// Over every commune (35,000): a generous time limit on a busy machine.
describe('geo pieces: the same answers as the whole index', { timeout: 300_000 }, () => {
  it('every postal code of the dataset gives, in the piece of its first digit, what the whole index gives', () => {
    const codes = [...index.byPostalCode.keys()];
    expect(codes.length).toBeGreaterThan(5000);
    for (const code of codes) {
      const whole = lookupQuery(index, classify(code, departementCodes), 20);
      expect(seen(inPiece(code, 20)), code).toEqual(seen(whole));
    }
  });

  it('every commune name of the dataset gives, in the piece of its first letter, what the whole index gives', () => {
    const all = [...new Set(index.communes.map((c) => c.name))];
    for (const name of all) {
      const whole = lookupQuery(index, classify(name, departementCodes), 20);
      const found = inPiece(name, 20);
      expect(seen(found), name).toEqual(seen(whole));
      expect(found.kind, name).toBe('communes');
    }
  });

  it('every commune is found by its name, and by each of its postal codes, in one piece', () => {
    for (const c of index.communes) {
      expect(communes(inPiece(c.name, 10_000)).map((x) => x.insee), c.name).toContain(c.insee);
      for (const pc of c.postalCodes) expect(communes(inPiece(pc, 10_000)).map((x) => x.insee), pc).toContain(c.insee);
    }
  });

  it('every commune can be named again from its INSEE code alone, with the piece of its département', () => {
    for (const c of index.communes) expect(communeOf(pieces.get(pieceOfInsee(c.insee)) ?? empty, c.insee)?.name, c.insee).toBe(c.name);
  });

  it('has one piece per first digit and per first letter, each at most 30 KB once gzipped', () => {
    const ids = [...files.keys()].sort();
    expect(ids.filter((id) => id.startsWith('cp-'))).toEqual(['cp-0', 'cp-1', 'cp-2', 'cp-3', 'cp-4', 'cp-5', 'cp-6', 'cp-7', 'cp-8', 'cp-9']);
    for (const id of ids) expect(id, 'a piece is named by one digit or one letter').toMatch(/^(cp-\d|nom-[a-z])$/);
    const sizes = ids.map((id) => [id, gzipSync(JSON.stringify(files.get(id)), { level: 9 }).length] as const);
    for (const [id, size] of sizes) expect(size, `${id}: ${size} bytes gzip`).toBeLessThanOrEqual(30 * 1024);
  });

  it('routes a query to a piece by its first digit or by the first letter of its name without « Saint », « Le »…', () => {
    const piece = (input: string): GeoPieceId | null => pieceOfQuery(classify(input, departementCodes));
    expect(piece('13001')).toBe('cp-1');
    expect(piece('٩٧٤٠٠')).toBe('cp-9');
    expect(piece('Marseille')).toBe('nom-m');
    expect(piece('Saint-Étienne')).toBe('nom-e');
    expect(piece('St Etienne')).toBe('nom-e');
    expect(piece('Le Havre')).toBe('nom-h');
    expect(piece('L’Haÿ-les-Roses')).toBe('nom-h');
    expect(piece('Les Abymes')).toBe('nom-a');
    expect(piece('Saint')).toBe('nom-s');
    expect(piece('1300')).toBeNull();
    expect(piece('')).toBeNull();
    expect(stemOf(searchKey('Le Saint'))).toBe('saint');
  });

  it('while typing, waits for a name that may still become « Saint-… » or « Le … » (one letter revealed per name)', () => {
    const settled = (input: string) => isSettled(classify(input, departementCodes));
    for (const input of ['S', 'sa', 'Sain', 'Saint', 'Sainte', 'St', 'Ste', 'L', 'Le', 'La', 'Les', 'L’']) expect(settled(input), input).toBe(false);
    for (const input of ['Sar', 'Saintes', 'Saint-É', 'St É', 'Lens', 'Le H', 'Marseille', '13001', '130']) expect(settled(input), input).toBe(true);
  });
});

describe('geo index (the rules, over every commune)', { timeout: 300_000 }, () => {
  it('decodes to exactly the communes kept from the dataset, with their INSEE code, département and postal codes', () => {
    expect(index.communes).toHaveLength(kept.length);
    expect(index.communes.map(({ key: _k, stem: _s, ...c }) => c)).toEqual(kept);
  });

  it('keeps only communes actuelles and arrondissements municipaux, of the 101 départements, with a postal code', () => {
    // (A commune déléguée may share its INSEE code with its commune nouvelle: the index has the commune nouvelle.)
    const keptTypes = new Set(
      etalabCommunes.filter((e) => e.type === 'commune-actuelle' || e.type === 'arrondissement-municipal').map((e) => `${e.code} ${e.nom}`),
    );
    for (const c of index.communes) {
      expect(keptTypes.has(`${c.insee} ${c.name}`), c.insee).toBe(true);
      expect(departementCodes, c.insee).toContain(c.departement);
      expect(c.postalCodes.length, c.insee).toBeGreaterThan(0);
    }
    // Every commune actuelle of the 101 départements is there, but Paris, Lyon and Marseille as a whole.
    const actuelles = etalabCommunes.filter((c) => c.type === 'commune-actuelle' && departementCodes.includes(c.departement ?? ''));
    const inIndex = new Set(index.communes.map((k) => k.insee));
    const missing = actuelles.filter((c) => !inIndex.has(c.code)).map((c) => c.nom);
    expect(missing.sort()).toEqual(['Lyon', 'Marseille', 'Paris']);
  });

  it('gives each commune the dataset’s département, derived from its INSEE code, and that département has a caisse', () => {
    const byCode = new Map(
      etalabCommunes.filter((c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal').map((c) => [c.code, c]),
    );
    for (const c of index.communes) {
      expect(c.departement, c.insee).toBe(byCode.get(c.insee)?.departement);
      expect(departementOfInsee(c.insee), c.insee).toBe(c.departement);
      expect(directory.caisseOf(c.departement), c.insee).toBeDefined();
    }
  });


  it('never says "20": Corsican communes are in 2A or 2B, whatever their postal code', () => {
    const corsican = index.communes.filter((c) => c.postalCodes.some((pc) => pc.startsWith('20')));
    expect(corsican.length).toBeGreaterThan(300);
    for (const c of corsican) expect(['2A', '2B'], c.name).toContain(c.departement);
    expect(index.communes.some((c) => c.departement === '20')).toBe(false);
  });

  it('serves exactly the 101 départements of the official dataset (same codes), each with a caisse', () => {
    // The dataset also lists the collectivités d'outre-mer (975, 977, 978, 98x): not départements, not served here.
    const official = (etalabDepartements as readonly { code: string; zone: string }[]).filter((d) => d.zone !== 'com').map((d) => d.code);
    expect([...departementCodes].sort()).toEqual([...official].sort());
    for (const code of departementCodes) expect(directory.caisseOf(code), code).toBeDefined();
  });

  it('covers every département with communes, overseas included', () => {
    const withCommunes = new Set(index.communes.map((c) => c.departement));
    expect([...departementCodes].filter((d) => !withCommunes.has(d))).toEqual([]);
  });

});

describe('resolution cases (real communes)', () => {
  it('Marseille: each arrondissement has its postal code and INSEE code, in the Bouches-du-Rhône', () => {
    const first = communes(find('13001'));
    expect(first.map((c) => [c.name, c.insee, c.departement])).toEqual([['Marseille 1er Arrondissement', '13201', '13']]);
    expect(communes(find('13 008')).map((c) => c.insee)).toEqual(['13208']);
    const byName = communes(find('marseille'));
    expect(byName.filter((c) => c.name.includes('Arrondissement'))).toHaveLength(16);
    expect(byName[0]?.insee).toBe('13201');
    expect(byName[1]?.insee).toBe('13202');
  });

  it('Porto-Vecchio is in Corse-du-Sud (2A), Corte in Haute-Corse (2B)', () => {
    expect(communes(find('20137')).find((c) => c.name === 'Porto-Vecchio')).toMatchObject({ insee: '2A247', departement: '2A' });
    expect(communes(find('porto vecchio'))[0]).toMatchObject({ insee: '2A247', departement: '2A' });
    expect(communes(find('Corte'))[0]).toMatchObject({ insee: '2B096', departement: '2B', postalCodes: ['20250'] });
    expect(communes(find('20250')).every((c) => c.departement === '2B')).toBe(true);
    expect(names(find('20000'))).toEqual(['Ajaccio 2A']);
  });

  it('a postal code whose prefix is another département’s: 94390 is Paray-Vieille-Poste, in the Essonne (91)', () => {
    expect(communes(find('94390'))).toEqual([expect.objectContaining({ name: 'Paray-Vieille-Poste', insee: '91479', departement: '91' })]);
  });

  it('a postal code shared by two départements: 13780 is Cuges-les-Pins (13) and Riboux (83); 05110 serves 04 and 05', () => {
    expect(names(find('13780'))).toEqual(['Cuges-les-Pins 13', 'Riboux 83']);
    const shared = communes(find('05110'));
    expect(new Set(shared.map((c) => c.departement))).toEqual(new Set(['04', '05']));
    expect(shared.find((c) => c.name === 'La Saulce')?.departement).toBe('05');
    expect(shared.find((c) => c.name === 'Claret')?.departement).toBe('04');
  });

  it('overseas: Guadeloupe, Martinique, Guyane, La Réunion and Mayotte (CSSM)', () => {
    expect(communes(find('97110'))[0]).toMatchObject({ name: 'Pointe-à-Pitre', departement: '971' });
    expect(communes(find('Fort-de-France'))[0]).toMatchObject({ departement: '972' });
    expect(communes(find('Cayenne'))[0]).toMatchObject({ departement: '973' });
    expect(communes(find('97400'))[0]).toMatchObject({ name: 'Saint-Denis', departement: '974' });
    const mamoudzou = communes(find('Mamoudzou'))[0];
    expect(mamoudzou).toMatchObject({ insee: '97611', departement: '976' });
    expect(names(find('97600'))).toEqual(['Koungou 976', 'Mamoudzou 976']);
    expect(directory.caisseOf('976')).toBe('cssm');
    expect(content.departements.departements.find((d) => d.code === '976')?.toConfirm).toBe(true);
  });

  it('finds names without accents, hyphens or capitals, and "St" for "Saint"', () => {
    expect(searchKey('Saint-Étienne-du-Rouvray')).toBe('saint etienne du rouvray');
    expect(searchKey('St Etienne')).toBe('saint etienne');
    expect(communes(find('st etienne'))[0]?.insee).toBe('42218');
    expect(communes(find('L’Haÿ-les-Roses'))[0]?.insee).toBe('94038');
  });

  it('finds a name from its start, with or without « Saint », « Sainte », « Le », « La », « Les », « L’ »', () => {
    expect(communes(find('Havre'))[0]).toMatchObject({ name: 'Le Havre', departement: '76' });
    expect(communes(find('rochelle'))[0]).toMatchObject({ name: 'La Rochelle', departement: '17' });
    expect(communes(find('Haÿ-les-Roses'))[0]?.insee).toBe('94038');
    expect(communes(find('etienne')).map((c) => c.insee)).toContain('42218');
    // What was typed comes first: « Saint-C » lists the Saint-C… communes before the C… ones.
    expect(communes(find('Saint-C'))[0]?.name).toMatch(/^Saint-C/);
    expect(communes(find('C'))[0]?.name).toMatch(/^C/);
    // A word inside a name is not a start: « Vecchio » alone is not Porto-Vecchio.
    expect(communes(find('vecchio')).map((c) => c.name)).not.toContain('Porto-Vecchio');
  });

  it('says how many communes match and shows at most the limit', () => {
    const result = inPiece('b', 10);
    expect(result.kind === 'communes' && result.total).toBeGreaterThan(1000);
    expect(communes(result)).toHaveLength(10);
  });

  it('finds a commune by its INSEE code only through the index', () => {
    expect(communeOf(index, '2B096')?.name).toBe('Corte');
    expect(communeOf(index, '99999')).toBeUndefined();
    expect(communeOf(pieces.get(pieceOfInsee('2B096')) ?? empty, '2B096')?.name).toBe('Corte');
  });
});

describe('bad input', () => {
  const problem = (input: string) => {
    const result = find(input);
    return result.kind === 'problem' ? result : null;
  };
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['99999', 'postalUnknown'],
    ['00000', 'postalUnknown'],
    ['13OO1', 'postalLetters'],
    ['75a01', 'postalLetters'],
    ['1300', 'postalLength'],
    ['130011', 'postalLength'],
    ['Zzyzxville', 'nameUnknown'],
    ['--', 'nameUnknown'],
    ['20', 'corsica'],
  ])('%j → %s', (input, expected) => {
    expect(problem(input)?.problem).toBe(expected);
  });

  it('recognises a département number typed instead of a postal code, "2a" in lower case included', () => {
    expect(problem('2a')).toEqual({ kind: 'problem', problem: 'departementCode', departement: '2A' });
    expect(problem('2B')).toEqual({ kind: 'problem', problem: 'departementCode', departement: '2B' });
    expect(problem('13')).toEqual({ kind: 'problem', problem: 'departementCode', departement: '13' });
    expect(problem('976')).toEqual({ kind: 'problem', problem: 'departementCode', departement: '976' });
  });

  it('accepts spaces around and inside a postal code', () => {
    expect(classify(' 13 001 ', departementCodes)).toEqual({ kind: 'postal', code: '13001' });
    expect(names(find(' 20 137'))).toContain('Porto-Vecchio 2A');
  });

  it('reads Arabic-Indic, Extended Arabic-Indic and full-width digits, and ignores invisible marks', () => {
    expect(names(find('١٣٠٠١'))).toEqual(['Marseille 1er Arrondissement 13']);
    expect(names(find('۱۳۰۰۱'))).toEqual(['Marseille 1er Arrondissement 13']);
    expect(names(find('１３００１'))).toEqual(['Marseille 1er Arrondissement 13']);
    expect(names(find('\u200f13\u200b001\u2069'))).toEqual(['Marseille 1er Arrondissement 13']);
    expect(communes(find('Mar\u00adseille\u200d'))[0]?.insee).toBe('13201');
  });
});
