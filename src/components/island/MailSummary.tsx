/**
 * The mailbox links of the result: a prefilled subject and, only if the person ticks the box, a summary of
 * their answers. The e-mail goes to a French caisse: when the page is not in French, the subject and the
 * summary are in French first, then in the person's language (src/components/island/mailto.ts).
 */
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { Answers } from '../../domain/conditions.ts';
import { answeredQuestions, type Flow } from '../../domain/flow.ts';
import { keys } from '../../i18n/keys.ts';
import { answerText } from './format.ts';
import { loadFrench } from './french.ts';
import { mailto, type MailSummary } from './mailto.ts';
import type { IslandData, ScreenContext } from './types.ts';

/** The summary of the answers in the language of `t`. */
export function summaryOf(t: TFunction, flow: Flow, data: IslandData, answers: Answers, commune: string | undefined): MailSummary {
  const lines = answeredQuestions(flow, answers).map((step) =>
    t('ui.labelValue', { label: t(keys.question(step.id, 'check')), value: answerText(t, data, step, answers[step.id]) }),
  );
  if (commune) lines.push(t('ui.labelValue', { label: t('ui.mail.commune'), value: commune }));
  return { intro: t('ui.mail.intro'), lines, reminder: t('ui.mail.reminder') };
}

export function useMail(screen: ScreenContext, commune: string | undefined) {
  const { t, flow, data, answers, lang } = screen;
  const [withSummary, setWithSummary] = useState(false);
  const [french, setFrench] = useState<TFunction | null>(null);
  // At a borne there is no e-mail summary: French is not needed for it.
  const inFrench = lang === 'fr' || screen.kiosk !== undefined;
  useEffect(() => {
    if (inFrench) return;
    let live = true;
    loadFrench().then(
      (fr) => live && setFrench(() => fr),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [inFrench]);

  const subject = french ? french('ui.mail.subject') : t('ui.mail.subject');
  const href = (email: string): string => {
    if (!withSummary) return mailto(email, subject, null);
    const own = summaryOf(t, flow, data, answers, commune);
    // French first (without the reminder, which is for the writer), then the person's language.
    return french ? mailto(email, subject, { ...summaryOf(french, flow, data, answers, commune), reminder: null }, own) : mailto(email, subject, own);
  };
  const control = (
    <div class="choice no-print">
      <input
        id="mail-summary"
        type="checkbox"
        checked={withSummary}
        aria-describedby="mail-summary-hint"
        onChange={(event) => setWithSummary((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for="mail-summary">{t('ui.mail.tick')}</label>
      <p class="hint" id="mail-summary-hint">{t('ui.mail.hint')}</p>
    </div>
  );
  return { href, control };
}
