/** Hydrates the server-rendered questionnaire with its props (loaded after the first paint, see Questionnaire.astro). */
import { h, hydrate } from 'preact';
import Questionnaire from './Questionnaire.tsx';
import type { IslandProps } from './types.ts';

export function hydrateQuestionnaire(root: HTMLElement, props: IslandProps, handoff: string | null): void {
  hydrate(h(Questionnaire, { ...props, handoff }), root);
}
