/**
 * The département field's state and what « Continuer » makes of it, as pure functions (DepartementField.tsx
 * renders them): a reducer for the postal code / commune combobox and the list, and `resolveDepartement()`.
 */
import type { Commune, GeoProblem, GeoResult } from '../../domain/geo.ts';

export type DepartementMode = 'entry' | 'list';

/** What "Continuer" gives: an answer, a problem to show at the field, or nothing usable (the step's own error). */
export type DepartementAnswer =
  | { readonly kind: 'answer'; readonly value: string; readonly commune?: string }
  | { readonly kind: 'problem'; readonly problem: GeoProblem | 'choose' | 'unavailable' }
  | { readonly kind: 'none' };

/** What « Continuer » calls on the field (QuestionScreen.tsx), and the id of the control shown (the error summary links to it). */
export interface DepartementResolver {
  resolve(): Promise<DepartementAnswer>;
  readonly controlId: string;
}

/** The communes a lookup found (at most the limit), their total, and the postal code looked up (if it was one). */
export interface Found {
  readonly communes: readonly Commune[];
  readonly total: number;
  readonly postal: string | null;
}

export interface FieldState {
  /** The département chosen in the list, or the chosen commune's. */
  readonly departement: string;
  /** What is typed in the combobox. */
  readonly text: string;
  /** The commune chosen in the combobox (its name is the text until the text changes). */
  readonly commune: Commune | null;
  readonly found: Found | null;
  readonly expanded: boolean;
  /** The active option's index (-1: none). */
  readonly active: number;
}

export type FieldAction =
  | { readonly type: 'typed'; readonly text: string }
  | { readonly type: 'found'; readonly found: Found | null }
  | { readonly type: 'chosen'; readonly commune: Commune }
  | { readonly type: 'picked'; readonly departement: string }
  | { readonly type: 'move'; readonly down: boolean }
  | { readonly type: 'close' }
  | { readonly type: 'clear' }
  /** Coming back to the step: the commune answered before, found again. */
  | { readonly type: 'restored'; readonly commune: Commune };

export function initialField(departement: string, text: string, commune: Commune | null): FieldState {
  return { departement, text: text === '' && commune ? commune.name : text, commune, found: null, expanded: false, active: -1 };
}

export function fieldReducer(state: FieldState, action: FieldAction): FieldState {
  switch (action.type) {
    case 'typed':
      return { ...state, text: action.text, commune: null };
    case 'found':
      return { ...state, found: action.found, expanded: action.found !== null, active: -1 };
    case 'chosen':
      return { ...state, commune: action.commune, text: action.commune.name, departement: action.commune.departement, expanded: false, active: -1 };
    case 'picked':
      return { ...state, departement: action.departement };
    case 'move': {
      const count = state.found?.communes.length ?? 0;
      if (count === 0) return state;
      if (!state.expanded) return { ...state, expanded: true, active: action.down ? 0 : count - 1 };
      const i = state.active;
      return { ...state, active: action.down ? (i + 1) % count : i <= 0 ? count - 1 : i - 1 };
    }
    case 'close':
      return { ...state, expanded: false, active: -1 };
    case 'clear':
      return { ...state, text: '', commune: null, found: null };
    case 'restored':
      return { ...state, commune: action.commune, text: state.text === '' ? action.commune.name : state.text };
  }
}

/** « Bouches-du-Rhône (13) »: a département as the field and the partners' builder name it (its code if unknown). */
export function departementLabel(departements: readonly { readonly code: string; readonly name: string }[], code: string): string {
  const d = departements.find((x) => x.code === code);
  return d ? `${d.name} (${d.code})` : code;
}

/** The postal code to show for a commune: the one looked up if it serves it, else its first. */
export function postalOf(commune: Commune, postal: string | null): string {
  return postal && commune.postalCodes.includes(postal) ? postal : (commune.postalCodes[0] ?? '');
}

/** The communes of a lookup's result, or null (a problem: nothing to list). */
export function foundOf(result: GeoResult | null): Found | null {
  if (result?.kind !== 'communes') return null;
  return { communes: result.communes, total: result.total, postal: result.query.kind === 'postal' ? result.query.code : null };
}

/**
 * What « Continuer » gives, from the field as it is: an answer or a problem at once, or `lookup` when what is
 * typed must be looked up first (then `settleLookup`).
 */
export function resolveDepartement(state: FieldState, mode: DepartementMode): DepartementAnswer | { readonly kind: 'lookup' } {
  const { commune, departement, text } = state;
  if (mode === 'list') {
    if (departement === '') return { kind: 'none' };
    return commune && commune.departement === departement ? { kind: 'answer', value: departement, commune: commune.insee } : { kind: 'answer', value: departement };
  }
  if (commune && text === commune.name) return { kind: 'answer', value: commune.departement, commune: commune.insee };
  if (text.trim() === '') return { kind: 'problem', problem: 'empty' };
  return { kind: 'lookup' };
}

/** What the lookup of the typed text decides: the answer (one commune), a problem, or the list to choose from. */
export type Settled =
  | { readonly kind: 'chosen'; readonly commune: Commune; readonly answer: DepartementAnswer }
  /** A département number typed: preset in the list, shown instead of the field. */
  | { readonly kind: 'toList'; readonly departement: string; readonly answer: DepartementAnswer }
  | { readonly kind: 'choose'; readonly found: Found; readonly answer: DepartementAnswer }
  | { readonly kind: 'problem'; readonly answer: DepartementAnswer };

export function settleLookup(result: GeoResult): Settled {
  if (result.kind === 'problem') {
    const answer: DepartementAnswer = { kind: 'problem', problem: result.problem };
    return result.problem === 'departementCode' && result.departement
      ? { kind: 'toList', departement: result.departement, answer }
      : { kind: 'problem', answer };
  }
  const exact = result.communes.filter((c) => result.query.kind === 'name' && c.key === result.query.key);
  const only = result.total === 1 ? result.communes[0] : exact.length === 1 ? exact[0] : undefined;
  if (only) return { kind: 'chosen', commune: only, answer: { kind: 'answer', value: only.departement, commune: only.insee } };
  return { kind: 'choose', found: foundOf(result) ?? { communes: [], total: 0, postal: null }, answer: { kind: 'problem', problem: 'choose' } };
}
