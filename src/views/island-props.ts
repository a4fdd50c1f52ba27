/**
 * The props of the questionnaire island for one locale: the texts of the questions, the flow, the rules
 * and the directory, all from the validated content. The page renders the island with them on the server,
 * and the browser fetches the same object from /questionnaire/donnees-<locale>.json to hydrate it (kept out
 * of the HTML so the first screen arrives in one round trip).
 */
import type { IslandData, IslandProps } from '../components/island/types.ts';
import { content, serviceSocialPhone as servicePhone } from '../domain/content.ts';
import { browserRules, directoryData, flow } from '../domain/questionnaire.ts';
import { compactReviewIndex, reviewIndex } from '../domain/review.ts';
import { islandResources } from '../i18n/index.ts';
import { localePath, type Locale } from '../i18n/routes.ts';

const data: IslandData = {
  axes: Object.fromEntries(content.axes.map((a) => [a.id, { url: a.url }])),
  themes: Object.fromEntries(content.themes.map((th) => [th.id, { kind: th.kind, toConfirm: th.toConfirm }])),
  // Only the dispositifs with an official page: the result links to it (« Lire la page officielle »); the others
  // show no such link, never another page in its place.
  dispositifs: Object.fromEntries(content.dispositifs.flatMap((d) => (d.url ? [[d.id, { url: d.url, toConfirm: d.toConfirm }]] : []))),
  caisses: Object.fromEntries(content.caisses.map((c) => [c.id, { name: c.name, url: c.url }])),
  phones: Object.fromEntries(
    [...content.contacts.phones, ...content.urgences].map((p) => [
      p.id,
      p.sayFor ? { display: p.display, dial: p.dial, channel: p.channel, sayFor: p.sayFor } : { display: p.display, dial: p.dial, channel: p.channel },
    ]),
  ),
  sites: Object.fromEntries(content.contacts.sites.map((s) => [s.id, { url: s.url }])),
  redirections: Object.fromEntries(content.redirections.map((r) => [r.id, { phones: r.phones, sites: r.sites }])),
  urgences: content.urgences.map((p) => p.id),
  departements: content.departements.departements.map((d) => ({ code: d.code, name: d.name, toConfirm: d.toConfirm })),
  servicePhone: servicePhone.id,
  reviewed: compactReviewIndex(reviewIndex(content)),
};

// Only the texts of the questions (and the phone numbers of the support screen); the result's texts
// come with the last screens (src/components/island/Questionnaire.tsx `resultTexts`).
const islandKeys = ['ui', 'question', 'option', 'optionHint', 'glossary', 'phone'];

export function islandProps(locale: Locale): IslandProps {
  const resources = islandResources[locale];
  const texts = Object.fromEntries(islandKeys.map((key) => [key, resources[key]]));
  return { locale, texts, data, flow, rules: browserRules, directory: directoryData };
}

/** Where the browser fetches the island's props for `locale` (a static file, the same for everyone). */
export function islandPropsPath(locale: Locale): string {
  return localePath(locale, `/questionnaire/donnees.json`);
}
