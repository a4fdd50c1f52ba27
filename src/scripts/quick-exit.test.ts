import { expect, it } from 'vitest';
import { QUICK_EXIT_EVENT } from './quick-exit.ts';
import { QUICK_EXIT_EVENT as HEARD } from './wipe-session.ts';

it('the wipe answers the event « Quitter rapidement » dispatches (the name is written in both modules)', () => {
  expect(HEARD).toBe(QUICK_EXIT_EVENT);
});
