/**
 * The result link: a person's answers carried in the URL FRAGMENT (`/questionnaire/#resultat=1.1.…`), so a result
 * can be taken away (QR code on a borne, a link sent to whoever helps) with no server and nothing stored.
 * Fragments are never sent to servers. Compact enough for a QR code read from 40 cm; versioned; a checksum makes a
 * mangled link a named problem instead of a wrong result. Pure: no DOM.
 *
 * Payload: for each question of the flow in order, one or more characters of a base-64 alphabet
 * (single: option index + 1, 0 = unanswered; multiple: a bitmask over the options in ⌈n/6⌉ characters;
 * département: the code padded to 3 characters with « _ », « ___ » when unanswered), then the commune's INSEE
 * code (5 characters) or « _ », then one checksum character.
 */
import type { Answers } from './conditions.ts';
import { applicable, companionOf, END, route, sanitize, SEEN, type Companion, type Flow, type Step } from './flow.ts';

/** The key of the fragment parameter. */
export const RESULT_LINK_KEY = 'resultat';
/** The version of this encoding (not of the flow). */
export const RESULT_LINK_VERSION = 1;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PAD = '~';
/** A link longer than this is not ours (the longest answer set is far shorter). */
const MAX_LENGTH = 200;

export type ResultLinkProblem =
  /** Not a result link at all, or damaged (wrong length, characters, checksum, impossible answers). */
  | 'malformed'
  /** Made with another version of the questionnaire: it must be redone. */
  | 'outdated'
  /** Well formed but the answers do not reach the end of the questionnaire. */
  | 'incomplete';

export type DecodedResult = { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly problem: ResultLinkProblem };

function questions(flow: Flow): readonly Step[] {
  return flow.steps.filter((s) => s.kind !== 'info');
}

function width(step: Step): number {
  if (step.kind === 'departement') return 3;
  if (step.kind === 'multiple') return Math.max(1, Math.ceil((step.options ?? []).length / 6));
  return 1;
}

function checksum(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) sum = (sum * 31 + text.charCodeAt(i)) % 4093;
  return ALPHABET[sum % 64] ?? 'A';
}

function encodeStep(step: Step, value: Answers[string] | undefined): string {
  const options = step.options ?? [];
  if (step.kind === 'departement') return typeof value === 'string' ? value.padEnd(3, PAD) : PAD.repeat(3);
  if (step.kind === 'single') return ALPHABET[typeof value === 'string' ? options.indexOf(value) + 1 : 0] ?? 'A';
  let mask = 0;
  if (Array.isArray(value)) for (const v of value) mask |= 1 << options.indexOf(v);
  let out = '';
  for (let i = 0; i < width(step); i += 1) out += ALPHABET[(mask >> (6 * i)) & 63];
  return out;
}

/** The step whose companion answer (the département's commune) ends the payload. */
function companionStep(flow: Flow): { owner: Step | undefined; companion: Companion | undefined } {
  const owner = flow.steps.find((s) => companionOf(s));
  return { owner, companion: owner && companionOf(owner) };
}

/** The fragment value (without `#resultat=`) for complete answers. */
export function encodeResult(flow: Flow, answers: Answers): string {
  answers = applicable(flow, answers);
  let payload = '';
  for (const step of questions(flow)) payload += encodeStep(step, answers[step.id]);
  const { owner, companion } = companionStep(flow);
  const value = companion && answers[companion.id];
  payload += owner && companion?.fits(answers[owner.id], value) ? value : PAD;
  const head = `${RESULT_LINK_VERSION}.${flow.version}.`;
  return `${head}${payload}${checksum(head + payload)}`;
}

/** The whole fragment, `#resultat=…`. */
export function resultFragment(flow: Flow, answers: Answers): string {
  return `#${RESULT_LINK_KEY}=${encodeResult(flow, answers)}`;
}

function decodeStep(step: Step, chunk: string): Answers[string] | undefined | null {
  const options = step.options ?? [];
  if (step.kind === 'departement') {
    if (chunk === PAD.repeat(3)) return undefined;
    return chunk.replace(/~+$/u, '');
  }
  const digits = [...chunk].map((c) => ALPHABET.indexOf(c));
  if (digits.some((d) => d < 0)) return null;
  if (step.kind === 'single') {
    const index = digits[0] ?? 0;
    if (index === 0) return undefined;
    return options[index - 1] ?? null;
  }
  const mask = digits.reduce((acc, d, i) => acc | (d << (6 * i)), 0);
  if (mask === 0) return undefined;
  if (mask >= 1 << options.length) return null;
  return options.filter((_, i) => (mask & (1 << i)) !== 0);
}

/**
 * Reads a result link value (what follows `resultat=`). Never throws: any string gives answers that reach the
 * result, or a named problem.
 */
export function decodeResult(flow: Flow, value: string, departements: readonly string[]): DecodedResult {
  const malformed: DecodedResult = { ok: false, problem: 'malformed' };
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return malformed;
  const match = /^(\d{1,3})\.(\d{1,4})\.([A-Za-z0-9_~-]+)$/u.exec(value.trim());
  if (!match) return malformed;
  const [, codec, version, body = ''] = match;
  if (Number(codec) !== RESULT_LINK_VERSION || Number(version) !== flow.version) {
    return Number(codec) >= 1 && Number(version) >= 1 ? { ok: false, problem: 'outdated' } : malformed;
  }
  const payload = body.slice(0, -1);
  if (checksum(`${codec}.${version}.${payload}`) !== body.slice(-1)) return malformed;
  const answers: Record<string, Answers[string]> = {};
  let at = 0;
  for (const step of questions(flow)) {
    const chunk = payload.slice(at, at + width(step));
    at += width(step);
    if (chunk.length !== width(step)) return malformed;
    const decoded = decodeStep(step, chunk);
    if (decoded === null) return malformed;
    if (decoded !== undefined) answers[step.id] = decoded;
  }
  const rest = payload.slice(at);
  if (rest !== PAD) {
    const { owner, companion } = companionStep(flow);
    if (!owner || !companion?.fits(answers[owner.id], rest)) return malformed;
    answers[companion.id] = rest;
  }
  const clean = sanitize(flow, answers, departements);
  if (Object.keys(clean).length !== Object.keys(answers).length) return malformed;
  let walked: ReturnType<typeof route>;
  try {
    walked = route(flow, clean);
  } catch {
    return malformed;
  }
  if (walked.pending !== END) return { ok: false, problem: 'incomplete' };
  // Information steps on the way (the support screen) were seen before the result was reached.
  const seen = Object.fromEntries(walked.done.filter((id) => questions(flow).every((q) => q.id !== id)).map((id) => [id, SEEN]));
  return { ok: true, answers: applicable(flow, { ...clean, ...seen }) };
}

/** The result link of a URL fragment (`#…&resultat=…`), if it has one. */
export function resultLinkOf(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === RESULT_LINK_KEY) return part.slice(eq + 1);
  }
  return null;
}
