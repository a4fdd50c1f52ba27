/** The last screens ("Vérifiez vos réponses" and the result), fetched after the first answer. */
export { CheckAnswers } from './CheckAnswers.tsx';
export { Result } from './Result.tsx';
// The result link's codec: shared by « Envoyer ce résultat » and the opening of a result link (link.tsx).
export { decodeResult, resultLinkOf } from '../../domain/result-link.ts';
