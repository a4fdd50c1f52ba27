/**
 * /geo/cp-<digit>.json and /geo/nom-<letter>.json: the pieces of the geo index (src/domain/geo.ts), built once
 * at build time from Etalab's dataset (src/domain/geo-index.ts). The browser fetches only the piece of the
 * first digit of a postal code or the first letter of a name, and searches it on the device: a request never
 * carries more than that digit or letter.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildGeoPieces } from '../../domain/geo-index.ts';
import { departementCodes } from '../../domain/questionnaire.ts';

export const getStaticPaths = (() =>
  [...buildGeoPieces(departementCodes)].map(([piece, file]) => ({ params: { piece }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['file']), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
