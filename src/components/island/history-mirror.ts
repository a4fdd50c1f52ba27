/**
 * The questionnaire in this tab's history: each step an entry (so the browser's back button and a reload work),
 * holding the step and the answers. Reads through history-entry.ts (pure), writes through src/scripts/session.ts.
 * « Quitter rapidement » and the kiosk's reset (WIPE_EVENT) stop all writing: `stopMirroring()`.
 */
import { isLive, sessionId, writeEntry } from '../../scripts/session.ts';
import { currentStep, type QuestionnaireView } from '../../domain/machine-view.ts';
import { entryValue, HISTORY_KEY, isRecord, readHistoryEntry, type HistoryEntry } from './history-entry.ts';

let exiting = false;

/** From now on nothing is written nor followed: the session is being wiped. */
export function stopMirroring(): void {
  exiting = true;
}

export function isMirroring(): boolean {
  return !exiting;
}

/** This tab's entry, if it is one the questionnaire may resume from (not malformed, not of a wiped session). */
export function readHistory(): HistoryEntry | null {
  if (typeof history === 'undefined') return null;
  const read = readHistoryEntry(history.state, isLive);
  return read.kind === 'entry' ? read.entry : null;
}

/** The step an entry was pushed from, as written in `state` (« Retour » goes back in history when it leads there). */
export function previousOfState(state: unknown): string | null {
  const entry = isRecord(state) ? state[HISTORY_KEY] : null;
  const prev = isRecord(entry) ? entry['prev'] : null;
  return typeof prev === 'string' ? prev : null;
}

/** The step the current history entry was pushed from. */
export function previousStep(): string | null {
  return previousOfState(typeof history === 'undefined' ? null : history.state);
}

/**
 * What to write for `snapshot`: its step and answers, the session when there are answers (an entry without
 * answers needs none; the session starts with the first answer), and the step it came from (`prev`).
 */
export function entryFor(snapshot: QuestionnaireView, prev: string | null | undefined, session: () => string): Record<string, unknown> {
  const { answers } = snapshot.context;
  const entry = entryValue({ step: currentStep(snapshot), answers }, Object.keys(answers).length > 0 ? session() : null);
  return prev === undefined || prev === null ? entry : { ...entry, prev };
}

/**
 * Writes the snapshot's step and answers into this tab's history: a new entry (`push`, remembering the step
 * it came `from`) or the current one (keeping where it came from).
 */
export function mirror(snapshot: QuestionnaireView, push: boolean, from?: string): void {
  if (exiting) return;
  writeEntry(entryFor(snapshot, push ? from : previousStep(), sessionId), push);
}
