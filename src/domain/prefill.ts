/**
 * A partner's prefilled link: answers given in the URL FRAGMENT, by public question and option ids
 * (`/questionnaire/#qui=professionnel&departement=13&situation=salarie`). Fragments are never sent to a server;
 * the query string is never read. Pure: any string gives a valid partial answer set (what `sanitize` keeps) and
 * the list of the parts that were not understood, never an exception.
 *
 * Grammar (README « Prefilled links »):
 *   fragment = part *( "&" part )            at most MAX_PARTS parts; empty parts are skipped
 *   part     = key "=" value                 percent-encoded or not; at most MAX_PART characters
 *   key      = a question id of the flow (`qui`, `besoin`… `departement`) or `commune`
 *   value    = option id                     single question (`qui=proche`)
 *            | option id *( "," option id )  multiple question (`besoin=travail,argent`)
 *            | département code             `departement=13`, `2a` is read as `2A`
 *            | INSEE code                   `commune=13201`, in the département given (or gives it)
 * Keys and option ids are read without regard to case and surrounding spaces. A part that is not understood —
 * unknown key or value, an answer the question does not allow (`sante=aucune,handicap`), a key given twice
 * (both are dropped), a part too long, or past the MAX_PARTS first — is left out and listed in `ignored`.
 * `resultat=` (the result link, src/domain/result-link.ts) is not read here.
 */
import type { Answer, Answers } from './conditions.ts';
import { companionOf, isValidAnswer, type Flow } from './flow.ts';
import { departementOfInsee, INSEE_CODE } from './insee.ts';

/** Longest part read (a value, a key and its "="); longer ones are ignored. */
export const MAX_PART = 200;
/** Parts read; those after are ignored. */
export const MAX_PARTS = 40;

export interface PrefillLink {
  /** The answers given, each valid for its question (`sanitize` keeps them all). */
  readonly answers: Answers;
  /** The questions answered by the link, in flow order: passed over and shown on « Vérifiez vos réponses ». */
  readonly skip: readonly string[];
  /** The parts not understood, as written (decoded where possible, each once), for a note to the person. */
  readonly ignored: readonly string[];
  /** How many more parts, past the MAX_PARTS first, were not read at all. */
  readonly dropped: number;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Reads a fragment (`#…` or without the `#`). */
export function parsePrefill(flow: Flow, hash: string, departements: readonly string[]): PrefillLink {
  const fragment = typeof hash === 'string' ? (hash.startsWith('#') ? hash.slice(1) : hash) : '';
  // Kept in the order of the link.
  const ignoredAt: { at: number; text: string }[] = [];
  const raw = fragment.split('&').filter((part) => part.trim() !== '');
  const dropped = Math.max(0, raw.length - MAX_PARTS);
  const parts: { at: number; key: string; value: string; text: string }[] = [];
  raw.slice(0, MAX_PARTS).forEach((part, at) => {
    const text = decode(part);
    const eq = text.indexOf('=');
    if (part.length > MAX_PART || eq < 0) ignoredAt.push({ at, text });
    else parts.push({ at, key: text.slice(0, eq).trim().toLowerCase(), value: text.slice(eq + 1).trim(), text });
  });
  const ignore = ({ at, text }: { at: number; text: string }) => ignoredAt.push({ at, text });

  const counts = new Map<string, number>();
  for (const { key } of parts) counts.set(key, (counts.get(key) ?? 0) + 1);

  const answers: Record<string, Answer> = {};
  // The département step's companion (`commune`): it gives the département when the link has none.
  const owner = flow.steps.find((s) => companionOf(s));
  const companion = owner && companionOf(owner);
  let commune: { at: number; value: string; text: string } | null = null;
  for (const part of parts) {
    const { key, value } = part;
    if ((counts.get(key) ?? 0) > 1) {
      ignore(part);
      continue;
    }
    if (key === 'resultat') continue;
    if (key === companion?.id) {
      commune = { ...part, value: value.toUpperCase() };
      continue;
    }
    const step = flow.steps.find((s) => s.id === key && s.kind !== 'info');
    let answer: Answer | null = null;
    if (step?.kind === 'departement') answer = value.toUpperCase();
    else if (step?.kind === 'single') answer = value.toLowerCase();
    else if (step?.kind === 'multiple') answer = [...new Set(value.toLowerCase().split(',').map((v) => v.trim()).filter(Boolean))];
    if (step && answer !== null && isValidAnswer(step, answer, departements)) answers[step.id] = answer;
    else ignore(part);
  }

  // The commune goes with its département: it gives it when the link has none, and must agree with it otherwise.
  if (commune && owner && companion) {
    const departement = INSEE_CODE.test(commune.value) ? departementOfInsee(commune.value) : null;
    const given = answers[owner.id];
    if (departement !== null && departements.includes(departement) && (given === undefined || given === departement)) {
      answers[owner.id] = departement;
      answers[companion.id] = commune.value;
    } else ignore(commune);
  }

  const skip = flow.steps.filter((s) => answers[s.id] !== undefined).map((s) => s.id);
  const ignored = [...new Set(ignoredAt.sort((a, b) => a.at - b.at).map((i) => i.text))];
  return { answers, skip, ignored, dropped };
}


export { prefillFragment } from './prefill-fragment.ts';
