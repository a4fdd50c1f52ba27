/**
 * The partners page's content (src/content/partenaires.json), validated when imported (build time, tests):
 * the sources of each part of the page, the three situations of seed 001 as complete answer sets, and the
 * kinds of partner the link builder offers (for the poster's wording only). The situations' orientation is
 * computed by the same rules as the questionnaire, so the page can never say something the result does not.
 */
import { z } from 'zod';
import raw from '../content/partenaires.json' with { type: 'json' };
import type { Answers } from './conditions.ts';
import { applicable, END, route, sanitize } from './flow.ts';
import { orient, type Orientation } from './orientation.ts';
import { departementCodes, directory, flow, rules } from './questionnaire.ts';
import { encodeResult } from './result-link.ts';
import { ContentError, formatIssues } from './problems.ts';
import { Source } from './schemas.ts';

const FILE = 'src/content/partenaires.json';

const Sourced = z.strictObject({ sources: z.array(Source).min(1) });
const SectionId = z.enum(['service', 'pdp', 'sps', 'level2', 'team', 'phone', 'bals', 'caisse']);
export const PartnerKind = z.enum(['medecin_travail', 'service_social_hospitalier', 'cpam', 'cap_emploi', 'mdph', 'france_travail', 'ccas', 'association', 'autre']);
export type PartnerKind = z.infer<typeof PartnerKind>;

export const PartnersFile = z.strictObject({
  sections: z.record(SectionId, Sourced),
  situations: z
    .array(
      z.strictObject({
        id: z.enum(['paul', 'christian', 'valerie']),
        sources: z.array(Source).min(1),
        answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      }),
    )
    .length(3),
  kinds: z.array(PartnerKind).min(1),
});

export interface Situation {
  readonly id: 'paul' | 'christian' | 'valerie';
  readonly sources: readonly Source[];
  readonly answers: Answers;
  readonly orientation: Orientation;
  /** `#resultat=…` value: the same result in the questionnaire. */
  readonly resultLink: string;
}

/** Validates the file; throws a ContentError naming `src/content/partenaires.json`, the path and the problem. */
export function loadPartners(input: unknown) {
  const parsed = PartnersFile.safeParse(input);
  if (!parsed.success) throw new ContentError(formatIssues(FILE, parsed.error, input));
  const situations: Situation[] = parsed.data.situations.map((s, i) => {
    const answers = sanitize(flow, s.answers, departementCodes);
    const where = `${FILE}: situations[${i}].answers`;
    const dropped = Object.keys(s.answers).filter((id) => !(id in answers));
    if (dropped.length > 0) throw new ContentError([`${where}: not an answer of the flow: ${dropped.join(', ')}`]);
    const walked = route(flow, answers);
    if (walked.pending !== END) throw new ContentError([`${where}: the questionnaire stops at "${walked.pending}"`]);
    const unused = Object.keys(answers).filter((id) => !(id in applicable(flow, answers)));
    if (unused.length > 0) throw new ContentError([`${where}: answers the flow does not ask here: ${unused.join(', ')}`]);
    return { ...s, answers, orientation: orient(flow, rules, directory, answers), resultLink: encodeResult(flow, answers) };
  });
  return { sections: parsed.data.sections, situations, kinds: parsed.data.kinds };
}

export const partners = loadPartners(raw);
