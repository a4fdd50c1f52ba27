/**
 * Each new screen is announced like a new page: the focus moves to its heading (not on the first screen, nor on
 * the step a reload or a language change resumed), and the document's title says where the person is.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import type { TFunction } from 'i18next';

export interface StepFocus {
  /** The step a reload or a language hand-off resumed on: shown without moving the focus. */
  readonly resumed: MutableRef<string | null>;
  /** The later screens are awaited while their heading has the focus: it goes to the screen that comes instead. */
  readonly toEnd: MutableRef<boolean>;
}

export interface StepFocusOptions {
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly step: string;
  readonly active: boolean;
  /** The step shows a screen fetched later (« Vérifiez vos réponses », the result). */
  readonly awaitsEnd: boolean;
  /** The later screens are there; `endFailed`: their fetch failed (its message takes the focus). */
  readonly endReady: boolean;
  readonly endFailed: boolean;
  /** The answer could not go on (the machine's code could not be had): its message takes the focus. */
  readonly machineFailed: boolean;
}

export function useStepFocus({ heading, step, active, awaitsEnd, endReady, endFailed, machineFailed }: StepFocusOptions): StepFocus {
  const shown = useRef<string | null>(null);
  const resumed = useRef<string | null>(null);
  const toEnd = useRef(false);

  useEffect(() => {
    if (!toEnd.current) return;
    heading.current?.focus();
    if (endReady) toEnd.current = false;
  }, [heading, endReady, endFailed]);

  useEffect(() => {
    if (machineFailed) heading.current?.focus();
  }, [heading, machineFailed]);

  useEffect(() => {
    if (!active) return;
    const previous = shown.current;
    shown.current = step;
    if (previous === null || previous === step) return;
    const wasResumed = step === resumed.current;
    resumed.current = null;
    if (wasResumed) return;
    heading.current?.focus();
    toEnd.current = awaitsEnd && !endReady;
  }, [heading, step, active, awaitsEnd, endReady]);

  return { resumed, toEnd };
}

/** « <prefix> <title> – <service> »: the title of the document for the current screen (prefixed on an error). */
export function useDocumentTitle(t: TFunction, title: string, error: boolean): void {
  useEffect(() => {
    if (typeof document === 'undefined') return;
    const prefix = error ? `${t('ui.error.titlePrefix')} ` : '';
    document.title = `${prefix}${title} – ${t('ui.serviceName')}`;
  }, [title, error, t]);
}
