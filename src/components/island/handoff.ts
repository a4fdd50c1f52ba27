/**
 * The language hand-off: switching language in the questionnaire hands `{ step, answers }` to the page in the
 * other language through sessionStorage (HANDOFF_KEY), the only moment answers are stored outside the tab's
 * history. Pure: the page takes the text out of sessionStorage (src/views/Questionnaire.astro: read and removed
 * as soon as it loads, before anything else can fail) and the island reads it here.
 */
import { entryOf, NONE, problem, type HistoryEntry } from './history-entry.ts';

/** A hand-off older than this is ignored (the click that wrote it did not lead here). */
export const HANDOFF_MAX_AGE_MS = 60_000;

/** `malformed`: not JSON of `{ step, answers, at }`; `stale`: written too long ago (or in the future). */
export type HandoffProblem = 'malformed' | 'stale';

export type HandoffRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'entry'; readonly entry: HistoryEntry }
  | { readonly kind: 'problem'; readonly problem: HandoffProblem };

/** Reads the text found under HANDOFF_KEY (null: none) at time `now` (ms). */
export function readHandoff(raw: string | null, now: number): HandoffRead {
  if (raw === null) return NONE;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return problem('malformed');
  }
  const entry = entryOf(value);
  const at = entry ? (value as Readonly<Record<string, unknown>>)['at'] : undefined;
  if (!entry || typeof at !== 'number' || !Number.isFinite(at)) return problem('malformed');
  if (!(Math.abs(now - at) <= HANDOFF_MAX_AGE_MS)) return problem('stale');
  // Untrusted like a history entry: the machine's input keeps only the valid answers and checks the step.
  return { kind: 'entry', entry };
}

/** The text to store under HANDOFF_KEY. */
export function handoffText(entry: HistoryEntry, now: number): string {
  return JSON.stringify({ step: entry.step, answers: entry.answers, at: now });
}
