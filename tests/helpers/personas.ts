/**
 * The example situations' answers, read from the personas files (tests/fixtures/personas/): the one source of
 * each persona's answers for the unit tests, so that a test never writes Valérie's answers out again.
 */
import type { Answers } from '../../src/domain/conditions.ts';
import project from '../fixtures/personas/project.json' with { type: 'json' };
import publicPersonas from '../fixtures/personas/public.json' with { type: 'json' };

const personas: readonly { readonly id: string; readonly answers: Answers }[] = [...publicPersonas, ...project];

/** The answers of the persona `id` (`valerie-secretaire-manosque`…), as its file gives them. */
export function personaAnswers(id: string): Answers {
  const persona = personas.find((p) => p.id === id);
  if (!persona) throw new Error(`no persona "${id}" in tests/fixtures/personas/`);
  return persona.answers;
}
