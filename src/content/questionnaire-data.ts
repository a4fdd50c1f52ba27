/** Kept for scripts and tests that import it: the validated questionnaire data lives in src/domain/questionnaire.ts. */
export { departementCodes, directory, flow, rules } from '../domain/questionnaire.ts';
