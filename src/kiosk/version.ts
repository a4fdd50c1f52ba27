/** The content version printed on the ticket: the flow's and the rules' versions (`1.1`). */
import { flow, rules } from '../domain/questionnaire.ts';

export const contentVersion = `${flow.version}.${rules.version}`;
