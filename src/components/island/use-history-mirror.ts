/**
 * The island's history: every transition of the actor is mirrored into this tab's history, synchronously with
 * the event that caused it (an effect after the render would race with a quick back/forward or a reload): a new
 * step pushes an entry, anything else replaces the current one. The browser's back/forward buttons are followed
 * (SHOW), and « Retour » to the step the current entry came from goes back in history rather than adding one.
 */
import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import { WIPE_EVENT } from '../../scripts/session.ts';
import { currentStep } from '../../domain/machine-view.ts';
import type { QuestionnaireActor } from './actor.ts';
import { isMirroring, mirror, previousStep, readHistory, stopMirroring } from './history-mirror.ts';

/** `back()`: « Retour », through history when the previous step is the entry this one was pushed from. */
export function useHistoryMirror(actor: QuestionnaireActor, actorRef: MutableRef<QuestionnaireActor>): { back(): void } {
  // True while the machine follows the browser's back/forward button (its entry exists already).
  const popping = useRef(false);
  // True while « Retour » is handled: landing on the step the current entry came from goes back in history.
  const backing = useRef(false);

  useEffect(() => {
    let last = currentStep(actor.getSnapshot());
    const subscription = actor.subscribe((next) => {
      if (next.status !== 'active') return;
      const step = currentStep(next);
      // The popstate that follows history.back() shows the same step and writes the answers into its entry.
      if (backing.current && step !== last && previousStep() === step) history.back();
      else mirror(next, step !== last && !popping.current, last);
      last = step;
    });
    return () => subscription.unsubscribe();
  }, [actor]);

  useEffect(() => {
    const onPop = () => {
      if (!isMirroring()) return;
      const entry = readHistory();
      if (!entry) {
        // A link's fragment typed or pasted over this page (a result link…): open it as a page load would.
        if (location.hash.includes('=')) return location.reload();
        // An in-page link (skip link, error summary) adds an entry without state: stay here, and mark it.
        mirror(actorRef.current.getSnapshot(), false);
        return;
      }
      // The entry is already this step's: the machine follows it, and the mirror replaces rather than pushes.
      popping.current = true;
      try {
        actorRef.current.send({ type: 'SHOW', step: entry.step });
      } finally {
        popping.current = false;
      }
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener(WIPE_EVENT, stopMirroring);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener(WIPE_EVENT, stopMirroring);
    };
  }, [actorRef]);

  return {
    back() {
      backing.current = true;
      try {
        actor.send({ type: 'BACK' });
      } finally {
        backing.current = false;
      }
    },
  };
}
