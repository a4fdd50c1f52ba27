/**
 * Writing a prefilled link's fragment (the link builder). Apart from the parser (src/domain/prefill.ts) so that the
 * builder's code does not pull the flow module, which the questionnaire's first load must keep to itself.
 */
import type { Answers } from './conditions.ts';

/** The fragment of a prefilled link, `#qui=professionnel&departement=83` (empty without answers). */
export function prefillFragment(answers: Answers): string {
  const parts = Object.entries(answers).map(([id, answer]) => `${id}=${typeof answer === 'string' ? answer : answer.join(',')}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
