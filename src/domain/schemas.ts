/**
 * The content contract: every data file in `src/content/` is described here.
 * Build-time and tests only (full zod). Browser code imports types from here, never values.
 */
import { z } from 'zod';

/** A seed document of `shared/seeds/`, copied by name, or a public page. */
export const SourceRef = z.union([
  z.string().regex(/^seed:\d{3}_[0-9a-f]{16}\.txt$/, 'a seed is written "seed:<file name>"'),
  z.url({ protocol: /^https?$/ }),
]);

/** Where a fact comes from, and whether it must still be confirmed with the caisse (DOMAIN.md [U]). */
export const Source = z.strictObject({
  ref: SourceRef,
  /** What the source says, in its own words, when it helps to check the fact. */
  quote: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;

const Sourced = {
  /** At least one source for the fact. */
  sources: z.array(Source).min(1),
  /** True where DOMAIN.md marks the fact [U]: shown to people as "à confirmer". */
  toConfirm: z.boolean(),
};

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'an id is snake_case ascii');

export const AxeId = z.enum(['pdp', 'sps']);
export type AxeId = z.infer<typeof AxeId>;

export const ThemeId = z.enum([
  'retour_domicile',
  'bien_vieillir',
  'inclusion_numerique',
  'prevention_sante',
  'aidants',
]);
export type ThemeId = z.infer<typeof ThemeId>;

export const DispositifId = z.enum([
  'inclupro',
  'bilan_competences',
  'essai_encadre',
  'temps_partiel_therapeutique',
  'crpe',
  'cellule_pdp',
  'visite_pre_reprise',
  'rendez_vous_liaison',
  'actions_remobilisation',
  'rqth',
  'ama',
  'help',
  'cap_emploi',
  'pension_invalidite',
  'aah',
  'css',
  'aides_financieres_cpam',
  'misas',
  'prado',
  'ardh',
  'aide_domicile',
  'amenagement_logement',
  'aspa',
  'france_services',
  'examen_prevention_sante',
]);
export type DispositifId = z.infer<typeof DispositifId>;

export const RedirectionId = z.enum([
  'urgence',
  'msa',
  'fonction_publique',
  'regime_special',
  'retraite',
  'cpam',
  'france_travail',
  'mdph',
  'service_social_departemental',
]);
export type RedirectionId = z.infer<typeof RedirectionId>;

/** Département codes of DESIGN.md §2: 01…95 with 2A/2B instead of 20, and the five overseas. */
export const DepartementCode = z.string().regex(/^(0[1-9]|1[0-9]|2[AB1-9]|[3-8][0-9]|9[0-5]|97[1-46])$/, 'a département code is 01…95, 2A, 2B, 971…974 or 976');

// ---------------------------------------------------------------- axes.json
export const Axe = z.strictObject({
  id: AxeId,
  /** Official page describing the axe. */
  url: z.url(),
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
  /** Official page (or the best public page, with toConfirm) to read more. */
  url: z.url(),
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
  /** The caisse's public site. */
  url: z.url(),
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
  communes: z.record(z.string().regex(/^\d[0-9AB]\d{3}$/), z.email()),
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
export const Site = z.strictObject({ id: Id, url: z.url(), ...Sourced });
export type Site = z.infer<typeof Site>;
/** Where « Quitter rapidement » sends the person (a neutral, widely used page), and why that one. */
export const QuickExit = z.strictObject({
  url: z.url({ protocol: /^https$/ }),
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
  ...Sourced,
});
export const StatsFile = z.array(Stat);
