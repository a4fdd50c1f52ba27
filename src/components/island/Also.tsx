/**
 * At a borne in another language, when « Afficher aussi en français » is on: the French text under the text
 * shown (`lang="fr"`), so the person and the agent beside them read the same screen. Nothing otherwise.
 */
import type { TFunction } from 'i18next';
import type { ScreenContext } from './types.ts';

export function Also({ screen, k, text }: { readonly screen: ScreenContext; readonly k?: string; readonly text?: (t: TFunction) => string }) {
  const fr = screen.kiosk?.french;
  return fr ? <span class="also-fr" lang="fr">{text ? text(fr) : fr(k ?? '')}</span> : null;
}
