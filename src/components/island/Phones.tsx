/** Phone numbers as tap-to-call (or SMS) links, with what they are for. */
import { keys } from '../../i18n/keys.ts';
import { Also } from './Also.tsx';
import type { ScreenContext } from './types.ts';

export function PhoneLink({ screen, id, large = false }: { readonly screen: ScreenContext; readonly id: string; readonly large?: boolean }) {
  const phone = screen.data.phones[id];
  if (!phone) return null;
  const { t } = screen;
  const label = t(keys.phone(id, 'label'));
  // At a borne nothing can be dialled: the number is shown large, to be read.
  const Target = screen.kiosk?.Target;
  if (Target) return <Target href={`${phone.channel}:${phone.dial}`}><bdi dir="ltr">{phone.display}</bdi></Target>;
  return (
    <a class={large ? 'phone-number' : undefined} href={`${phone.channel}:${phone.dial}`} aria-label={t('ui.labelValue', { label, value: phone.display })}>
      <bdi dir="ltr">{phone.display}</bdi>
    </a>
  );
}

export function PhoneItem({ screen, id }: { readonly screen: ScreenContext; readonly id: string }) {
  const { t } = screen;
  const say = t(keys.phone(id, 'say'), { defaultValue: '' });
  const cost = t(keys.phone(id, 'cost'), { defaultValue: '' });
  return (
    <li class="phone-item">
      <strong>{t(keys.phone(id, 'label'))}<Also screen={screen} k={keys.phone(id, 'label')} /></strong>
      <br />
      <PhoneLink screen={screen} id={id} large />
      {say ? <p>{say}</p> : null}
      {cost ? <p class="muted">{cost}</p> : null}
    </li>
  );
}

/** Emergency numbers in their order (3114 first); `limit` keeps only the first ones. */
export function UrgentNumbers({ screen, limit }: { readonly screen: ScreenContext; readonly limit?: number }) {
  const ids = limit === undefined ? screen.data.urgences : screen.data.urgences.slice(0, limit);
  return (
    <ul class="card-list card-list--2">
      {ids.map((id) => (
        <PhoneItem key={id} screen={screen} id={id} />
      ))}
    </ul>
  );
}
