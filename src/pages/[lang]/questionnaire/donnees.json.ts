/** /en/questionnaire/donnees.json…: the questionnaire island's props in the other locales (see ../../questionnaire/donnees.json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { prefixedLocales, type Locale } from '../../../i18n/routes.ts';
import { islandProps } from '../../../views/island-props.ts';

export const getStaticPaths = (() => prefixedLocales.map((locale) => ({ params: { lang: locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(JSON.stringify(islandProps(props.locale)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
