import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isValidAnswer, sanitize } from './flow.ts';
import { MAX_PART, MAX_PARTS, parsePrefill, prefillFragment } from './prefill.ts';
import { departementCodes, flow } from './questionnaire.ts';

const RUNS = Number(process.env['FAST_CHECK_RUNS'] ?? 10_000);
/** 10,000 runs take a second or two; a busy machine may need far more. */
const TIMEOUT = 120_000;
const parse = (hash: string) => parsePrefill(flow, hash, departementCodes);
const questions = flow.steps.filter((s) => s.kind !== 'info');

/** Every result is usable as it is: answers the machine keeps whole, skip = their questions, no throw. */
function expectUsable(hash: string) {
  const { answers, skip, ignored, dropped } = parse(hash);
  expect(sanitize(flow, answers, departementCodes)).toEqual(answers);
  expect([...skip].sort()).toEqual(Object.keys(answers).filter((k) => k !== 'commune').sort());
  expect(ignored.every((part) => typeof part === 'string')).toBe(true);
  expect(new Set(ignored).size).toBe(ignored.length);
  expect(Number.isInteger(dropped) && dropped >= 0).toBe(true);
}

/** Fragments made of the link's own words, well and badly put together. */
const word = fc.oneof(
  fc.constantFrom(...questions.map((s) => s.id), 'commune', 'resultat', 'soutien', 'QUI', ' qui '),
  fc.constantFrom(...questions.flatMap((s) => s.options ?? []), ...departementCodes, '2a', '13201', '2A004', '97611', '99999'),
  fc.string({ maxLength: 12 }),
);
const value = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(','));
const part = fc.oneof(fc.tuple(word, value).map(([k, v]) => `${k}=${v}`), word, fc.string({ maxLength: 30 }));
const fragment = fc.array(part, { maxLength: 50 }).chain((parts) => fc.constantFrom(`#${parts.join('&')}`, parts.join('&'), encodeURI(`#${parts.join('&')}`)));

