/**
 * /questionnaire/donnees.json: the questionnaire island's props in French (src/views/island-props.ts),
 * one static file fetched to hydrate the page; it holds content only, never an answer.
 */
import type { APIRoute } from 'astro';
import { islandProps } from '../../views/island-props.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(islandProps('fr')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
