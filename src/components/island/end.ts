/**
 * The later screens (the support screen, "Vérifiez vos réponses" and the result), fetched after the first answer:
 * they are not on the first load.
 */
export { CheckAnswers } from './CheckAnswers.tsx';
export { Result } from './Result.tsx';
export { SupportScreen } from './SupportScreen.tsx';
