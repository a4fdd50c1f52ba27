/** /borne/donnees.json: the borne's island props in French (src/kiosk/props.ts); content only, never an answer. */
import type { APIRoute } from 'astro';
import { kioskProps } from '../../kiosk/props.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(kioskProps('fr')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
