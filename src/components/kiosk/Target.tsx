/**
 * A link target at the borne, where nothing may leave it: a page of the borne stays a link; a phone number is shown
 * large, to be read (no `tel:`); another site, a page the borne has not, or a mailbox becomes a QR code to open on
 * one's own phone, with the address written under it.
 */
import type { ComponentChildren } from 'preact';
import type { TFunction } from 'i18next';
import { isKioskPath } from '../../kiosk/paths.ts';
import { writtenAddress } from '../../kiosk/qr.ts';
import { Qr } from './Qr.tsx';

export function KioskTarget({ t, href, children }: { readonly t: TFunction; readonly href: string; readonly children: ComponentChildren }) {
  if (/^(?:tel|sms):/.test(href)) return <strong class="phone-number kiosk-phone">{children}</strong>;
  if (href.startsWith('/') && isKioskPath(href)) return <a href={href}>{children}</a>;
  const mail = href.startsWith('mailto:');
  const address = mail ? href.slice('mailto:'.length).split('?')[0] ?? '' : href;
  const text = mail ? `mailto:${address}` : href;
  const written = writtenAddress(text);
  return (
    <span class="kiosk-target">
      <Qr text={text} label={t('kiosk.target.qr', { address: written })} class="kiosk-target__qr" />
      <span class="kiosk-target__text">
        {mail ? null : <span class="kiosk-target__name">{children}</span>}
        <span class="kiosk-target__how">{t(mail ? 'kiosk.target.mail' : 'kiosk.target.site')}</span>
        <bdi dir="ltr" class="kiosk-target__address">{written}</bdi>
      </span>
    </span>
  );
}
