/**
 * The content's ids: the public vocabulary of DESIGN.md §2 (axes, themes, dispositifs, redirections, départements).
 * Build time and tests parse with them; browser code imports their types only.
 */
import { z } from 'zod';

/** A snake_case id (a caisse, a phone, a site, a figure…). */
export const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'an id is snake_case ascii');

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
