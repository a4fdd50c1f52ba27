/**
 * This tab's answering session: the history entries the questionnaire writes and the session they belong to.
 * Its wipe is `wipeSession()` (wipe-session.ts, fetched after the first answer), used by « Quitter rapidement »
 * and the kiosk's reset.
 *
 * - Every history entry holding answers names its **session**: a random id kept in this tab's sessionStorage
 *   (SESSION_KEY, no answer in it) and in memory. The island restores an entry only if its session is still the
 *   tab's (src/components/island/history-entry.ts). A wipe deletes the session: every entry of it, in this
 *   document or in another one (before a reload, another language, a page visited since), is refused from then
 *   on, even after a reload or when the browser restores a closed tab (sessionStorage is restored as it was).
 *   Such an entry is emptied as soon as the questionnaire starts in it, before anything is shown.
 * - Every entry this document writes also gets its **place** among this document's entries (PLACE_KEY: this
 *   document's id and a position: 0 for the entry it loaded in, one more than the current entry's for a new
 *   one), so that the wipe can walk over them without the Navigation API and never step out of this document.
 *   An entry added by a link to a fragment of the page has no place: the walk stops there.
 */
import { HISTORY_KEY, isRecord, readHistoryEntry } from '../components/island/history-entry.ts';

/** sessionStorage key of the session id (a random id, no answer). */
export const SESSION_KEY = 'orientation-session';
/** The key of an entry's place among this document's entries, in `history.state`. */
export const PLACE_KEY = 'orientation-place';
/** Dispatched on `window` when a wipe starts: the island stops writing history and following back/forward. */
export const WIPE_EVENT = 'orientation-wipe';

/** A random id (to tell sessions and documents apart; not a secret). */
const randomId = () => Math.random().toString(36).slice(2) + Date.now().toString(36);

let doc = '';
/** Place of the last entry this document added. */
let last = 0;
/** The session id, when sessionStorage cannot keep it (then it lives as long as this document). */
let memory: string | null = null;

function stored(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

/** Whether entries of `session` may still be restored in this tab. */
export function isLive(session: string): boolean {
  return session === memory || session === stored();
}

/** The session of this tab, started if there is none. */
export function sessionId(): string {
  memory = stored() ?? memory ?? randomId();
  try {
    sessionStorage.setItem(SESSION_KEY, memory);
  } catch {
    // Storage unavailable: entries of this session are restored in this document only (not after a reload).
  }
  return memory;
}

/** The place of the entry whose state is `state` among this document's entries; null: not one this document placed. */
export function placeOf(state: unknown): number | null {
  const place = isRecord(state) ? state[PLACE_KEY] : null;
  const pos = isRecord(place) && place['doc'] === doc ? place['pos'] : null;
  return typeof pos === 'number' && Number.isSafeInteger(pos) && pos >= 0 ? pos : null;
}

/** Place of this document's last entry (the last one it added, or the one it loaded in). */
export function lastPlace(): number {
  return last;
}

/**
 * Writes `state` plus the entry's place, in a new entry (`push`) or the current one: a new entry is one place
 * further than the current one (if that one has a place).
 */
function write(state: Record<string, unknown>, push: boolean): void {
  const here = placeOf(history.state);
  if (here !== null) state[PLACE_KEY] = { doc, pos: push ? (last = here + 1) : here };
  if (push) history.pushState(state, '');
  else history.replaceState(state, '');
}

/** Writes the questionnaire's entry (`{ step, answers, session }`) in a new entry (`push`) or the current one. */
export function writeEntry(entry: Readonly<Record<string, unknown>>, push: boolean): void {
  write({ [HISTORY_KEY]: entry }, push);
}

/** Replaces the current entry's state with its place alone (no answers). */
export function wipeHere(): void {
  write({}, false);
}

/** Ends the session in this document too (a wipe: sessionStorage is cleared by the caller). */
export function endSession(): void {
  memory = null;
}

/**
 * When this module starts (with the questionnaire's code): gives the current entry its place (0), and empties it
 * if it holds the entry of a wiped session (a page of the questionnaire reached by Back or Forward after a quick
 * exit), before anything is shown.
 */
if (typeof window !== 'undefined' && typeof history !== 'undefined') {
  doc = randomId();
  const state: unknown = history.state;
  const kept = isRecord(state) && readHistoryEntry(state, isLive).kind === 'problem' ? { ...state, [HISTORY_KEY]: null } : state;
  history.replaceState({ ...(isRecord(kept) ? kept : {}), [PLACE_KEY]: { doc, pos: 0 } }, '');
}
