import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Answers } from './conditions.ts';
import { applicable, END, nextOf, route, SEEN, stepOf, type Flow } from './flow.ts';
import { departementCodes, flow } from './questionnaire.ts';
import { decodeResult, encodeResult, resultFragment, resultLinkOf } from './result-link.ts';
import { personaAnswers } from '../../tests/helpers/personas.ts';

const RUNS = Number(process.env['FAST_CHECK_RUNS'] ?? 10_000);

/** A complete answer set: a walk through the flow, each question answered with generated choices. */
function answerSet(f: Flow): fc.Arbitrary<Answers> {
  return fc.array(fc.nat(), { minLength: 40, maxLength: 40 }).chain((picks) =>
    fc.constantFrom(...departementCodes).map((departement) => {
      const answers: Record<string, Answers[string]> = {};
      let current = f.start;
      let i = 0;
      while (current !== END) {
        const step = stepOf(f, current);
        const pick = picks[i++ % picks.length] ?? 0;
        const options = step.options ?? [];
        if (step.kind === 'info') answers[step.id] = SEEN;
        else if (step.kind === 'departement') answers[step.id] = departement;
        else if (step.kind === 'single') answers[step.id] = options[pick % options.length] ?? '';
        else {
          const exclusive = step.exclusive ?? [];
          const open = options.filter((o) => !exclusive.includes(o));
          const chosen = open.filter((_, k) => (pick >> k) & 1);
          answers[step.id] = chosen.length > 0 ? chosen : [exclusive[0] ?? options[0] ?? ''];
        }
        current = nextOf(f, current, answers);
      }
      if (departement === '13') answers['commune'] = pick13(picks[0] ?? 0);
      return answers;
    }),
  );
}

/** Marseille's arrondissements (13201-13216) or Aix-en-Provence (13001). */
function pick13(n: number): string {
  return n % 17 === 16 ? '13001' : String(13201 + (n % 17));
}

describe('result link', () => {
  test.prop([answerSet(flow)], { numRuns: RUNS })('decoding an encoded answer set gives it back', (answers) => {
    const decoded = decodeResult(flow, encodeResult(flow, answers), departementCodes);
    expect(decoded).toEqual({ ok: true, answers: applicable(flow, answers) });
  });

  test.prop([fc.string({ maxLength: 300 })], { numRuns: RUNS })('decoding any string never throws', (value) => {
    const decoded = decodeResult(flow, value, departementCodes);
    expect(typeof decoded.ok).toBe('boolean');
    if (decoded.ok) expect(route(flow, decoded.answers).pending).toBe(END);
  });

  test.prop([answerSet(flow), fc.nat(), fc.constantFrom(...'ABCxyz019-_~.')], { numRuns: RUNS })(
    'a link with one character changed is refused or still a complete answer set',
    (answers, at, char) => {
      const value = encodeResult(flow, answers);
      const i = at % value.length;
      const mangled = value.slice(0, i) + char + value.slice(i + 1);
      const decoded = decodeResult(flow, mangled, departementCodes);
      if (decoded.ok) expect(route(flow, decoded.answers).pending).toBe(END);
      else expect(['malformed', 'outdated', 'incomplete']).toContain(decoded.problem);
    },
  );

  it('is short enough for a QR code read from 40 cm', () => {
    const longest = encodeResult(flow, {
      ...Object.fromEntries(flow.steps.filter((s) => s.kind === 'multiple').map((s) => [s.id, (s.options ?? []).filter((o) => !(s.exclusive ?? []).includes(o))])),
    });
    expect(`https://orientation.example/ar/questionnaire/${resultFragment(flow, {})}`.length + longest.length).toBeLessThan(120);
  });

  it('names a link of another version of the questionnaire as outdated', () => {
    const value = encodeResult(flow, {});
    expect(decodeResult({ ...flow, version: flow.version + 1 }, value, departementCodes)).toEqual({ ok: false, problem: 'outdated' });
    expect(decodeResult(flow, `9.${value.slice(2)}`, departementCodes)).toEqual({ ok: false, problem: 'outdated' });
  });

  it('names answers that stop before the end as incomplete', () => {
    expect(decodeResult(flow, encodeResult(flow, { qui: 'moi' }), departementCodes)).toEqual({ ok: false, problem: 'incomplete' });
  });

  it('refuses a commune of another département', () => {
    const { aspa: _notOnHerRoute, ...valerie } = personaAnswers('valerie-secretaire-manosque');
    const value = encodeResult(flow, valerie);
    expect(decodeResult(flow, value, departementCodes).ok).toBe(true);
    const forged = encodeResult(flow, { ...valerie, departement: '04', commune: '13201' });
    expect(decodeResult(flow, forged, departementCodes)).toEqual({ ok: true, answers: valerie });
  });

  it('finds the link among other fragment parameters', () => {
    expect(resultLinkOf('#qui=moi&resultat=1.1.AAA')).toBe('1.1.AAA');
    expect(resultLinkOf('#main')).toBeNull();
  });
});