describe('prefilled link (fragment)', () => {
  test.prop([fc.string({ maxLength: 400 })], { numRuns: RUNS })('any string gives a valid partial answer set and the ignored parts', expectUsable, TIMEOUT);

  test.prop([fc.string({ maxLength: 400, unit: 'binary' })], { numRuns: RUNS })('any text, whatever its characters (lone surrogates, %, NUL)', expectUsable, TIMEOUT);

  test.prop([fragment], { numRuns: RUNS })('fragments of the link’s own words: every part is either an answer or reported', (hash) => {
    expectUsable(hash);
    const { answers, ignored, dropped } = parse(hash);
    const body = hash.startsWith('#') ? hash.slice(1) : hash;
    const parts = body.split('&').filter((p) => p.trim() !== '');
    expect(dropped).toBe(Math.max(0, parts.length - MAX_PARTS));
    // Each answer comes from one part of the link, and a valid one.
    for (const [id, answer] of Object.entries(answers)) {
      if (id === 'commune') continue;
      const step = flow.steps.find((s) => s.id === id);
      expect(step && isValidAnswer(step, answer, departementCodes)).toBe(true);
    }
    // Nothing is lost silently: a part that gave no answer is in `ignored` (resultat=, read elsewhere, aside).
    const given = Object.keys(answers).length;
    const read = parts.slice(0, MAX_PARTS);
    const results = read.filter((p) => /^\s*resultat\s*=/i.test(decodeSafe(p)));
    if (given === 0 && read.length > results.length) expect(ignored.length).toBeGreaterThan(0);
  }, TIMEOUT);

  it('reads the grammar’s examples', () => {
    expect(parse('#qui=professionnel&departement=13&situation=salarie')).toEqual({
      answers: { qui: 'professionnel', departement: '13', situation: 'salarie' },
      skip: ['qui', 'situation', 'departement'],
      ignored: [],
      dropped: 0,
    });
    expect(parse('#besoin=travail,argent&sante=maladie_grave,handicap').answers).toEqual({
      besoin: ['travail', 'argent'],
      sante: ['maladie_grave', 'handicap'],
    });
    expect(parse('#departement=2a&qui=%20Proche%20').answers).toEqual({ departement: '2A', qui: 'proche' });
    expect(parse('qui=moi').answers).toEqual({ qui: 'moi' });
  });

  it('the commune goes with its département, or gives it', () => {
    expect(parse('#departement=13&commune=13201').answers).toEqual({ departement: '13', commune: '13201' });
    expect(parse('#commune=2A004')).toMatchObject({ answers: { departement: '2A', commune: '2A004' }, skip: ['departement'] });
    expect(parse('#departement=83&commune=13201')).toMatchObject({ answers: { departement: '83' }, ignored: ['commune=13201'] });
    expect(parse('#commune=abc').ignored).toEqual(['commune=abc']);
  });

  it('ignores and names unknown keys and values, answers a question does not allow, repeated and oversized parts', () => {
    const long = `besoin=${'travail,'.repeat(40)}argent`;
    expect(long.length).toBeGreaterThan(MAX_PART);
    const { answers, ignored } = parse(
      `#qui=patron&age=45&besoin=travail,foo&sante=aucune,handicap&arret=oui&arret=non&departement=99&situation=salarie,retraite&soutien=vu&main&${long}&regime=general`,
    );
    expect(answers).toEqual({ regime: 'general' });
    expect(ignored).toEqual([
      'qui=patron',
      'age=45',
      'besoin=travail,foo',
      'sante=aucune,handicap',
      'arret=oui',
      'arret=non',
      'departement=99',
      'situation=salarie,retraite',
      'soutien=vu',
      'main',
      long,
    ]);
  });

  it('reads no more than the first parts, and says how many more there were', () => {
    const many = Array.from({ length: MAX_PARTS + 5 }, (_, i) => `x${i}=1`).join('&');
    const { ignored, dropped } = parse(`#${many}&qui=moi`);
    expect(ignored).toHaveLength(MAX_PARTS);
    expect(dropped).toBe(6);
  });

  it('leaves the result link and empty parts alone, and survives broken percent-encoding', () => {
    expect(parse('#resultat=1.1.AAAA&&')).toEqual({ answers: {}, skip: [], ignored: [], dropped: 0 });
    expect(parse('#qui=%E0%A4%A&departement=%31%33')).toEqual({ answers: { departement: '13' }, skip: ['departement'], ignored: ['qui=%E0%A4%A'], dropped: 0 });
    expect(parse('')).toEqual({ answers: {}, skip: [], ignored: [], dropped: 0 });
  });
});

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

describe('building a prefilled link', () => {
  /** Valid answers to some questions, as a partner's link gives them. */
  const given = fc
    .subarray(questions.filter((s) => s.kind !== 'info'))
    .chain((steps) =>
      fc.tuple(
        ...steps.map((s) =>
          s.kind === 'departement'
            ? fc.constantFrom(...departementCodes).map((v) => [s.id, v] as const)
            : s.kind === 'single'
              ? fc.constantFrom(...(s.options ?? [])).map((v) => [s.id, v] as const)
              : fc
                  .subarray((s.options ?? []).filter((o) => !(s.exclusive ?? []).includes(o)), { minLength: 1 })
                  .map((v) => [s.id, v] as const),
        ),
      ),
    )
    .map((entries) => Object.fromEntries(entries));

  test.prop([given], { numRuns: RUNS })('what the builder writes is read back whole, with nothing ignored', (answers) => {
    const read = parse(prefillFragment(answers));
    expect(read.answers).toEqual(answers);
    expect(read.ignored).toEqual([]);
  }, TIMEOUT);

  it('writes the builder’s links', () => {
    expect(prefillFragment({ qui: 'professionnel', departement: '83' })).toBe('#qui=professionnel&departement=83');
    expect(prefillFragment({})).toBe('');
  });
});
