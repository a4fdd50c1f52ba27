/** Another door (MSA, l'Assurance retraite, France Travail…): what it is for, its phones and sites, why. */
import type { Outcome } from '../../domain/orientation.ts';
import type { RedirectionId } from '../../domain/schemas.ts';
import { keys } from '../../i18n/keys.ts';
import { PhoneNumber } from '../ContactCard.tsx';
import { Also } from './Also.tsx';
import { ExternalLink, Reasons } from './ResultParts.tsx';
import type { ScreenContext } from './types.ts';

export function RedirectionCard({ screen, outcome }: { readonly screen: ScreenContext; readonly outcome: Outcome<RedirectionId> }) {
  const { t, data } = screen;
  const redirection = data.redirections[outcome.id];
  return (
    <div class="door">
      <h3>{t(keys.redirection(outcome.id, 'title'))}<Also screen={screen} k={keys.redirection(outcome.id, 'title')} /></h3>
      <p>{t(keys.redirection(outcome.id, 'summary'))}<Also screen={screen} k={keys.redirection(outcome.id, 'summary')} /></p>
      {redirection?.phones.map((id) => {
        const phone = data.phones[id];
        return phone ? (
          <p key={id} class="door__phone">
            <span class="door__label">{t(keys.phone(id, 'label'))}</span> <PhoneNumber t={t} phone={{ id, ...phone }} Link={screen.kiosk?.Target} />
          </p>
        ) : null;
      })}
      {redirection?.sites.map((id) => {
        const site = data.sites[id];
        return site ? (
          <p key={id}>
            <ExternalLink screen={screen} href={site.url}>{t(keys.site(id))}</ExternalLink>
          </p>
        ) : null;
      })}
      <Reasons screen={screen} reasons={outcome.reasons} />
    </div>
  );
}
