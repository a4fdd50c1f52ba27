/**
 * /geo/communes.json: the compact index of every commune (postal codes, INSEE code, département), built once
 * at build time from Etalab's dataset (src/domain/geo-index.ts). The browser fetches this one static file,
 * lazily, and searches it locally: what the person types is never sent anywhere.
 */
import type { APIRoute } from 'astro';
import { buildGeoIndex } from '../../domain/geo-index.ts';
import { departementCodes } from '../../domain/questionnaire.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildGeoIndex(departementCodes)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
