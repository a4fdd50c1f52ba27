/**
 * Pure lookups over the content files. No zod here: shared by the build (src/domain/content.ts, which
 * validates first).
 */
import type { z } from 'zod';
import type * as S from '../domain/schemas.ts';

export type Axe = z.infer<typeof S.Axe>;
export type Theme = z.infer<typeof S.Theme>;
export type Dispositif = z.infer<typeof S.Dispositif>;
export type Caisse = z.infer<typeof S.Caisse>;
export type Departement = z.infer<typeof S.Departement>;
export type Bal = z.infer<typeof S.Bal>;
export type Phone = z.infer<typeof S.Phone>;
export type Site = z.infer<typeof S.Site>;
export type Redirection = z.infer<typeof S.Redirection>;
export type Stat = z.infer<typeof S.Stat>;

/** Every content file, typed, keyed by its name in `src/content/` (without `.json`). */
export interface Content {
  axes: Axe[];
  themes: Theme[];
  dispositifs: Dispositif[];
  caisses: Caisse[];
  departements: z.infer<typeof S.DepartementsFile>;
  bals: z.infer<typeof S.BalsFile>;
  contacts: z.infer<typeof S.ContactsFile>;
  urgences: Phone[];
  redirections: Redirection[];
  stats: Stat[];
}

/** The names of the content files, in the order they are validated. */
export const contentFiles = [
  'axes',
  'themes',
  'dispositifs',
  'caisses',
  'departements',
  'bals',
  'contacts',
  'urgences',
  'redirections',
  'stats',
] as const satisfies readonly (keyof Content)[];

export interface Lookups {
  /** The département of a code (`"13"`, `"2A"`, `"974"`), or undefined. */
  departement(code: string): Departement | undefined;
  /** The caisse running the service social in a département, or undefined for an unknown code. */
  caisseOf(code: string): Caisse | undefined;
  /**
   * The BALs of a département (empty when none is known: show the 3646 and the caisse, never an invented
   * address). With a commune INSEE code listed in `bals.json` `communes`, only that commune's BAL.
   */
  balsOf(code: string, commune?: string): Bal[];
  dispositif(id: string): Dispositif | undefined;
  /** A phone of contacts.json, else of urgences.json. */
  phone(id: string): Phone | undefined;
  site(id: string): Site | undefined;
}

export function createLookups(content: Content): Lookups {
  const departements = new Map(content.departements.departements.map((d) => [d.code, d]));
  const caisses = new Map(content.caisses.map((c) => [c.id, c]));
  const dispositifs = new Map(content.dispositifs.map((d) => [d.id as string, d]));
  const phones = new Map<string, Phone>();
  for (const p of [...content.urgences, ...content.contacts.phones].reverse()) phones.set(p.id, p);
  const sites = new Map(content.contacts.sites.map((s) => [s.id, s]));

  const departement = (code: string): Departement | undefined => departements.get(code.toUpperCase());
  return {
    departement,
    caisseOf(code) {
      const d = departement(code);
      return d ? caisses.get(d.caisse) : undefined;
    },
    balsOf(code, commune) {
      const d = departement(code);
      if (!d) return [];
      const all = content.bals.bals.filter((b) => b.departement === d.code);
      const email = commune === undefined ? undefined : content.bals.communes[commune];
      const one = email === undefined ? undefined : all.find((b) => b.email === email);
      return one ? [one] : all;
    },
    dispositif: (id) => dispositifs.get(id),
    phone: (id) => phones.get(id),
    site: (id) => sites.get(id),
  };
}
