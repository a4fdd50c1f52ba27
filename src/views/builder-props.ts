/**
 * The props of the partners' link builder (src/components/partners/LinkBuilder.tsx) in a page's language: its
 * texts, the partner kinds, the départements, the questionnaire's languages and the poster's texts in each.
 * Rendered on the server (src/views/Partenaires.astro) and read again by the browser to hydrate it.
 */
import type { BuilderProps, PosterTexts } from '../components/partners/LinkBuilder.tsx';
import { content, serviceSocialPhone as serviceSocial } from '../domain/content.ts';
import { GEO_PROBLEMS } from '../domain/geo.ts';
import { partners } from '../domain/partners.ts';
import { keys } from '../i18n/index.ts';
import { getPageT } from '../i18n/pages.ts';
import { dirOf, langOf, localeNames, localePath, locales, type Locale } from '../i18n/routes.ts';

const p = 'pages.partenaires';

export function builderProps(locale: Locale, origin: string): BuilderProps {
  const t = getPageT(locale);
  // The builder's texts, in the page's language.
  const b = `${p}.builder`;
  const builderKeys = [
    'kindLabel', 'kindHint', 'depLabel', 'depHint', 'depAll', 'typedLabel', 'typedHint', 'typedButton', 'depChosen', 'depSeveral',
    'geoUnavailable', 'langLegend', 'quiLegend', 'quiHint', 'qui.moi', 'qui.professionnel', 'linkTitle', 'noTracking', 'linkLabel',
    'copy', 'copied', 'copyFailed', 'download', 'printPoster', 'printFlyer', 'noscriptPrint', 'previewTitle', 'qrAlt',
  ];
  const texts: Record<string, string> = {
    ...Object.fromEntries(builderKeys.map((k) => [k, t(`${b}.${k}`)])),
    ...Object.fromEntries(GEO_PROBLEMS.map((k) => [`problem.${k}`, t(`ui.geo.problem.${k}`)])),
    errorPrefix: t('ui.error.prefix'),
  };
  const kinds = partners.kinds.map((id) => ({ id, label: t(`${b}.kinds.${id}`) }));
  const posters: Record<string, PosterTexts> = Object.fromEntries(
    locales.map((l) => {
      const pt = getPageT(l);
      return [
        l,
        {
          lang: langOf(l),
          dir: dirOf(langOf(l)),
          title: pt(`${p}.poster.title`),
          sentence: pt(`${p}.poster.sentence`),
          from: Object.fromEntries(partners.kinds.map((k) => [k, pt(`${p}.poster.from.${k}`)])),
          scan: pt(`${p}.poster.scan`),
          orType: pt(`${p}.poster.orType`),
          call: pt(`${p}.poster.call`),
          say: pt(keys.phone(serviceSocial.id, 'say')),
          cost: pt(keys.phone(serviceSocial.id, 'cost')),
        },
      ];
    }),
  );
  const languages = locales.map((l) => ({ locale: l, name: localeNames[l].name, lang: langOf(l), dir: dirOf(langOf(l)), path: localePath(l, '/questionnaire/') }));
  return {
    origin,
    texts,
    kinds,
    departements: content.departements.departements.map((d) => ({ code: d.code, name: d.name })),
    languages,
    locale,
    posters,
    phone: { display: serviceSocial.display, dial: serviceSocial.dial },
  };
}
