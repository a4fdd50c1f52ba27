/**
 * The questionnaire's entry in the tab's history (`history.state[HISTORY_KEY]`): what it holds and how it is
 * read. Pure (no DOM): src/scripts/session.ts writes it, the island reads it on a reload and on back/forward.
 *
 * A history entry is outside input: crafted by hand, left by an older visit, or left by an answering session
 * that has been wiped since (« Quitter rapidement », the kiosk's reset). It is read here into an entry or a
 * named problem, never trusted as it is: the machine's input (`sanitize`) then keeps only valid answers.
 */

/** The key of the questionnaire's entry in `history.state` (`{ step, answers, session }`). */
export const HISTORY_KEY = 'orientation';

export interface HistoryEntry {
  /** A step id, « fin » or « resultat », as found: the machine resumes there only if the answers lead there. */
  readonly step: string;
  /** As found: the machine keeps only the valid answers. */
  readonly answers: Readonly<Record<string, unknown>>;
}

/**
 * - `malformed`: not the shape the island writes;
 * - `wiped`: written in an answering session this tab no longer holds (wiped by a quick exit or a kiosk reset):
 *   never shown again, whatever it holds.
 */
export type HistoryProblem = 'malformed' | 'wiped';

export type HistoryRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'entry'; readonly entry: HistoryEntry }
  | { readonly kind: 'problem'; readonly problem: HistoryProblem };

/** A step id is short; anything longer is not one of ours. */
const MAX_STEP_LENGTH = 64;

export const NONE = { kind: 'none' } as const;

export function problem<P extends string>(name: P) {
  return { kind: 'problem', problem: name } as const;
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ step, answers }` when `value` has that shape (step a short string, answers an object), else null. */
export function entryOf(value: unknown): HistoryEntry | null {
  if (!isRecord(value)) return null;
  const { step, answers } = value;
  if (typeof step !== 'string' || step.length > MAX_STEP_LENGTH || !isRecord(answers)) return null;
  return { step, answers };
}

/**
 * Reads `history.state`. `isLive(session)` tells whether an answering session is still this tab's (an entry
 * written without a session, which the island never does with answers, is read as it is: the machine sanitizes it).
 */
export function readHistoryEntry(state: unknown, isLive: (session: string) => boolean): HistoryRead {
  if (!isRecord(state)) return NONE;
  const value = state[HISTORY_KEY];
  if (value === undefined || value === null) return NONE;
  const entry = entryOf(value);
  if (!entry) return problem('malformed');
  const { session } = value as Readonly<Record<string, unknown>>;
  if (session !== undefined && (typeof session !== 'string' || !isLive(session))) return problem('wiped');
  return { kind: 'entry', entry };
}

/** What the island writes: the step, the answers and, when there are answers, the session they belong to. */
export function entryValue(entry: HistoryEntry, session: string | null): Record<string, unknown> {
  return session === null ? { step: entry.step, answers: entry.answers } : { step: entry.step, answers: entry.answers, session };
}
