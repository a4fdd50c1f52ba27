/**
 * Where the questionnaire starts, from what the page found (pure): this tab's history entry (a reload) or the
 * language hand-off, and a link's answers (a partner's prefilled link, a result link). Prefilled steps are passed
 * over unless their answer was changed since; the saved step wins over the link's.
 */
import type { Answers } from '../../domain/conditions.ts';
import type { HistoryEntry } from './history-entry.ts';

/** What a link gives (src/components/island/link.tsx `Prefill`, without its note). */
export interface LinkStart {
  readonly answers: Answers;
  readonly skip: readonly string[];
  readonly at?: string;
}

export type ResumePlan =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'resume'; readonly answers: Readonly<Record<string, unknown>>; readonly skip: readonly string[]; readonly at?: string };

export function resumePlan(saved: HistoryEntry | null, link: LinkStart | null): ResumePlan {
  const given = link?.answers ?? {};
  const skip = (link?.skip ?? []).filter((id) => saved?.answers[id] === undefined || saved.answers[id] === given[id]);
  const at = saved?.step ?? link?.at;
  if (!at && skip.length === 0) return { kind: 'fresh' };
  const answers = { ...given, ...saved?.answers };
  return at ? { kind: 'resume', answers, skip, at } : { kind: 'resume', answers, skip };
}
