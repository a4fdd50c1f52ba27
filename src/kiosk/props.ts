/**
 * The props of the borne's island for one locale (build time): the questionnaire's props with the borne's texts,
 * the French texts for « Afficher aussi en français » (in English, Arabic and Spanish), the ticket's paper and the
 * content version. Fetched by the browser from /<lang>/borne/donnees.json.
 */
import type { KioskProps } from '../components/kiosk/KioskApp.tsx';
import { islandResources } from '../i18n/index.ts';
import { localePath, type Locale } from '../i18n/routes.ts';
import { islandProps } from '../views/island-props.ts';
import { borneConfig } from './settings.ts';
import { kioskTexts } from './texts.ts';
import { contentVersion } from './version.ts';

/** Languages that are not French: the French text can be shown alongside. FALC is French already. */
export function showsFrenchAlongside(locale: Locale): boolean {
  return locale !== 'fr' && locale !== 'falc';
}


export function kioskProps(locale: Locale): KioskProps {
  const island = islandProps(locale);
  return {
    island: { ...island, texts: { ...island.texts, ...kioskTexts(locale) } },
    french: showsFrenchAlongside(locale) ? { ...islandResources.fr, ...kioskTexts('fr') } : null,
    paper: borneConfig.paper,
    version: contentVersion,
    home: borneConfig.language,
  };
}

export function kioskPropsPath(locale: Locale): string {
  return localePath(locale, '/borne/donnees.json');
}
