import { describe, expect, it } from 'vitest';
import { entryFor, previousOfState } from './history-mirror.ts';
import type { QuestionnaireView } from '../../domain/machine-view.ts';

const view = (step: string, answers: Record<string, unknown>) =>
  ({ status: 'active', value: step, context: { answers, skip: [], error: null } }) as unknown as QuestionnaireView;
const session = () => 'abc';

describe('entryFor', () => {
  it('writes no session while there is no answer', () => {
    expect(entryFor(view('qui', {}), undefined, session)).toEqual({ step: 'qui', answers: {} });
  });

  it('names the session of the answers it holds, and the step it came from', () => {
    expect(entryFor(view('besoin', { qui: 'moi' }), 'qui', session)).toEqual({ step: 'besoin', answers: { qui: 'moi' }, session: 'abc', prev: 'qui' });
  });
});

describe('previousOfState', () => {
  it('reads the step an entry was pushed from', () => {
    expect(previousOfState({ orientation: { step: 'besoin', answers: {}, prev: 'qui' } })).toBe('qui');
  });

  it.each([null, 'x', [], { orientation: null }, { orientation: { prev: 3 } }, { other: { prev: 'qui' } }])('finds none in %j', (state) => {
    expect(previousOfState(state)).toBeNull();
  });
});
