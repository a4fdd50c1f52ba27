/** /questionnaire/donnees.json in every locale (French at the root, the others under /<locale>/): the questionnaire island's props (src/views/island-props.ts), one static file fetched to hydrate the page; content only, never an answer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { everyLocale, type Locale } from '../../../i18n/routes.ts';
import { islandProps } from '../../../views/island-props.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(JSON.stringify(islandProps(props.locale)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
