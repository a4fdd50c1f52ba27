import { describe, expect, it } from 'vitest';
import { resumePlan } from './resume.ts';

describe('resumePlan', () => {
  it('starts fresh with neither a saved entry nor a link', () => {
    expect(resumePlan(null, null)).toEqual({ kind: 'fresh' });
  });

  it('resumes a reload on its step with its answers', () => {
    expect(resumePlan({ step: 'besoin', answers: { qui: 'moi' } }, null)).toEqual({ kind: 'resume', answers: { qui: 'moi' }, skip: [], at: 'besoin' });
  });

  it('passes over the steps a link prefilled', () => {
    const link = { answers: { qui: 'professionnel', departement: '13' }, skip: ['qui', 'departement'] };
    expect(resumePlan(null, link)).toEqual({ kind: 'resume', answers: link.answers, skip: ['qui', 'departement'] });
  });

  it('asks again a prefilled step whose answer the person changed since, and keeps their answer', () => {
    const link = { answers: { qui: 'professionnel', departement: '13' }, skip: ['qui', 'departement'] };
    const saved = { step: 'besoin', answers: { qui: 'professionnel', departement: '83' } };
    expect(resumePlan(saved, link)).toEqual({
      kind: 'resume',
      answers: { qui: 'professionnel', departement: '83' },
      skip: ['qui'],
      at: 'besoin',
    });
  });

  it('opens a result link where it points, unless the person had moved on since', () => {
    const link = { answers: { qui: 'moi' }, skip: [], at: 'resultat' };
    expect(resumePlan(null, link)).toMatchObject({ kind: 'resume', at: 'resultat' });
    expect(resumePlan({ step: 'fin', answers: {} }, link)).toMatchObject({ kind: 'resume', at: 'fin', answers: { qui: 'moi' } });
  });

  it('starts fresh from a link that prefilled nothing it could use', () => {
    expect(resumePlan(null, { answers: {}, skip: [] })).toEqual({ kind: 'fresh' });
  });
});
