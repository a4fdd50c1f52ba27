/**
 * The end of the result: « Informations vérifiées le … » (the oldest date among the facts the result shows)
 * and the link « Pourquoi ce résultat ? » to the page that states every rule (/comment-ca-marche/).
 */
import { resultFactKeys, oldestShown, type ShownResult } from '../../domain/review.ts';
import { formatDay } from '../../i18n/dates.ts';
import { PageLink } from './ResultParts.tsx';
import type { ScreenContext } from './types.ts';

export function WhyThisResult({ screen, result }: { readonly screen: ScreenContext; readonly result: ShownResult }) {
  const { t, data } = screen;
  const keys = resultFactKeys(result, {
    redirections: data.redirections,
    servicePhone: data.servicePhone,
    urgences: data.urgences,
    contactSites: data.sites['ameli'] ? ['ameli'] : [],
  });
  const date = oldestShown(data.reviewed, keys);
  return (
    <p class="result-why">
      {date ? <>{t('ui.result.reviewed', { date: formatDay(date, screen.lang) })} </> : null}
      <PageLink screen={screen} path="/comment-ca-marche/">{t('ui.result.why')}</PageLink>
    </p>
  );
}
