/**
 * How the island starts (the server render always shows the first question): after a reload, from this tab's
 * history entry; after a change of language, from the hand-off of the previous page; from a link's answers in
 * the URL fragment (a partner's `#qui=…&departement=…`, or `#resultat=…`), read by code loaded only then.
 * Also: a language link hands the answers to the other page, and the machine's code is fetched as soon as the
 * person starts using the page.
 */
import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import type { TFunction } from 'i18next';
import type { VNode } from 'preact';
import type { Flow } from '../../domain/flow.ts';
import { currentStep } from '../../domain/machine-view.ts';
import { HANDOFF_KEY } from '../../i18n/routes.ts';
import { isPendingActor, type QuestionnaireActor, type StartActor } from './actor.ts';
import { handoffText, readHandoff } from './handoff.ts';
import { mirror, readHistory } from './history-mirror.ts';
import type { Prefill } from './link.tsx';
import { resumePlan } from './resume.ts';

export interface ResumeOptions {
  readonly flow: Flow;
  readonly departements: readonly string[];
  /** The hand-off, taken out of sessionStorage by the page as soon as it loaded. */
  readonly handoff: string | null;
  readonly t: TFunction;
  readonly loadStarter: () => Promise<StartActor>;
  readonly actorRef: MutableRef<QuestionnaireActor>;
  /** The resumed actor, and the step it resumed on (shown like a new page, without moving the focus). */
  readonly onResumed: (actor: QuestionnaireActor, step: string) => void;
  /** A link could not be read in full: its one note, and the screen it shows on. */
  readonly onNote: (step: string, note: VNode) => void;
  /** The link's reader could not be fetched (a dropped connection): the questions are asked in their turn. */
  readonly onPrefillFailed: () => void;
}

export function useResume(options: ResumeOptions): void {
  // Read once, when the island starts: the page's props do not change afterwards.
  const given = useRef(options);
  given.current = options;
  useEffect(() => {
    const { flow, departements, handoff: givenHandoff, t, loadStarter, actorRef, onResumed, onNote, onPrefillFailed } = given.current;
    const handoff = readHandoff(givenHandoff, Date.now());
    const saved = readHistory() ?? (handoff.kind === 'entry' ? handoff.entry : null);
    const begin = (prefill: Prefill | null) => {
      const plan = resumePlan(saved, prefill);
      if (plan.kind === 'fresh') {
        // A fresh start: mark this entry, so that coming back to it shows this screen.
        if (!readHistory()) mirror(actorRef.current.getSnapshot(), false);
        if (prefill?.note) onNote(flow.start, prefill.note);
        return;
      }
      loadStarter().then(
        (start) => {
          const resumed = start({ answers: plan.answers, skip: plan.skip, ...(plan.at ? { at: plan.at } : {}) });
          mirror(resumed.getSnapshot(), false);
          const first = currentStep(resumed.getSnapshot());
          onResumed(resumed, first);
          if (prefill?.note) onNote(first, prefill.note);
        },
        () => undefined,
      );
    };
    if (location.hash.includes('=')) {
      import('./link.tsx')
        .then(({ readLink }) => readLink(location.hash, flow, departements, t))
        .then(begin, () => {
          onPrefillFailed();
          begin(null);
        });
    } else begin(null);
  }, []);

  const { actorRef, flow, loadStarter } = options;
  // A language link (header): hand the answers and the step to the page in the other language.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[data-lang-switch]') : null;
      if (!link) return;
      const current = actorRef.current.getSnapshot();
      if (current.status !== 'active') return;
      const answered = current.context.answers;
      if (Object.keys(answered).length === 0 && currentStep(current) === flow.start) return;
      try {
        sessionStorage.setItem(HANDOFF_KEY, handoffText({ step: currentStep(current), answers: answered }, Date.now()));
      } catch {
        // Storage unavailable: the other language starts at the first question.
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [actorRef, flow.start]);

  // The person starts using the page: fetch the machine's code now, and start the actor with it (a waiting one,
  // actor.ts), before the first answer needs them: « Continuer » then only sends the answer.
  useEffect(() => {
    const warm = () => {
      const actor = actorRef.current;
      if (isPendingActor(actor)) actor.warm();
      else void loadStarter().catch(() => undefined);
    };
    const interactions = ['pointerdown', 'keydown', 'focusin'] as const;
    for (const type of interactions) document.addEventListener(type, warm, { once: true, passive: true });
    return () => {
      for (const type of interactions) document.removeEventListener(type, warm);
    };
  }, [actorRef, loadStarter]);
}
