/** The axe(s) that apply, each with its « parce que » and the notes placed in it (`axe:<id>`). */
import type { Orientation } from '../../domain/orientation.ts';
import { keys } from '../../i18n/keys.ts';
import { notesAt } from './result-plan.ts';
import { Also } from './Also.tsx';
import { Notes, PageLink, Reasons } from './ResultParts.tsx';
import type { ScreenContext } from './types.ts';

export function ResultAxes({ screen, o }: { readonly screen: ScreenContext; readonly o: Orientation }) {
  const { t } = screen;
  if (o.axes.length === 0) return null;
  return (
    <section class="section" aria-labelledby="axes-title">
      <h2 id="axes-title">{t('ui.result.axes.title')}<Also screen={screen} k="ui.result.axes.title" /></h2>
      <ul class="card-list">
        {o.axes.map((axe) => (
          <li class="card" key={axe.id}>
            <h3>{t(keys.axe(axe.id, 'title'))}<Also screen={screen} k={keys.axe(axe.id, 'title')} /></h3>
            <Notes screen={screen} notes={notesAt(o, `axe:${axe.id}`)} />
            <Reasons screen={screen} reasons={axe.reasons} />
            <p class="no-print">
              <PageLink screen={screen} path={`/axes/${axe.id}/`}>
                {t('ui.result.axes.more')}
                <span class="visually-hidden">{t('ui.labelValue', { label: '', value: t(keys.axe(axe.id, 'title')) })}</span>
              </PageLink>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
