/**
 * Any unexpected state: a kind message, the 3646 and a way to start again. Never a blank screen.
 * With `onRetry`: the last screens' code or texts could not be fetched (a dropped connection); the answers
 * are kept, « Réessayer » fetches them again and « Recommencer » starts afresh.
 */
import type { TFunction } from 'i18next';
import type { RefObject } from 'preact';
import type { IslandData } from './types.ts';

interface Props {
  readonly t: TFunction;
  readonly data: IslandData;
  readonly onRestart: () => void;
  readonly onRetry?: () => void;
  readonly heading?: RefObject<HTMLHeadingElement>;
}

export function Unexpected({ t, data, onRestart, onRetry, heading }: Props) {
  const phone = data.phones[data.servicePhone];
  const texts = onRetry ? 'ui.endFailed' : 'ui.unexpected';
  return (
    <div class="notice notice--warning" role="alert">
      <h1 tabIndex={-1} ref={heading ?? null}>{t(`${texts}.title`)}</h1>
      <p>{t(`${texts}.body`)}</p>
      {phone ? (
        <p>
          {t('ui.unexpected.call')} <a class="phone-number" href={`tel:${phone.dial}`}><bdi dir="ltr">{phone.display}</bdi></a>
        </p>
      ) : null}
      <div class="btn-group">
        {onRetry ? <button type="button" class="btn" onClick={onRetry}>{t('ui.retry')}</button> : null}
        <button type="button" class={onRetry ? 'btn btn--secondary' : 'btn'} onClick={onRestart}>{t('ui.restart')}</button>
      </div>
    </div>
  );
}
