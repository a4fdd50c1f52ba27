/**
 * The result (DESIGN.md §3), in this order: a heading that answers; the support numbers when the person feels
 * very low; « Ce que vous pouvez faire maintenant » (the right door first); the axe(s) with their « parce que »;
 * the dispositifs by the needs stated (five, then « Autres aides »); « Bon à savoir »; the other doors; the
 * notes placed at the end; the non-binding note. What goes where comes from the data (result-plan.ts): no
 * outcome id here. Each part is a small component of its own, so other screens (kiosk, share) can reuse them.
 */
import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import { createDirectory } from '../../domain/directory.ts';
import { orient, type Orientation } from '../../domain/orientation.ts';
import { formatToday } from '../../i18n/dates.ts';
import { keys } from '../../i18n/keys.ts';
import { Also } from './Also.tsx';
import { companionAnswer } from '../../domain/flow.ts';
import { useCommuneName } from '../geo-client.ts';
import { UrgentNumbers } from './Phones.tsx';
import { notesAt, planResult, SHOWN_DISPOSITIFS, SHOWN_DISPOSITIFS_EASY, type ResultPlan } from './result-plan.ts';
import { ResultActions } from './ResultActions.tsx';
import { ResultAxes } from './ResultAxes.tsx';
import { ResultDispositifs } from './ResultDispositifs.tsx';
import { ResultAnswers, ResultSource } from './ResultPrint.tsx';
import { Notes, PageLink } from './ResultParts.tsx';
import { RedirectionCard } from './RedirectionCard.tsx';
import { ResultThemes } from './ResultThemes.tsx';
import { ShareResult } from './ShareResult.tsx';
import type { ScreenContext } from './types.ts';
import { useAfterPaint } from './use-after-paint.ts';
import { WhyThisResult } from './WhyThisResult.tsx';

interface Props {
  readonly screen: ScreenContext;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly onEdit: () => void;
  readonly onRestart: () => void;
}

/** The heading that answers: the service social, the door to go to first, or the 3646 that orients. */
export function answerHeading(screen: ScreenContext, lead: ResultPlan['lead']): string {
  const { t, forOther } = screen;
  const other = forOther ? 'Other' : '';
  if (lead.kind === 'door') return t(`ui.result.heading.door${other}`, { door: t(keys.door(lead.door)) });
  return t(`ui.result.heading.${lead.kind}${other}`);
}

export function Result({ screen, heading, onEdit, onRestart }: Props) {
  const { t, flow, rules, directory, answers } = screen;
  // Computed again only when the answers change, not on each render (the commune's name arriving, a language's texts).
  const o = useMemo(() => orient(flow, rules, createDirectory(directory), answers), [flow, rules, directory, answers]);
  const plan = useMemo(() => planResult(o, screen.easyRead ? SHOWN_DISPOSITIFS_EASY : SHOWN_DISPOSITIFS), [o, screen.easyRead]);
  const commune = useCommuneName(companionAnswer(flow, answers));
  const today = formatToday(screen.lang);
  // The heading and the door first; the rest of this long screen a frame later, so that the tap on « Confirmer »
  // is answered by a painted result sooner on a slow phone (issue 13: ~150 ms at CPU ×4 for all of it at once).
  // Until then the result is marked busy, as its loading screen is (the tests wait for it too).
  const rest = useAfterPaint();

  return (
    <div class="result" aria-busy={rest ? undefined : 'true'}>
      <p class="kicker result__kicker">{t('ui.result.title')}<Also screen={screen} k="ui.result.title" /></p>
      <h1 tabIndex={-1} ref={heading}>
        {answerHeading(screen, plan.lead)}
        <Also screen={screen} text={(fr) => answerHeading({ ...screen, t: fr }, plan.lead)} />
      </h1>
      <p class="small muted">{t('ui.result.date', { date: today })}</p>

      {o.support ? (
        <section class="notice notice--urgent" aria-labelledby="support-title">
          <h2 class="notice__title" id="support-title">{t('ui.result.support.title')}<Also screen={screen} k="ui.result.support.title" /></h2>
          <p>{t('ui.result.support.body')}<Also screen={screen} k="ui.result.support.body" /></p>
          <UrgentNumbers screen={screen} limit={3} />
          <p class="no-print">
            <PageLink screen={screen} path="/aide-urgente/">{t('ui.result.support.more')}</PageLink>
          </p>
        </section>
      ) : null}

      <ResultActions screen={screen} o={o} actions={plan.actions} notes={notesAt(o, 'actions')} />
      {rest ? <ResultRest screen={screen} o={o} plan={plan} commune={commune} onEdit={onEdit} onRestart={onRestart} /> : null}
    </div>
  );
}

interface RestProps {
  readonly screen: ScreenContext;
  readonly o: Orientation;
  readonly plan: ResultPlan;
  readonly commune: string | undefined;
  readonly onEdit: () => void;
  readonly onRestart: () => void;
}

/** Everything under « Ce que vous pouvez faire maintenant ». */
function ResultRest({ screen, o, plan, commune, onEdit, onRestart }: RestProps) {
  const { t } = screen;
  return (
    <>
      <ResultAxes screen={screen} o={o} />
      <ResultDispositifs screen={screen} shown={plan.dispositifs.shown} more={plan.dispositifs.more} />
      <ResultThemes screen={screen} themes={o.themes} />
      {plan.otherDoors.length > 0 ? (
        <section class="section" aria-labelledby="redirections-title">
          <h2 id="redirections-title">{t('ui.result.redirections.title')}<Also screen={screen} k="ui.result.redirections.title" /></h2>
          <ul class="card-list">
            {plan.otherDoors.map((r) => (
              <li class="card card--compact" key={r.id}>
                <RedirectionCard screen={screen} outcome={r} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Notes screen={screen} notes={notesAt(o, 'end')} />
      <ResultAnswers screen={screen} commune={commune} />
      <p class="small muted result__level2">{t('ui.result.level2')}<Also screen={screen} k="ui.result.level2" /></p>
      <ResultSource screen={screen} />

      <WhyThisResult screen={screen} result={o} />
      {screen.kiosk ? (
        // At a borne: its QR code, ticket and « Terminer » (src/components/kiosk/ResultEnd.tsx); nothing is sent
        // from a shared screen, so no « Envoyer ce résultat ».
        <screen.kiosk.ResultEnd screen={screen} onEdit={onEdit} />
      ) : (
        <>
          <ShareResult screen={screen} />
          <div class="btn-group no-print">
            <button type="button" class="btn" onClick={() => window.print()}>{t('ui.result.print')}</button>
            <button type="button" class="btn btn--secondary" onClick={onEdit}>{t('ui.result.edit')}</button>
            <button type="button" class="btn btn--secondary" onClick={onRestart}>{t('ui.restart')}</button>
          </div>
        </>
      )}
    </>
  );
}
