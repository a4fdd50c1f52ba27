/** Any unexpected state: a kind message, the 3646 and a way to start again. Never a blank screen. */
import type { TFunction } from 'i18next';
import type { IslandData } from './types.ts';

export function Unexpected({ t, data, onRestart }: { readonly t: TFunction; readonly data: IslandData; readonly onRestart: () => void }) {
  const phone = data.phones[data.servicePhone];
  return (
    <div class="notice notice--warning" role="alert">
      <h1>{t('ui.unexpected.title')}</h1>
      <p>{t('ui.unexpected.body')}</p>
      {phone ? (
        <p>
          {t('ui.unexpected.call')} <a class="phone-number" href={`tel:${phone.dial}`}><bdi dir="ltr">{phone.display}</bdi></a>
        </p>
      ) : null}
      <button type="button" class="btn" onClick={onRestart}>{t('ui.restart')}</button>
    </div>
  );
}
