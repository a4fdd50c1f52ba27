/**
 * The reader of `history.state` (outside input: crafted by hand, left by an older visit, or by a session wiped
 * since): examples, then properties over arbitrary values (fast-check, 10,000 runs each).
 */
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { entryValue, HISTORY_KEY, readHistoryEntry, type HistoryRead } from './history-entry.ts';

const RUNS = { numRuns: 10_000 };
/** 10,000 runs take a few seconds (more on a busy machine). */
const TIMEOUT_MS = 120_000;
const live = (session: string) => session === 'live';
const state = (value: unknown) => ({ [HISTORY_KEY]: value });

describe('readHistoryEntry: examples', () => {
  it('reads the entry the island writes, with or without a session', () => {
    const entry = { step: 'regime', answers: { qui: 'moi', besoin: ['travail'] } };
    expect(readHistoryEntry(state(entryValue(entry, 'live')), live)).toEqual({ kind: 'entry', entry });
    expect(readHistoryEntry(state(entryValue(entry, null)), live)).toEqual({ kind: 'entry', entry });
    // Other keys beside it (the entry's place, a partner's) do not matter.
    expect(readHistoryEntry({ ...state(entry), 'orientation-place': { doc: 'x', pos: 2 } }, live)).toEqual({ kind: 'entry', entry });
  });

  it('finds no entry in what is not one of the questionnaire', () => {
    for (const value of [null, undefined, 0, 'orientation', [], [state({ step: 'qui', answers: {} })], {}, { other: 1 }, state(null)]) {
      expect(readHistoryEntry(value, live)).toEqual({ kind: 'none' });
    }
  });

  it('names a malformed entry', () => {
    for (const value of [
      'qui',
      [],
      {},
      { step: 'qui' },
      { answers: {} },
      { step: 3, answers: {} },
      { step: 'qui', answers: null },
      { step: 'qui', answers: ['moi'] },
      { step: 'qui', answers: 'qui=moi' },
      { step: 'x'.repeat(65), answers: {} },
    ]) {
      expect(readHistoryEntry(state(value), live), JSON.stringify(value)).toEqual({ kind: 'problem', problem: 'malformed' });
    }
  });

  it('never restores an entry of a session this tab no longer holds (wiped by a quick exit)', () => {
    const entry = { step: 'resultat', answers: { qui: 'moi', sante: ['maladie_grave'] } };
    expect(readHistoryEntry(state({ ...entry, session: 'gone' }), live)).toEqual({ kind: 'problem', problem: 'wiped' });
    expect(readHistoryEntry(state({ ...entry, session: 42 }), live)).toEqual({ kind: 'problem', problem: 'wiped' });
    expect(readHistoryEntry(state({ ...entry, session: null }), live)).toEqual({ kind: 'problem', problem: 'wiped' });
  });
});

/** Any value a structured clone can hold, and shapes close to an entry (the interesting ones). */
const anyState = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 6, withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.record({ [HISTORY_KEY]: fc.anything({ maxDepth: 3, maxKeys: 6 }) }),
  fc.record({
    [HISTORY_KEY]: fc.record(
      {
        step: fc.oneof(fc.string(), fc.constantFrom('qui', 'fin', 'resultat', '__proto__', 'constructor'), fc.anything({ maxDepth: 3, maxKeys: 6 })),
        answers: fc.oneof(fc.dictionary(fc.string(), fc.anything({ maxDepth: 3, maxKeys: 6 })), fc.anything({ maxDepth: 3, maxKeys: 6 })),
        session: fc.oneof(fc.constantFrom('live', 'gone'), fc.anything({ maxDepth: 3, maxKeys: 6 })),
      },
      { requiredKeys: [] },
    ),
  }),
);

function isValidRead(read: HistoryRead): boolean {
  switch (read.kind) {
    case 'none':
      return Object.keys(read).length === 1;
    case 'problem':
      return read.problem === 'malformed' || read.problem === 'wiped';
    case 'entry':
      return (
        typeof read.entry.step === 'string' &&
        read.entry.step.length <= 64 &&
        typeof read.entry.answers === 'object' &&
        read.entry.answers !== null &&
        !Array.isArray(read.entry.answers)
      );
  }
}

describe('readHistoryEntry: properties', () => {
  prop.prop([anyState], RUNS)('never throws, and gives an entry of the right shape, no entry, or a named problem', (value) => {
    expect(isValidRead(readHistoryEntry(value, live))).toBe(true);
  }, TIMEOUT_MS);

  prop.prop([anyState, fc.string()], RUNS)('gives an entry only of a live session (or of none)', (value, liveSession) => {
    const read = readHistoryEntry(value, (session) => session === liveSession);
    if (read.kind !== 'entry') return;
    const session = (value as Record<string, Record<string, unknown>>)[HISTORY_KEY]?.['session'];
    expect(session === undefined || session === liveSession).toBe(true);
  }, TIMEOUT_MS);

  prop.prop([fc.string({ maxLength: 64 }), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }), fc.option(fc.string(), { nil: null })], RUNS)(
    'reads back what the island writes (as the browser stores it, a structured clone)',
    (step, answers, session) => {
      const written = structuredClone(state(entryValue({ step, answers }, session)));
      expect(readHistoryEntry(written, (s) => s === session)).toEqual({ kind: 'entry', entry: { step, answers } });
    },
    TIMEOUT_MS,
  );
});
