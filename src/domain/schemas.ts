/**
 * The content contract: every data file in `src/content/` is described here.
 * Build-time and tests only (full zod). Browser code imports types from here, never values.
 */
import { z } from 'zod';
import { address, checkAddress, hostPattern } from './addresses.ts';
import { AxeId, DepartementCode, DispositifId, Id, RedirectionId, ThemeId } from './ids.ts';
import { INSEE_CODE } from './insee.ts';

export { AxeId, DepartementCode, DispositifId, RedirectionId, ThemeId } from './ids.ts';

// ---------------------------------------------------------------- addresses
/**
 * Where a link called official (« Page officielle », « Lire la page officielle », the sites of a redirection)
 * may go: the national sites of public services, never a private company, an association, a news site or the
 * page of one département. `example.fr` accepts that host and `www.example.fr`; `*.example.fr` accepts every
 * subdomain too; `carsat-*.fr` accepts one word in place of the star. Other pages stay in `sources`.
 * Add a host only for a public body, with the line saying who it is (README « Add a dispositif »).
 */
export const OFFICIAL_HOSTS: readonly { readonly host: string; readonly who: string }[] = [
  { host: '*.ameli.fr', who: "l'Assurance Maladie (Cnam) : ameli.fr, assurance-maladie.ameli.fr" },
  { host: 'service-public.fr', who: "Service-Public, le site officiel de l'administration française (DILA)" },
  { host: '*.gouv.fr', who: "les sites de l'État : service-public.gouv.fr, travail-emploi.gouv.fr, monparcourshandicap.gouv.fr, france-services.gouv.fr…" },
  { host: 'lassuranceretraite.fr', who: "l'Assurance retraite (Cnav et Carsat, branche retraite)" },
  { host: 'msa.fr', who: 'la Mutualité sociale agricole, site national (les sites régionaux <région>.msa.fr ne le sont pas)' },
  { host: 'francetravail.fr', who: 'France Travail, opérateur public du service public de l’emploi' },
  { host: '3114.fr', who: 'le numéro national de prévention du suicide (ministère chargé de la santé)' },
];

/**
 * The caisses' own sites (Carsat, Cramif, CGSS): allowed for `caisses.json` only, where each is shown to the
 * people of that caisse's départements — never as the page of a dispositif shown to everyone.
 */
export const CAISSE_HOSTS: readonly { readonly host: string; readonly who: string }[] = [
  { host: 'carsat-*.fr', who: 'une Carsat (caisse d’assurance retraite et de la santé au travail)' },
  { host: 'cramif.fr', who: 'la Cramif (Île-de-France)' },
  { host: 'cgss-*.fr', who: 'une CGSS (caisse générale de sécurité sociale, outre-mer)' },
];

const officialPatterns = OFFICIAL_HOSTS.map((h) => hostPattern(h.host));
const caissePatterns = CAISSE_HOSTS.map((h) => hostPattern(h.host));

/** Whether `url` (a valid https address) goes to a host of OFFICIAL_HOSTS. */
export function isOfficialUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/\.$/, '');
  return officialPatterns.some((pattern) => pattern.test(host));
}

/** Any address of the content (a source, the quick exit page): https only. */
export const HttpsUrl = address();
/** The place to act, shown as official: https, on a host of OFFICIAL_HOSTS. */
export const OfficialUrl = address({ patterns: officialPatterns, list: 'OFFICIAL_HOSTS in src/domain/schemas.ts' });
/** A caisse's own site: https, on a host of OFFICIAL_HOSTS or CAISSE_HOSTS. */
export const CaisseUrl = address({ patterns: [...officialPatterns, ...caissePatterns], list: 'OFFICIAL_HOSTS or CAISSE_HOSTS in src/domain/schemas.ts' });

