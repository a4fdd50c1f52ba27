/**
 * Sending a result to whoever helps the person: its result link (the answers in the URL fragment,
 * src/domain/result-link.ts), to copy, to share (Web Share API where the browser has it) or to send by e-mail
 * (a mailto: with the link only). Nothing is sent by the site itself: the person's own apps do it.
 * Opening the link shows the same result (src/components/island/link.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { resultFragment } from '../../domain/result-link.ts';
import type { ScreenContext } from './types.ts';

export function ShareResult({ screen }: { readonly screen: ScreenContext }) {
  const { t, flow, answers, forOther } = screen;
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
  const fragment = useMemo(() => resultFragment(flow, answers), [flow, answers]);
  const link = `${location.origin}${screen.href('/questionnaire/')}${fragment}`;
  const other = forOther ? 'Other' : '';

  const copy = () => {
    // No clipboard here (an old browser, a refused permission): the link is selected, ready to copy by hand.
    const fallback = () => {
      field.current?.select();
      setStatus(t('ui.share.copyFailed'));
    };
    if (navigator.clipboard) navigator.clipboard.writeText(link).then(() => setStatus(t('ui.share.copied')), fallback);
    else fallback();
  };
  const share = () => {
    // The person may close the share sheet: nothing to say then.
    navigator.share({ title: t('ui.share.mailSubject'), url: link }).catch(() => undefined);
  };

  // Closed at first (one short line), so the result still reads in at most 450 words on a phone.
  return (
    <section class="section share no-print" aria-labelledby="share-title">
      <details class="details">
        <summary>{t('ui.share.open')}</summary>
        <h2 id="share-title">{t(`ui.share.title${other}`)}</h2>
        <p>{t(`ui.share.holds${other}`)}</p>
        <div class="field">
          <label class="label" for="share-link">{t('ui.share.label')}</label>
          <input id="share-link" ref={field} class="input" type="text" readOnly value={link} dir="ltr" onFocus={(event) => event.currentTarget.select()} />
        </div>
        <div class="btn-group">
          <button type="button" class="btn btn--secondary" onClick={copy}>{t('ui.share.copy')}</button>
          {canShare ? <button type="button" class="btn btn--secondary" onClick={share}>{t('ui.share.share')}</button> : null}
          <a class="btn btn--secondary" href={`mailto:?subject=${encodeURIComponent(t('ui.share.mailSubject'))}&body=${encodeURIComponent(link)}`}>
            {t('ui.share.mail')}
          </a>
        </div>
        <p role="status">{status}</p>
      </details>
    </section>
  );
}
