/** /borne/donnees.json in every locale (French at the root, the others under /<locale>/): the borne's island props (src/kiosk/props.ts); content only, never an answer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { everyLocale, type Locale } from '../../../i18n/routes.ts';
import { kioskProps } from '../../../kiosk/props.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(JSON.stringify(kioskProps(props.locale)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
