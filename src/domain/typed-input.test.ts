import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { classify, GEO_PROBLEMS, pieceOfQuery } from './geo.ts';
import { MAX_TYPED, normaliseTyped } from './typed-input.ts';
import { departementCodes } from './questionnaire.ts';

const RUNS = 10_000;

describe('normaliseTyped', () => {
  it.each([
    ['١٣٠٠١', '13001'],
    ['۱۳۰۰۱', '13001'],
    ['１３００１', '13001'],
    ['\u200e13001\u200f', '13001'],
    ['\u202b13 001\u202c', '13 001'],
    ['\u2067Marseille\u2069', 'Marseille'],
    ['\ufeff13\u200b001', '13001'],
    ['Porto\u00a0Vecchio', 'Porto Vecchio'],
    ['  Saint-\u00c9tienne \t', 'Saint-Étienne'],
    ['ﬁrminy', 'firminy'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseTyped(input)).toEqual({ kind: 'text', text: expected });
  });

  it('names what is left empty', () => {
    for (const input of ['', '   ', '\u200b\u200e\u2066', '\n\t']) expect(normaliseTyped(input)).toEqual({ kind: 'problem', problem: 'empty' });
  });

  it('cuts very long input', () => {
    const result = normaliseTyped('a'.repeat(100_000));
    expect(result.kind === 'text' && result.text.length).toBe(MAX_TYPED);
  });
});

/** Strings with what people and pastes bring: digits of three scripts, controls, marks, letters, surrogates. */
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(
    fc.constantFrom(...'0123456789١٣٠٩۱۳۰۹１３０ \u200b\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u00ad\t-’\'aéSTstLe2AB'.split(''), '\ud800', '\udc00'),
    { maxLength: 30 },
  ).map((chars) => chars.join('')),
);

// Heavy on a busy machine (10,000 runs each): a generous time limit.
describe('property: any typed string', { timeout: 180_000 }, () => {
  fcTest.prop([typed], { numRuns: RUNS })('normaliseTyped never throws and gives clean text or a named problem', (input) => {
    const result = normaliseTyped(input);
    if (result.kind === 'problem') expect(result.problem).toBe('empty');
    else {
      expect(result.text).not.toBe('');
      expect(result.text.length).toBeLessThanOrEqual(MAX_TYPED);
      expect(result.text).not.toMatch(/[\p{Cf}\p{Cc}\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/u);
      expect(result.text).toBe(result.text.trim());
    }
  });

  fcTest.prop([typed], { numRuns: RUNS })('classify gives a valid query or a named problem, and a piece named by one character', (input) => {
    const query = classify(input, departementCodes);
    if (query.kind === 'postal') expect(query.code).toMatch(/^\d{5}$/);
    else if (query.kind === 'name') {
      expect(query.key).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
      expect(query.key.endsWith(query.stem)).toBe(true);
    } else {
      expect(GEO_PROBLEMS).toContain(query.problem);
      if (query.departement !== undefined) expect(departementCodes).toContain(query.departement);
    }
    const piece = pieceOfQuery(query);
    if (piece !== null) expect(piece).toMatch(/^(cp-\d|nom-[a-z])$/);
  });

  fcTest.prop([fc.stringMatching(/^\d{5}$/), fc.array(fc.constantFrom('\u200b', '\u200e', '\u2066', ' ', '\u00a0'), { maxLength: 4 })], { numRuns: RUNS })(
    'a postal code in any of the digits, with invisible marks, is the same postal code',
    (code, marks) => {
      const arabic = code.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
      const persian = code.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
      const wide = code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      for (const variant of [arabic, persian, wide]) {
        const withMarks = marks.reduce((text, mark, i) => text.slice(0, i + 1) + mark + text.slice(i + 1), variant);
        expect(classify(withMarks, departementCodes)).toEqual({ kind: 'postal', code });
      }
    },
  );
});
