import { describe, expect, it } from 'vitest';
import raw from '../content/partenaires.json' with { type: 'json' };
import { decodeResult } from './result-link.ts';
import { departementCodes, flow } from './questionnaire.ts';
import { loadPartners, partners } from './partners.ts';

describe('the partners page content (src/content/partenaires.json)', () => {
  it('works the three situations of seed 001 through the questionnaire’s rules', () => {
    const by = Object.fromEntries(partners.situations.map((s) => [s.id, s.orientation]));
    expect(by['paul']?.axes[0]?.id).toBe('pdp');
    expect(by['christian']?.axes).toEqual([]);
    expect(by['christian']?.redirections.map((r) => r.id)).toContain('retraite');
    expect(by['valerie']?.axes[0]?.id).toBe('pdp');
    expect(by['valerie']?.contact.bals.map((b) => b.email)).toEqual(['servicesocialdigne@carsat-sudest.fr']);
  });

  it('gives each situation a result link that opens the same answers', () => {
    for (const s of partners.situations) expect(decodeResult(flow, s.resultLink, departementCodes)).toEqual({ ok: true, answers: s.answers });
  });

  it('fails by name on a malformed file, an answer the flow does not know, or answers that stop short', () => {
    expect(() => loadPartners({ ...raw, kinds: ['plombier'] })).toThrow(/src\/content\/partenaires\.json: kinds\[0\]/);
    const [paul, ...others] = raw.situations;
    expect(() => loadPartners({ ...raw, situations: [{ ...paul, answers: { ...paul?.answers, age: '45' } }, ...others] })).toThrow(
      /situations\[0\]\.answers: not an answer of the flow: age/,
    );
    const { departement: _d, ...short } = paul?.answers ?? {};
    expect(() => loadPartners({ ...raw, situations: [{ ...paul, answers: short }, ...others] })).toThrow(/stops at "departement"/);
  });
});
