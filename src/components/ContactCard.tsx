/**
 * How to reach the service social of a département: the 3646 (its spoken instruction only where it is
 * documented for the département's caisse), the departmental mailbox(es), the caisse. The one renderer of a
 * contact: the result (island) and the contacts page's search both render it, so they cannot drift.
 * Texts: `ui.contact.*`, `ui.result.contact.*`, `phone.<id>.*` (shared by the island and the pages).
 */
import type { ComponentChildren, ComponentType } from 'preact';
import type { TFunction } from 'i18next';
import { keys } from '../i18n/keys.ts';

export interface ContactPhone {
  readonly id: string;
  readonly display: string;
  readonly dial: string;
  readonly channel: 'tel' | 'sms';
  /** Caisses where the spoken instruction (`phone.<id>.say`) is documented; absent: everywhere. */
  readonly sayFor?: readonly string[] | undefined;
}

export interface ContactBal {
  readonly email: string;
  readonly sector?: string | null | undefined;
  readonly toConfirm: boolean;
}

export interface ContactCardProps {
  readonly t: TFunction;
  readonly phone: ContactPhone;
  /** The caisse running the service social in the département (its official name), if known. */
  readonly caisse: { readonly id: string; readonly name: string } | null;
  /** Name the caisse (default true); the caisse still decides whether the spoken instruction is documented. */
  readonly showCaisse?: boolean | undefined;
  /** What is known and what is not, where the caisse is still to confirm (Lozère, Mayotte). */
  readonly caisseNote?: string | null | undefined;
  /** Show the mailboxes (not under another door: a question for that door must not go there). */
  readonly mail: boolean;
  readonly bals: readonly ContactBal[];
  /** Several mailboxes and no published split: the person says their commune, or calls. */
  readonly splitUnknown: boolean;
  /** The département is known (else no « no mailbox » sentence). */
  readonly departementKnown: boolean;
  /** The link of a mailbox (default: `mailto:` with nothing else). */
  readonly mailHref?: ((email: string) => string) | undefined;
  /** ameli.fr, where the person can also write to their CPAM. */
  readonly ameli?: { readonly url: string; readonly label: string } | undefined;
  /** Under the mailboxes (the result's « summary in the e-mail » checkbox). */
  readonly children?: ComponentChildren;
  /** How a phone, mailbox or other site is shown where it cannot be a link (a borne: `KioskMode.Target`). */
  readonly Link?: LinkAs | undefined;
}

/** Shows a `tel:`, `mailto:` or another site's address its own way, in place of a link. */
export type LinkAs = ComponentType<{ readonly href: string; readonly children: ComponentChildren }>;

/** The phone number as a tap-to-call link; its accessible name says whose number it is. */
export function PhoneNumber({ t, phone, large = true, Link }: { readonly t: TFunction; readonly phone: ContactPhone; readonly large?: boolean; readonly Link?: LinkAs | undefined }) {
  const label = t(keys.phone(phone.id, 'label'));
  if (Link) return <Link href={`${phone.channel}:${phone.dial}`}><bdi dir="ltr">{phone.display}</bdi></Link>;
  return (
    <a class={large ? 'phone-number' : undefined} href={`${phone.channel}:${phone.dial}`} aria-label={t('ui.labelValue', { label, value: phone.display })}>
      <bdi dir="ltr">{phone.display}</bdi>
    </a>
  );
}

export function ContactCard(props: ContactCardProps) {
  const { t, phone, caisse, bals } = props;
  const documented = !phone.sayFor || (caisse !== null && phone.sayFor.includes(caisse.id));
  const say = documented ? t(keys.phone(phone.id, 'say'), { defaultValue: '' }) : '';
  const cost = t(keys.phone(phone.id, 'cost'), { defaultValue: '' });
  const unconfirmed = bals.filter((b) => b.toConfirm).length;
  return (
    <div class="contact-card">
      <div class="contact-card__way">
        <p class="contact-card__how">{t('ui.contact.byPhone')}</p>
        <p class="contact-card__number">
          <PhoneNumber t={t} phone={phone} Link={props.Link} />
        </p>
        {say ? <p><strong>{say}</strong></p> : null}
        {cost ? <p class="small muted">{cost}</p> : null}
      </div>
      {props.mail && bals.length > 0 ? (
        <div class="contact-card__way">
          <p class="contact-card__how">{t('ui.contact.byMail', { count: bals.length })}</p>
          <ul class="plain-list contact-card__bals">
            {bals.map((bal) => (
              <li key={bal.email}>
                {bal.sector ? <>{t('ui.result.contact.sector', { sector: bal.sector })} </> : null}
                {props.Link ? (
                  <props.Link href={`mailto:${bal.email}`}><bdi dir="ltr">{bal.email}</bdi></props.Link>
                ) : (
                  <a href={props.mailHref ? props.mailHref(bal.email) : `mailto:${bal.email}`}>
                    <bdi dir="ltr">{bal.email}</bdi>
                  </a>
                )}
              </li>
            ))}
          </ul>
          {props.splitUnknown ? <p class="small">{t('ui.result.contact.split')}</p> : null}
          {unconfirmed > 0 ? <p class="small">{t('ui.contact.unconfirmed', { count: unconfirmed, phone: phone.display })}</p> : null}
          {props.children}
        </div>
      ) : props.mail && props.departementKnown ? (
        <p class="small">{t('ui.contact.noMail')}</p>
      ) : null}
      {caisse && props.showCaisse !== false ? (
        <p class="small">
          {t('ui.result.contact.caisse')} <strong>{caisse.name}</strong>
        </p>
      ) : null}
      {props.caisseNote ? <p class="small">{props.caisseNote}</p> : null}
      {props.ameli ? (
        <p class="small">
          {t('ui.contact.ameli')}{' '}
          {props.Link ? (
            <props.Link href={props.ameli.url}>{props.ameli.label}</props.Link>
          ) : (
            <a href={props.ameli.url} class="external" rel="noopener noreferrer">
              {props.ameli.label}
            </a>
          )}
        </p>
      ) : null}
    </div>
  );
}
