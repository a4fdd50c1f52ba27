/** How answers read on screen and in the optional e-mail summary. Pure. */
import type { TFunction } from 'i18next';
import type { Answer, Answers, Fact } from '../../domain/conditions.ts';
import type { Step } from '../../domain/flow.ts';
import { keys } from '../../i18n/keys.ts';
import type { IslandData } from './types.ts';

export function questionTitle(t: TFunction, id: string, forOther: boolean): string {
  return t(keys.question(id, forOther ? 'titleOther' : 'title'));
}

export function optionLabel(t: TFunction, data: IslandData, question: string, value: string): string {
  if (question === 'departement') {
    const dep = data.departements.find((d) => d.code === value);
    return dep ? `${dep.name} (${dep.code})` : value;
  }
  return t(keys.option(question, value));
}

export function answerText(t: TFunction, data: IslandData, step: Step, answer: Answer | undefined): string {
  if (answer === undefined) return '';
  const values = typeof answer === 'string' ? [answer] : answer;
  return values.map((v) => optionLabel(t, data, step.id, v)).join(', ');
}

/** "Arrêt de travail : Oui, depuis 3 mois ou plus" */
export function factText(t: TFunction, data: IslandData, fact: Fact): string {
  return t('ui.labelValue', { label: t(keys.question(fact.question, 'check')), value: optionLabel(t, data, fact.question, fact.value) });
}

export function isForOther(answers: Answers): boolean {
  return answers['qui'] === 'proche' || answers['qui'] === 'professionnel';
}
