/** The last screens ("Vérifiez vos réponses" and the result), fetched after the first answer. */
export { CheckAnswers } from './CheckAnswers.tsx';
export { Result } from './Result.tsx';
