/**
 * What a person types (a postal code, a commune name), made comparable before anything reads it. Pure, total:
 * any string gives a text or a named problem, never an exception.
 *
 * - NFKC: full-width digits and letters (１３００１), ligatures and compatibility forms become plain characters;
 *   no-break and other spaces become spaces.
 * - Format and bidi controls (zero-width space and joiners, LRM/RLM/ALM, embeddings, isolates, BOM, soft
 *   hyphen: Unicode category Cf) are removed; other control characters (tabs, line breaks) become spaces.
 * - Arabic-Indic (١٣٠٠١, U+0660–0669) and Extended Arabic-Indic (۱۳۰۰۱, U+06F0–06F9) digits, the digits of the
 *   Arabic locale's keyboards, are read as 0–9 (NFKC leaves them as they are).
 * - Spaces are collapsed and trimmed; the text is cut at MAX_TYPED characters (no commune name is half as long).
 */

/** Longer input is cut: the longest commune name of the index has 45 characters. */
export const MAX_TYPED = 120;

export type TypedInput = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'problem'; readonly problem: 'empty' };

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

function latinDigit(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
  if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) return String(code - EXTENDED_ARABIC_INDIC_ZERO);
  return char;
}

/** The typed text, normalised (see above), or `empty` when nothing readable is left. */
export function normaliseTyped(input: string): TypedInput {
  const text = String(input)
    .slice(0, MAX_TYPED * 4)
    // Lone surrogates (a pasted half of a character) cannot be read: dropped like the controls.
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, latinDigit)
    .trim()
    .slice(0, MAX_TYPED)
    .trim();
  return text === '' ? { kind: 'problem', problem: 'empty' } : { kind: 'text', text };
}
