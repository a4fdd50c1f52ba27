/**
 * The questionnaire's actor, with the machine's code (xstate and src/domain/machine.ts, about 13 KB gzip)
 * fetched when it is first needed rather than with the page: the first question only shows the machine's
 * initial state (`initialView`), which needs no xstate. The code is fetched as soon as the person interacts
 * with the page (a touch, a key, a click), or when a reload or a language change resumes a later step; an
 * event sent before it is there waits for it, in order.
 */
import type { Actor } from 'xstate';
import type { Flow } from '../../domain/flow.ts';
import type { QuestionnaireEvent, QuestionnaireInput, QuestionnaireMachine } from '../../domain/machine.ts';
import type { QuestionnaireView } from '../../domain/machine-view.ts';

/** What the island uses of an actor. */
export interface QuestionnaireActor {
  getSnapshot(): QuestionnaireView;
  subscribe(listener: (snapshot: QuestionnaireView) => void): { unsubscribe(): void };
  send(event: QuestionnaireEvent): void;
}

export type StartActor = (input: QuestionnaireInput) => Actor<QuestionnaireMachine>;

const starters = new Map<Flow, Promise<StartActor>>();

/** The machine's code, fetched once (a failed fetch is tried again next time). */
export function loadMachine(flow: Flow, departements: readonly string[]): Promise<StartActor> {
  let starting = starters.get(flow);
  if (!starting) {
    starting = import('./machine-start.ts').then(
      (module) => module.starter(flow, departements),
      (error: unknown) => {
        starters.delete(flow);
        throw error;
      },
    );
    starters.set(flow, starting);
  }
  return starting;
}

/** An actor waiting for the machine's code; `warm()` fetches it (again). */
export type PendingActor = QuestionnaireActor & { warm(): void };

/** Whether `actor` is a waiting one (`pendingActor`) rather than the machine's. */
export function isPendingActor(actor: QuestionnaireActor): actor is PendingActor {
  return typeof (actor as Partial<PendingActor>).warm === 'function';
}

/**
 * An actor at the machine's start (`initial`: its initial state, as `initialView` gives it) that starts the
 * real one when its code is there. `warm()` fetches that code; `send` too, and waits for it. When the code cannot
 * be had while an answer waits for it, `onFailed` is called (the island says so, with « Réessayer »: `warm()`).
 */
export function pendingActor(
  load: () => Promise<StartActor>,
  initial: QuestionnaireView,
  onFailed: () => void = () => undefined,
): PendingActor {
  let real: Actor<QuestionnaireMachine> | null = null;
  let loading = false;
  const listeners = new Set<(snapshot: QuestionnaireView) => void>();
  const queue: QuestionnaireEvent[] = [];
  const warm = () => {
    if (real || loading) return;
    loading = true;
    load().then(
      (start) => {
        loading = false;
        const actor = start({});
        real = actor;
        actor.subscribe((snapshot) => {
          for (const listener of listeners) listener(snapshot);
        });
        for (const event of queue.splice(0)) actor.send(event);
      },
      () => {
        // Not there (offline?): the next interaction, answer or « Réessayer » tries again. An answer is waiting:
        // say so (onFailed), rather than leaving a button that seems to do nothing.
        loading = false;
        if (queue.length > 0) onFailed();
      },
    );
  };
  return {
    getSnapshot: () => real?.getSnapshot() ?? initial,
    subscribe(listener) {
      listeners.add(listener);
      return { unsubscribe: () => void listeners.delete(listener) };
    },
    send(event) {
      if (real) real.send(event);
      else {
        queue.push(event);
        warm();
      }
    },
    warm,
  };
}
