/** The machine's code, a chunk of its own (see actor.ts): xstate and the machine built from the flow. */
import { createActor } from 'xstate';
import type { Flow } from '../../domain/flow.ts';
import { createQuestionnaireMachine } from '../../domain/machine.ts';
import type { StartActor } from './actor.ts';

export function starter(flow: Flow, departements: readonly string[]): StartActor {
  const machine = createQuestionnaireMachine(flow, departements);
  return (input) => createActor(machine, { input }).start();
}
