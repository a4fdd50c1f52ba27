/**
 * A partner's link may give the département in the URL FRAGMENT (`/questionnaire/#departement=13`): the fragment
 * is never sent to the server. Validated here (zod/mini); an unknown or malformed value is ignored, and the
 * person is told so kindly. Never the query string.
 */
import * as z from 'zod/mini';
import type { Answers } from '../../domain/conditions.ts';

export interface Prefill {
  readonly answers: Answers;
  /** Prefilled steps, passed over on the way and shown on « Vérifiez vos réponses ». */
  readonly skip: readonly string[];
  /** The link gave something we could not use. */
  readonly ignored: boolean;
}

const NONE: Prefill = { answers: {}, skip: [], ignored: false };

export function readPrefill(hash: string, departements: readonly string[]): Prefill {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment === '') return NONE;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(fragment);
  } catch {
    return NONE;
  }
  const raw = params.get('departement');
  // An in-page anchor (#main, #qui-moi…) is not a prefill.
  if (raw === null) return NONE;
  const schema = z.string().check(z.refine((code) => departements.includes(code)));
  const parsed = schema.safeParse(raw.trim().toUpperCase());
  if (!parsed.success) return { ...NONE, ignored: true };
  return { answers: { departement: parsed.data }, skip: ['departement'], ignored: false };
}
