/**
 * The later screens (the support screen, "Vérifiez vos réponses" and the result), fetched after the first answer:
 * they are not on the first load.
 */
export { CheckAnswers } from './CheckAnswers.tsx';
export { Result } from './Result.tsx';
export { SupportScreen } from './SupportScreen.tsx';
// The result link's codec: shared by « Envoyer ce résultat » and the opening of a result link (link.tsx).
export { decodeResult, resultLinkOf } from '../../domain/result-link.ts';
