/**
 * The language hand-off reader (sessionStorage text: outside input, as anyone can write it): examples, then
 * properties over arbitrary texts (fast-check, 10,000 runs each).
 */
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HANDOFF_MAX_AGE_MS, handoffText, readHandoff, type HandoffRead } from './handoff.ts';

const RUNS = { numRuns: 10_000 };
/** 10,000 runs take a few seconds (more on a busy machine). */
const TIMEOUT_MS = 120_000;
const NOW = 1_800_000_000_000;

describe('readHandoff: examples', () => {
  const entry = { step: 'regime', answers: { qui: 'moi', besoin: ['travail', 'argent'] } };

  it('reads a fresh hand-off', () => {
    expect(readHandoff(handoffText(entry, NOW - 5_000), NOW)).toEqual({ kind: 'entry', entry });
  });

  it('finds none when nothing was handed', () => {
    expect(readHandoff(null, NOW)).toEqual({ kind: 'none' });
  });

  it('names a stale hand-off (older than a minute, or from the future)', () => {
    expect(readHandoff(handoffText(entry, NOW - HANDOFF_MAX_AGE_MS - 1), NOW)).toEqual({ kind: 'problem', problem: 'stale' });
    expect(readHandoff(handoffText(entry, NOW + HANDOFF_MAX_AGE_MS + 1), NOW)).toEqual({ kind: 'problem', problem: 'stale' });
  });

  it('names a malformed hand-off', () => {
    for (const raw of ['', '{', 'null', '3', '"regime"', '[]', '{}', '{"step":"qui","answers":{}}', '{"step":"qui","answers":[],"at":1}',
      `{"step":"qui","answers":{},"at":"${NOW}"}`, '{"step":"qui","answers":{},"at":1e999}', '{"step":1,"answers":{},"at":1}']) {
      expect(readHandoff(raw, NOW), raw).toEqual({ kind: 'problem', problem: 'malformed' });
    }
  });
});

function isValidRead(read: HandoffRead, now: number, raw: string): boolean {
  switch (read.kind) {
    case 'none':
      return false; // only for null
    case 'problem':
      return read.problem === 'malformed' || read.problem === 'stale';
    case 'entry': {
      const at = (JSON.parse(raw) as { at: number }).at;
      return (
        typeof read.entry.step === 'string' &&
        typeof read.entry.answers === 'object' &&
        read.entry.answers !== null &&
        !Array.isArray(read.entry.answers) &&
        Math.abs(now - at) <= HANDOFF_MAX_AGE_MS
      );
    }
  }
}

/** Texts: any string, any JSON, and JSON close to a hand-off. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.anything({ maxDepth: 3, maxKeys: 6 }).map((value) => JSON.stringify(value) ?? 'undefined'),
  fc
    .record(
      {
        step: fc.oneof(fc.string(), fc.anything({ maxDepth: 3, maxKeys: 6 })),
        answers: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }), fc.anything({ maxDepth: 3, maxKeys: 6 })),
        at: fc.oneof(fc.integer({ min: NOW - 2 * HANDOFF_MAX_AGE_MS, max: NOW + 2 * HANDOFF_MAX_AGE_MS }), fc.double(), fc.anything({ maxDepth: 3, maxKeys: 6 })),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);

describe('readHandoff: properties', () => {
  prop.prop([anyText, fc.oneof(fc.constant(NOW), fc.integer(), fc.double())], RUNS)(
    'never throws, and gives an entry of the right shape and age, or a named problem',
    (raw, now) => {
      expect(isValidRead(readHandoff(raw, now), now, raw)).toBe(true);
    },
    TIMEOUT_MS,
  );

  prop.prop([fc.string(), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }), fc.integer({ min: -HANDOFF_MAX_AGE_MS, max: HANDOFF_MAX_AGE_MS })], RUNS)(
    'reads back what the other page wrote, within a minute',
    (step, answers, age) => {
      const read = readHandoff(handoffText({ step, answers }, NOW - age), NOW);
      // A step longer than any step id is not one: malformed.
      if (step.length > 64) expect(read).toEqual({ kind: 'problem', problem: 'malformed' });
      else expect(read).toEqual({ kind: 'entry', entry: JSON.parse(JSON.stringify({ step, answers })) });
    },
    TIMEOUT_MS,
  );
});
