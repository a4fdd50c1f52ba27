/** Hydrates the server-rendered borne (its start screen) with its props (src/views/Borne.astro). */
import { h, hydrate } from 'preact';
import KioskApp, { type KioskProps } from './KioskApp.tsx';

export function hydrateKiosk(root: HTMLElement, props: KioskProps): void {
  hydrate(h(KioskApp, props), root);
}
