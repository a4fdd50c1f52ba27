/**
 * Where a person lives, from a postal code or a commune name: pure functions over the geo index, built at build
 * time from Etalab's @etalab/decoupage-administratif (src/domain/geo-index.ts) and served in pieces
 * (src/pages/geo/[piece].json.ts):
 *
 * - `cp-<d>`: the communes having a postal code that starts with the digit d (with those codes only), plus the
 *   few communes of a département whose postal codes start with d but have none that does;
 * - `nom-<l>`: the communes whose name, once compared (`searchKey`, then `stemOf`: without a leading « Saint »,
 *   « Sainte », « Le », « La », « Les », « L’ »), starts with the letter l (with their first postal code).
 *
 * A postal code is looked up in the piece of its first digit, a name in the piece of its first letter once
 * compared: what a request reveals is that digit or that letter, never what was typed. Nothing here does I/O.
 */
export * from './geo-commune.ts';
export * from './geo-piece.ts';
export * from './geo-query.ts';
export { departementOfInsee, INSEE_CODE } from './insee.ts';
