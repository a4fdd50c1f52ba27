/**
 * What the result shows, in which order, decided from the orientation alone (no outcome id here): the
 * heading that answers, the actions (the right door first), the dispositifs shown and the ones behind
 * « Autres aides », the notes of each place. Pure: tested in result-plan.test.ts.
 */
import type { NotePlacement, NoteOutcome, Orientation, Outcome } from '../../domain/orientation.ts';
import type { AxeId, DispositifId, RedirectionId } from '../../domain/schemas.ts';

/** Dispositifs shown before « Autres aides » (fewer in FALC: easy to read means less at once). */
export const SHOWN_DISPOSITIFS = 5;
export const SHOWN_DISPOSITIFS_EASY = 3;

/** One thing the person can do now, in the order shown. */
export type Action =
  /** Another door (MSA, l'Assurance retraite…): its card, with its phones and sites. */
  | { readonly kind: 'door'; readonly outcome: Outcome<RedirectionId> }
  /** The service social: the 3646 and, when `mail`, the mailbox(es) of the département. */
  | { readonly kind: 'service'; readonly mail: boolean };

export interface ResultPlan {
  /** `service`: an axe applies; `door`: another door leads (named in the heading); `none`: only the 3646. */
  readonly lead: { readonly kind: 'service' } | { readonly kind: 'door'; readonly door: RedirectionId } | { readonly kind: 'none' };
  /** One to three actions, the right door first. */
  readonly actions: readonly Action[];
  /** The doors not among the actions, shown lower. */
  readonly otherDoors: readonly Outcome<RedirectionId>[];
  readonly dispositifs: { readonly shown: readonly Outcome<DispositifId>[]; readonly more: readonly Outcome<DispositifId>[] };
}

/** Among the doors, at most this many lead (with the 3646 under them): three actions at most. */
const LEADING_DOORS = 2;

export function planResult(o: Orientation, visible: number = SHOWN_DISPOSITIFS): ResultPlan {
  const shown = o.dispositifs.slice(0, visible);
  const more = o.dispositifs.slice(visible);
  const inScope = o.contact.phone !== null;
  if (o.axes.length > 0) {
    return { lead: { kind: 'service' }, actions: [{ kind: 'service', mail: true }], otherDoors: o.doors, dispositifs: { shown, more } };
  }
  const first = o.doors[0];
  if (!first) {
    // Nothing leads: the 3646 listens and orients (the mailbox too, for a health-related difficulty).
    return { lead: { kind: 'none' }, actions: inScope ? [{ kind: 'service', mail: true }] : [], otherDoors: [], dispositifs: { shown, more } };
  }
  const leading = o.doors.slice(0, LEADING_DOORS);
  const actions: Action[] = leading.map((outcome) => ({ kind: 'door', outcome }));
  // The 3646 beneath, as the fallback; never the mailboxes (a question for another door must not go there).
  if (inScope) actions.push({ kind: 'service', mail: false });
  return {
    lead: { kind: 'door', door: first.id },
    actions,
    otherDoors: o.doors.slice(LEADING_DOORS),
    dispositifs: { shown, more },
  };
}

/** The notes placed at `placement`; `axe:<id>` notes whose axe does not apply go with the actions. */
export function notesAt(o: Orientation, placement: NotePlacement): NoteOutcome[] {
  const axes = new Set<AxeId>(o.axes.map((a) => a.id));
  const where = (note: NoteOutcome): NotePlacement =>
    note.placement.startsWith('axe:') && !axes.has(note.placement.slice(4) as AxeId) ? 'actions' : note.placement;
  return o.notes.filter((note) => where(note) === placement);
}
