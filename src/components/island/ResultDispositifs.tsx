/**
 * The dispositifs that fit, ordered by the needs the person stated (orientation.json `needs`): the first
 * ones shown, the rest behind one « Autres aides » disclosure. What is still to confirm is said once, in
 * the dispositif's details.
 */
import type { Outcome } from '../../domain/orientation.ts';
import type { DispositifId } from '../../domain/schemas.ts';
import { keys } from '../../i18n/keys.ts';
import { Also } from './Also.tsx';
import { ExternalLink, Reasons } from './ResultParts.tsx';
import type { ScreenContext } from './types.ts';

function DispositifItem({ screen, d }: { readonly screen: ScreenContext; readonly d: Outcome<DispositifId> }) {
  const { t, data } = screen;
  const info = data.dispositifs[d.id];
  const name = t(keys.dispositif(d.id, 'name'));
  const note = t(keys.dispositif(d.id, 'note'), { defaultValue: '' });
  return (
    <li class="card card--compact" id={`dispositif-${d.id}`}>
      <h3>{name}<Also screen={screen} k={keys.dispositif(d.id, 'name')} /></h3>
      <p>{t(keys.dispositif(d.id, 'summary'))}<Also screen={screen} k={keys.dispositif(d.id, 'summary')} /></p>
      <details class="details no-print">
        <summary>
          {t('ui.result.dispositifs.details')}
          <span class="visually-hidden">{t('ui.labelValue', { label: '', value: name })}</span>
        </summary>
        <dl class="meta">
          <dt>{t('ui.result.dispositifs.who')}</dt>
          <dd>{t(keys.dispositif(d.id, 'who'))}</dd>
          <dt>{t('ui.result.dispositifs.when')}</dt>
          <dd>{t(keys.dispositif(d.id, 'when'))}</dd>
          <dt>{t('ui.result.dispositifs.ask')}</dt>
          <dd>{t(keys.dispositif(d.id, 'ask'))}</dd>
        </dl>
        {note ? <p class="inset">{note}</p> : null}
        {info?.toConfirm ? <p class="inset">{t('ui.result.dispositifs.unconfirmed')}</p> : null}
        {info ? (
          <p>
            <ExternalLink screen={screen} href={info.url}>
              {t('ui.result.dispositifs.official')}
              <span class="visually-hidden">{t('ui.labelValue', { label: '', value: name })}</span>
            </ExternalLink>
          </p>
        ) : null}
        <Reasons screen={screen} reasons={d.reasons} />
      </details>
    </li>
  );
}

export function ResultDispositifs({ screen, shown, more }: {
  readonly screen: ScreenContext;
  readonly shown: readonly Outcome<DispositifId>[];
  readonly more: readonly Outcome<DispositifId>[];
}) {
  const { t } = screen;
  if (shown.length === 0) return null;
  return (
    <section class="section" aria-labelledby="dispositifs-title">
      <h2 id="dispositifs-title">{t('ui.result.dispositifs.title')}<Also screen={screen} k="ui.result.dispositifs.title" /></h2>
      <p>{t('ui.result.dispositifs.intro')}</p>
      <ul class="card-list">
        {shown.map((d) => (
          <DispositifItem key={d.id} screen={screen} d={d} />
        ))}
      </ul>
      {more.length > 0 ? (
        <details class="details more-aids">
          <summary>{t('ui.result.dispositifs.more', { count: more.length })}</summary>
          <ul class="card-list">
            {more.map((d) => (
              <DispositifItem key={d.id} screen={screen} d={d} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
