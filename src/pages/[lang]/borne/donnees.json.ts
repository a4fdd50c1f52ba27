/** /en/borne/donnees.json…: the borne's island props in the other locales (see ../../borne/donnees.json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { prefixedLocales, type Locale } from '../../../i18n/routes.ts';
import { kioskProps } from '../../../kiosk/props.ts';

export const getStaticPaths = (() => prefixedLocales.map((locale) => ({ params: { lang: locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(JSON.stringify(kioskProps(props.locale)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
