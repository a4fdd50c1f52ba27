/** « Bon à savoir »: the themes (information, transversal advice) that fit. */
import type { Outcome } from '../../domain/orientation.ts';
import type { ThemeId } from '../../domain/schemas.ts';
import { keys } from '../../i18n/keys.ts';
import { Also } from './Also.tsx';
import { Reasons } from './ResultParts.tsx';
import type { ScreenContext } from './types.ts';

export function ResultThemes({ screen, themes }: { readonly screen: ScreenContext; readonly themes: readonly Outcome<ThemeId>[] }) {
  const { t, data } = screen;
  if (themes.length === 0) return null;
  return (
    <section class="section no-print" aria-labelledby="themes-title">
      <h2 id="themes-title">{t('ui.result.themes.title')}<Also screen={screen} k="ui.result.themes.title" /></h2>
      <ul class="card-list">
        {themes.map((theme) => (
          <li class="card card--compact" key={theme.id}>
            <h3>
              {t(keys.theme(theme.id, 'title'))}
              {data.themes[theme.id]?.kind === 'information' ? <span class="tag tag--info tag--after">{t('ui.result.themes.information')}</span> : null}
              <Also screen={screen} k={keys.theme(theme.id, 'title')} />
            </h3>
            <p>{t(keys.theme(theme.id, 'summary'))}<Also screen={screen} k={keys.theme(theme.id, 'summary')} /></p>
            <Reasons screen={screen} reasons={theme.reasons} />
          </li>
        ))}
      </ul>
    </section>
  );
}
