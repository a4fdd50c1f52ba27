import type { TOptions } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nFor, rememberingT } from './factory.ts';

const texts = {
  ui: {
    hello: 'Bonjour',
    labelValue: '{{label}} : {{value}}',
    step_one: '{{count}} question',
    step_other: '{{count}} questions',
    nested: 'Dites $t(ui.hello)',
  },
};

describe('rememberingT', () => {
  it('gives the texts i18next gives: plain, interpolated, plural, nested, default value, missing', () => {
    const i18n = i18nFor('fr', texts);
    const t = rememberingT(i18n);
    const calls: [string, TOptions?][] = [
      ['ui.hello'],
      ['ui.labelValue', { label: 'Âge', value: '52 ans' }],
      ['ui.step', { count: 1 }],
      ['ui.step', { count: 3 }],
      ['ui.nested'],
      ['ui.absent', { defaultValue: '' }],
      ['ui.absent'],
    ];
    for (const round of [1, 2]) {
      for (const [key, options] of calls) {
        const [mine, theirs] = options === undefined ? [t(key), i18n.t(key)] : [t(key, options), i18n.t(key, options)];
        expect(mine, `${key}, round ${round}`).toBe(theirs);
      }
    }
    expect(t('ui.step', { count: 3 })).toBe('3 questions');
    expect(t('ui.labelValue', { label: 'Âge', value: '52 ans' })).toBe('Âge : 52 ans');
    expect(t('ui.labelValue', { label: 'Âge', value: '60 ans' })).toBe('Âge : 60 ans');
  });

  it('forgets what it gave when texts are added (the result texts arrive) or the language changes', () => {
    const i18n = i18nFor('fr', texts);
    const t = rememberingT(i18n);
    expect(t('content.axe')).toBe('content.axe');
    i18n.addResourceBundle('fr', 'translation', { content: { axe: 'Garder ou reprendre votre travail' } }, true, false);
    expect(t('content.axe')).toBe('Garder ou reprendre votre travail');
    i18n.addResourceBundle('en', 'translation', { ui: { hello: 'Hello' } }, true, false);
    expect(t('ui.hello')).toBe('Bonjour');
    void i18n.changeLanguage('en');
    expect(t('ui.hello')).toBe('Hello');
  });

  it('does not keep a text asked with options it cannot compare (an object), nor an object it returns', () => {
    const i18n = i18nFor('fr', texts);
    const t = rememberingT(i18n);
    const context = { label: 'A' };
    expect(t('ui.labelValue', { label: context.label, value: 'b' })).toBe('A : b');
    context.label = 'C';
    expect(t('ui.labelValue', { label: context.label, value: 'b' })).toBe('C : b');
    const returned = t('ui', { returnObjects: true });
    expect(returned).toMatchObject({ hello: 'Bonjour' });
    expect(t('ui.labelValue', { replace: { label: 'X', value: 'Y' } })).toBe('X : Y');
    expect(t('ui.labelValue', { replace: { label: 'Z', value: 'Y' } })).toBe('Z : Y');
  });
});
