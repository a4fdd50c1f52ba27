/**
 * Only on paper (one A4 page to take to the appointment): the answers in short, and where the result comes
 * from (the site's address, the version of the content).
 */
import { answeredQuestions } from '../../domain/flow.ts';
import { keys } from '../../i18n/keys.ts';
import { answerText } from './format.ts';
import type { ScreenContext } from './types.ts';

export function ResultAnswers({ screen, commune }: { readonly screen: ScreenContext; readonly commune: string | undefined }) {
  const { t, flow, data, answers } = screen;
  return (
    <section class="print-only print-answers" aria-labelledby="print-answers-title">
      <h2 id="print-answers-title">{t('ui.result.printAnswers')}</h2>
      <ul class="plain-list">
        {answeredQuestions(flow, answers).map((step) => {
          const value = answerText(t, data, step, answers[step.id]);
          const shown = step.kind === 'departement' && commune ? t('ui.geo.withCommune', { commune, departement: value }) : value;
          return <li key={step.id}>{t('ui.labelValue', { label: t(keys.question(step.id, 'check')), value: shown })}</li>;
        })}
      </ul>
    </section>
  );
}

export function ResultSource({ screen }: { readonly screen: ScreenContext }) {
  const site = typeof location === 'undefined' ? '' : `${location.host}${screen.href('/')}`;
  return <p class="print-only print-source">{screen.t('ui.result.printSource', { site, version: screen.rules.version })}</p>;
}
