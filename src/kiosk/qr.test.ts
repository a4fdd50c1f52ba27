/**
 * The QR code of the result link stays small enough for a phone to read it from 40 cm: the payload has one
 * fixed width per question, so the longest answer set (every multiple choice ticked, a commune) gives the
 * longest link; its QR code is checked here with a long public address and the longest language prefix.
 */
import { describe, expect, test } from 'vitest';
import { encodeResult, resultFragment } from '../domain/result-link.ts';
import { flow } from '../domain/questionnaire.ts';
import { localePath } from '../i18n/routes.ts';
import { qrShape, writtenAddress } from './qr.ts';

/** Every question answered with its most characters: all options of multiple questions, the last of single ones. */
function longestAnswers(): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const step of flow.steps) {
    const options = step.options ?? [];
    if (step.kind === 'multiple') answers[step.id] = options.filter((o) => !(step.exclusive ?? []).includes(o));
    else if (step.kind === 'single') answers[step.id] = options[options.length - 1] ?? '';
    else if (step.kind === 'departement') answers[step.id] = '2A';
  }
  answers['commune'] = '2A004';
  return answers;
}

describe('the result link as a QR code', () => {
  test('the longest answer set: a short payload, a QR code of at most 53 modules (version 9) with a long address', () => {
    const payload = encodeResult(flow, longestAnswers());
    const origin = 'https://orientation-service-social.assurance-maladie.example.fr';
    const url = `${origin}${localePath('falc', '/questionnaire/')}${resultFragment(flow, longestAnswers())}`;
    const { size } = qrShape(url);
    console.log(`result link payload: ${payload.length} characters (#resultat=${payload}); URL ${url.length} characters; QR ${size}×${size} modules`);
    expect(payload.length).toBeLessThanOrEqual(40);
    expect(size).toBeLessThanOrEqual(53);
  });

  test('the address written under a code has no scheme, no mailto:, no trailing slash', () => {
    expect(writtenAddress('https://www.ameli.fr/')).toBe('www.ameli.fr');
    expect(writtenAddress('mailto:servicesocial13@carsat-sudest.fr')).toBe('servicesocial13@carsat-sudest.fr');
  });
});
