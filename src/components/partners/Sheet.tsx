/** The poster (A4) and the flyer (half a page) a partner prints: the link's QR code, the link, the 3646. */
import type { PosterTexts } from './LinkBuilder.tsx';
import type { Qr } from './qr.ts';

interface Props {
  readonly variant: 'poster' | 'flyer';
  /** The flyer's second copy on the page (the same sheet twice): hidden from assistive technologies. */
  readonly hidden: boolean;
  readonly poster: PosterTexts | undefined;
  /** « Proposé par votre médecin du travail », when the partner said who they are. */
  readonly from: string | undefined;
  readonly qr: Qr;
  readonly qrLabel: string;
  readonly shortLink: string;
  readonly phone: string;
}

export function Sheet({ variant, hidden, poster, from, qr, qrLabel, shortLink, phone }: Props) {
  return (
    <div class={`sheet sheet--${variant}`} lang={poster?.lang} dir={poster?.dir} aria-hidden={hidden ? 'true' : undefined}>
      <p class="sheet__title">{poster?.title}</p>
      <p class="sheet__sentence">{poster?.sentence}</p>
      {from ? <p class="sheet__from">{from}</p> : null}
      <svg class="qr" viewBox={qr.viewBox} role="img" aria-label={qrLabel} shape-rendering="crispEdges">
        <rect x="-4" y="-4" width="100%" height="100%" fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <p class="sheet__scan">{poster?.scan}</p>
      <p class="sheet__url">
        {poster?.orType} <bdi dir="ltr">{shortLink}</bdi>
      </p>
      <p class="sheet__call">
        {poster?.call} <bdi dir="ltr" class="sheet__phone">{phone}</bdi>
        <span class="sheet__say"> {poster?.say}</span>
      </p>
      <p class="sheet__cost">{poster?.cost}</p>
    </div>
  );
}