/** A seed document of `shared/seeds/`, copied by name (`seed:<file name>`), or a public page (https). */
export const SourceRef = z.string().superRefine((value, ctx) => {
  if (!value.startsWith('seed:')) checkAddress(value, ctx);
  else if (!/^seed:\d{3}_[0-9a-f]{16}\.txt$/.test(value)) ctx.addIssue({ code: 'custom', message: `"${value}": a seed is written "seed:<file name>"` });
});

/** Where a fact comes from, and whether it must still be confirmed with the caisse (DOMAIN.md [U]). */
export const Source = z.strictObject({
  ref: SourceRef,
  /** What the source says, in its own words, when it helps to check the fact. */
  quote: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * The day a fact was last checked against its source (ISO date, `2026-11-23`). Required on every fact:
 * pages show the oldest date among what they show, and `npm run content:review` lists the facts not checked
 * for 12 months.
 */
export const LastReviewed = z.iso.date('required: the day this fact was last checked against its source, written YYYY-MM-DD');

const Sourced = {
  /** At least one source for the fact. */
  sources: z.array(Source).min(1),
  /** True where DOMAIN.md marks the fact [U]: shown to people as "à confirmer". */
  toConfirm: z.boolean(),
  lastReviewed: LastReviewed,
};

// ---------------------------------------------------------------- axes.json
export const Axe = z.strictObject({
  id: AxeId,
  /** Official page describing the axe (a host of OFFICIAL_HOSTS). */
  url: OfficialUrl,
  /** Dispositifs presented on the axe's page, in order. */
  dispositifs: z.array(DispositifId),
  ...Sourced,
});
export const AxesFile = z.array(Axe).length(2);

// ---------------------------------------------------------------- themes.json
export const Theme = z.strictObject({
  id: ThemeId,
  /** `information`: a restricted axe shown as information only (PRADO, bien vieillir); `transversal`: advice. */
  kind: z.enum(['information', 'transversal']),
  dispositifs: z.array(DispositifId),
  ...Sourced,
});
export const ThemesFile = z.array(Theme).length(5);

// ---------------------------------------------------------------- dispositifs.json
/** Who a dispositif is for: the person's work status. */
export const Public = z.enum(['salarie', 'independant', 'demandeur_emploi', 'retraite', 'tous']);
/** When it applies relative to the arrêt de travail. */
export const Moment = z.enum(['pendant_arret', 'apres_arret', 'tout_moment']);

export const Dispositif = z.strictObject({
  id: DispositifId,
  publics: z.array(Public).min(1),
  moments: z.array(Moment).min(1),
  /**
   * The official page to read more and to act (a host of OFFICIAL_HOSTS, national: never one département's page).
   * Absent when no official page is known: then no « page officielle » link is shown, and the pages that
   * support the facts are in `sources` only.
   */
  url: OfficialUrl.optional(),
  ...Sourced,
});
export type Dispositif = z.infer<typeof Dispositif>;
export const DispositifsFile = z.array(Dispositif);

// ---------------------------------------------------------------- caisses.json
export const CaisseId = Id;
export const Caisse = z.strictObject({
  /** snake case of the name (PERSONAS.md): carsat_sud_est, cramif, cgss_reunion… */
  id: CaisseId,
  kind: z.enum(['carsat', 'cramif', 'cgss', 'cssm']),
  /** Official name, never translated. */
  name: z.string().min(1),
  /** The caisse's public site (OFFICIAL_HOSTS or CAISSE_HOSTS); https://www.ameli.fr where none was found. */
  url: CaisseUrl,
  ...Sourced,
});
export type Caisse = z.infer<typeof Caisse>;
export const CaissesFile = z.array(Caisse);

// ---------------------------------------------------------------- departements.json
export const Departement = z.strictObject({
  code: DepartementCode,
  name: z.string().min(1),
  caisse: CaisseId,
  /** Only where DOMAIN.md marks the attribution [U] (Lozère, Mayotte). */
  toConfirm: z.boolean(),
  /** When the attribution (this département → this caisse) was last checked against the sources. */
  lastReviewed: LastReviewed,
});
export type Departement = z.infer<typeof Departement>;
export const DepartementsFile = z.strictObject({
  sources: z.array(Source).min(1),
  departements: z.array(Departement).length(101),
});

// ---------------------------------------------------------------- bals.json
export const Bal = z.strictObject({
  /** Exactly as published; never "corrected". */
  email: z.email(),
  departement: DepartementCode,
  /** Where a département has several BALs: the sector label (e.g. "Est", "Ouest"). */
  sector: z.string().min(1).optional(),
  ...Sourced,
});
export type Bal = z.infer<typeof Bal>;
export const BalsFile = z.strictObject({
  bals: z.array(Bal),
  /** commune INSEE code → BAL email, for départements with several BALs. Empty until the caisse publishes its split. */
  communes: z.record(z.string().regex(INSEE_CODE), z.email()),
});

// ---------------------------------------------------------------- contacts.json (national numbers and sites)
export const Phone = z.strictObject({
  id: Id,
  /** As displayed, e.g. "3646" or "09 71 10 39 60". */
  display: z.string().min(1),
  /** Value of the tel: or sms: link, digits only. */
  dial: z.string().regex(/^\+?\d+$/),
  channel: z.enum(['tel', 'sms']),
  /**
   * Where its spoken instruction (`phone.<id>.say`, « dites service social ») is documented: only for the
   * people of these caisses (the seeds document it for the Carsat Sud-Est and Midi-Pyrénées). Absent: for everyone.
   */
  sayFor: z.array(Id).min(1).optional(),
  ...Sourced,
});
export type Phone = z.infer<typeof Phone>;
/** A site shown with a redirection or a contact: the place to act, so an official host. */
export const Site = z.strictObject({ id: Id, url: OfficialUrl, ...Sourced });
export type Site = z.infer<typeof Site>;
/** Where « Quitter rapidement » sends the person (a neutral, widely used page), and why that one. */
export const QuickExit = z.strictObject({
  /** A neutral, widely used page: not official, and not called so. */
  url: HttpsUrl,
  reason: z.string().min(1),
});
export const ContactsFile = z.strictObject({
  phones: z.array(Phone).min(1),
  sites: z.array(Site).min(1),
  quickExit: QuickExit,
});

// ---------------------------------------------------------------- urgences.json
/** Emergency numbers, in the order they are shown (3114 first where the person feels very low). */
export const UrgencesFile = z.array(Phone).min(6);

// ---------------------------------------------------------------- redirections.json
export const Redirection = z.strictObject({
  id: RedirectionId,
  /** Phone ids (contacts.json or urgences.json) shown with the redirection. */
  phones: z.array(Id),
  /** Site ids (contacts.json) shown with the redirection. */
  sites: z.array(Id),
  ...Sourced,
});
export type Redirection = z.infer<typeof Redirection>;
export const RedirectionsFile = z.array(Redirection);

// ---------------------------------------------------------------- stats.json
export const Stat = z.strictObject({
  id: Id,
  /** The figure as printed in the source, e.g. "+355 000". */
  value: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  scope: z.enum(['france', 'pacac', 'midi_pyrenees', 'tarn_et_garonne']),
  /** For a regional figure: the caisse whose territory it covers (its editor reviews it). */
  caisse: CaisseId.optional(),
  /** `value` as a number, for the charts of « À propos » (`+355.000` → 355000, `+1 million` → 1000000). */
  quantity: z.number().nonnegative(),
  unit: z.enum(['count', 'percent', 'months']),
  /**
   * What is counted, when the same thing is counted for other years or territories: figures sharing a
   * `measure` are drawn together in one chart (title: `measure.<id>.title` in pages.json).
   */
  measure: Id.optional(),
  ...Sourced,
});
export const StatsFile = z.array(Stat);
