/** "Vérifiez vos réponses": every answer on the route, each with "Modifier". */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { answeredQuestions, companionAnswer } from '../../domain/flow.ts';
import { prepareDates } from '../../i18n/dates.ts';
import { keys } from '../../i18n/keys.ts';
import { useCommuneName } from '../geo-client.ts';
import { BackLink } from './BackLink.tsx';
import { answerText } from './format.ts';
import type { ScreenContext } from './types.ts';

interface Props {
  readonly screen: ScreenContext;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly onBack: () => void;
  readonly onEdit: (step: string) => void;
  readonly onConfirm: () => void;
}

export function CheckAnswers({ screen, heading, onBack, onEdit, onConfirm }: Props) {
  const { t, flow, data, answers } = screen;
  const commune = useCommuneName(companionAnswer(flow, answers));
  // The result comes next: its date formatter is built while the person reads, not after « Confirmer ».
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => prepareDates(screen.lang), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, [screen.lang]);
  return (
    <div class="check-answers">
      <BackLink t={t} onBack={onBack} />
      <h1 tabIndex={-1} ref={heading}>{t('ui.check.title')}</h1>
      <p>{t('ui.check.intro')}</p>
      <dl class="summary-list">
        {answeredQuestions(flow, answers).map((step) => {
          const label = t(keys.question(step.id, 'check'));
          return (
            <div class="summary-list__row" key={step.id}>
              <dt class="summary-list__key">{label}</dt>
              <dd class="summary-list__value">
                {step.kind === 'departement' && commune
                  ? t('ui.geo.withCommune', { commune, departement: answerText(t, data, step, answers[step.id]) })
                  : answerText(t, data, step, answers[step.id])}
              </dd>
              <dd class="summary-list__actions">
                <button type="button" class="link-button" onClick={() => onEdit(step.id)}>
                  {t('ui.check.change')}
                  <span class="visually-hidden">{t('ui.labelValue', { label: '', value: label })}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <p>{t('ui.check.privacy')}</p>
      <button type="button" class="btn" onClick={onConfirm}>{t('ui.check.confirm')}</button>
    </div>
  );
}
