/**
 * « Ce que vous pouvez faire maintenant »: one to three actions, the right door first (result-plan.ts). The
 * service social's action is the shared ContactCard (the same as on the contacts page).
 */
import type { Orientation } from '../../domain/orientation.ts';
import { keys } from '../../i18n/keys.ts';
import { ContactCard } from '../ContactCard.tsx';
import { companionAnswer } from '../../domain/flow.ts';
import { useCommuneName } from '../geo-client.ts';
import { useMail } from './MailSummary.tsx';
import type { Action } from './result-plan.ts';
import { RedirectionCard } from './RedirectionCard.tsx';
import { Notes } from './ResultParts.tsx';
import { Also } from './Also.tsx';
import type { ScreenContext } from './types.ts';

function ServiceAction({ screen, o, mail, fallback }: { readonly screen: ScreenContext; readonly o: Orientation; readonly mail: boolean; readonly fallback: boolean }) {
  const { t, flow, data, answers, forOther } = screen;
  const { contact } = o;
  const commune = useCommuneName(companionAnswer(flow, answers));
  const mailLinks = useMail(screen, commune);
  const phone = data.phones[data.servicePhone];
  if (!phone) return null;
  const caisse = contact.caisse ? data.caisses[contact.caisse] : undefined;
  // Lozère, Mayotte: the caisse is still to confirm; the note says what is known.
  const uncertain = data.departements.some((d) => d.code === contact.departement && d.toConfirm);
  const ameli = data.sites['ameli'];
  const title = fallback ? `ui.result.actions.fallback${forOther ? 'Other' : ''}` : 'ui.result.actions.service';
  // At a borne, nothing is dialled or written from it: its Target shows the number large and the mailbox as a QR
  // code; no e-mail summary (the person's mail app is not there).
  const kiosk = screen.kiosk;
  return (
    <>
      <h3>{t(title)}<Also screen={screen} k={title} /></h3>
      <ContactCard
        t={t}
        phone={{ id: data.servicePhone, ...phone }}
        caisse={caisse && contact.caisse ? { id: contact.caisse, name: caisse.name } : null}
        // As the fallback under another door, the number alone: the caisse is named where it is the door.
        showCaisse={mail}
        caisseNote={uncertain && contact.departement ? t(keys.departementNote(contact.departement)) : null}
        mail={mail}
        bals={contact.bals}
        splitUnknown={contact.splitUnknown}
        departementKnown={contact.departement !== null}
        mailHref={mailLinks.href}
        Link={kiosk?.Target}
        // A written way when no mailbox is published.
        ameli={mail && ameli && contact.bals.length === 0 ? { url: ameli.url, label: 'ameli.fr' } : undefined}
      >
        {kiosk ? null : mailLinks.control}
      </ContactCard>
    </>
  );
}

export function ResultActions({ screen, o, actions, notes }: {
  readonly screen: ScreenContext;
  readonly o: Orientation;
  readonly actions: readonly Action[];
  readonly notes: Orientation['notes'];
}) {
  const { t } = screen;
  if (actions.length === 0 && notes.length === 0) return null;
  // Without an axe, the service social is the fallback (under the door that leads, or alone).
  const fallback = o.axes.length === 0;
  return (
    <section class="section section--actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('ui.result.actions.title')}<Also screen={screen} k="ui.result.actions.title" /></h2>
      <Notes screen={screen} notes={notes} />
      <ol class="actions">
        {actions.map((action) => (
          <li class="action" key={action.kind === 'door' ? action.outcome.id : 'service'}>
            {action.kind === 'door' ? (
              <RedirectionCard screen={screen} outcome={action.outcome} />
            ) : (
              <ServiceAction screen={screen} o={o} mail={action.mail} fallback={fallback} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

