import { describe, expect, test } from 'vitest';
import raw from '../content/borne.json' with { type: 'json' };
import { ContentError } from '../domain/problems.ts';
import { parseBorneConfig } from './config.ts';

const good = { inactivitySeconds: 90, warningSeconds: 30, language: 'fr', paper: '80mm' };

describe('borne.json', () => {
  test('the file of the project is valid: 90 s of inactivity, 30 s of warning by default', () => {
    expect(parseBorneConfig(raw)).toEqual(good);
  });

  test.each([
    [29, 'inactivitySeconds must be at least 30 seconds'],
    [601, 'inactivitySeconds must be at most 600 seconds'],
    [0, 'inactivitySeconds must be at least 30 seconds'],
    [90.5, 'inactivitySeconds must be a whole number'],
    ['90', 'inactivitySeconds must be a number'],
  ])('inactivity %j is refused with a clear message', (value, message) => {
    const run = () => parseBorneConfig({ ...good, inactivitySeconds: value });
    expect(run).toThrow(ContentError);
    expect(run).toThrow(message);
    expect(run).toThrow('src/content/borne.json');
  });

  test('the limits themselves are accepted (30 s and 10 min)', () => {
    expect(parseBorneConfig({ ...good, inactivitySeconds: 30 }).inactivitySeconds).toBe(30);
    expect(parseBorneConfig({ ...good, inactivitySeconds: 600 }).inactivitySeconds).toBe(600);
  });

  test('a warning shorter than 20 s (WCAG 2.2.1), an unknown language or paper, an unknown setting are refused', () => {
    expect(() => parseBorneConfig({ ...good, warningSeconds: 19 })).toThrow('warningSeconds must be at least 20 seconds');
    expect(() => parseBorneConfig({ ...good, language: 'de' })).toThrow('language must be one of fr, falc, en, ar, es');
    expect(() => parseBorneConfig({ ...good, paper: 'A5' })).toThrow('paper must be "80mm" or "A4"');
    expect(() => parseBorneConfig({ ...good, inactivity: 90 })).toThrow(ContentError);
    expect(() => parseBorneConfig({ warningSeconds: 30, language: 'fr', paper: '80mm' })).toThrow('inactivitySeconds');
  });
});
