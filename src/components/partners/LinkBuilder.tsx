/**
 * The partners' link builder (/partenaires/): a partner picks their kind (for the poster's wording only), a
 * département (from the list, or typed: a number, a postal code or a commune, read on the device), the
 * questionnaire's language and who fills it in; they get the link, its QR code (SVG, downloadable), an A4
 * poster and a half-page flyer to print. No server, nothing stored, nothing tracked: the link holds no partner
 * id, only public question and option ids in its fragment (src/domain/prefill.ts).
 *
 * Rendered on the server with the defaults (the whole country, the page's language): without JavaScript the
 * page shows that plain link and its poster, and the form only appears once the island runs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { prefillFragment } from '../../domain/prefill-fragment.ts';
import type { Locale } from '../../i18n/routes.ts';
import { qrOf } from './qr.ts';
import { DepartementChoice, fill } from './DepartementChoice.tsx';
import { Sheet } from './Sheet.tsx';

export interface PosterTexts {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly sentence: string;
  /** By partner kind: « Proposé par votre médecin du travail ». */
  readonly from: Readonly<Record<string, string>>;
  readonly scan: string;
  readonly orType: string;
  readonly call: string;
  readonly say: string;
  readonly cost: string;
}

export interface BuilderProps {
  /** The site's public origin at build time (`Astro.site`); the browser uses its own `location.origin`. */
  readonly origin: string;
  /** Texts of the builder, in the page's language (pages.partenaires.builder.*, ui.geo.problem.*). */
  readonly texts: Readonly<Record<string, string>>;
  readonly kinds: readonly { readonly id: string; readonly label: string }[];
  readonly departements: readonly { readonly code: string; readonly name: string }[];
  /** The questionnaire's languages, each in its own name, with the questionnaire's path in it (`/en/questionnaire/`). */
  readonly languages: readonly { readonly locale: Locale; readonly name: string; readonly lang: string; readonly dir: 'ltr' | 'rtl'; readonly path: string }[];
  readonly locale: Locale;
  /** The poster's texts in each language of the questionnaire. */
  readonly posters: Readonly<Record<string, PosterTexts>>;
  readonly phone: { readonly display: string; readonly dial: string };
}

type Qui = '' | 'moi' | 'professionnel';

export default function LinkBuilder({ origin: builtOrigin, texts, kinds, departements, languages, locale, posters, phone }: BuilderProps) {
  const [running, setRunning] = useState(false);
  const [origin, setOrigin] = useState(builtOrigin);
  const [kind, setKind] = useState('autre');
  const [departement, setDepartement] = useState('');
  const [lang, setLang] = useState<Locale>(locale);
  const [qui, setQui] = useState<Qui>('');
  const [copyStatus, setCopyStatus] = useState('');
  const linkField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setOrigin(location.origin);
    setRunning(true);
    const reset = () => delete document.documentElement.dataset['print'];
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);

  const fragment = prefillFragment({ ...(qui ? { qui } : {}), ...(departement ? { departement } : {}) });
  const link = `${origin}${languages.find((l) => l.locale === lang)?.path ?? '/questionnaire/'}${fragment}`;
  const shortLink = link.replace(/^https?:\/\//, '');
  const qr = qrOf(link);
  const poster = posters[lang] ?? posters[locale];
  const copy = () => {
    // No clipboard here: the link is selected, ready to copy by hand.
    const fallback = () => {
      linkField.current?.select();
      setCopyStatus(texts['copyFailed'] ?? '');
    };
    if (navigator.clipboard) navigator.clipboard.writeText(link).then(() => setCopyStatus(texts['copied'] ?? ''), fallback);
    else fallback();
  };
  const print = (sheet: 'poster' | 'flyer') => {
    document.documentElement.dataset['print'] = sheet;
    window.print();
  };

  const qrLabel = fill(texts['qrAlt'] ?? '', { link: shortLink });
  const sheet = (variant: 'poster' | 'flyer', hidden = false) => (
    <Sheet variant={variant} hidden={hidden} poster={poster} from={kind !== 'autre' ? poster?.from[kind] : undefined} qr={qr} qrLabel={qrLabel} shortLink={shortLink} phone={phone.display} />
  );

  return (
    <div class="link-builder">
      {running ? (
        <form class="link-builder__form no-print" onSubmit={(event) => event.preventDefault()} noValidate>
          <div class="field">
            <label class="label" for="lien-type">{texts['kindLabel']}</label>
            <p class="hint" id="lien-type-hint">{texts['kindHint']}</p>
            <select class="select" id="lien-type" aria-describedby="lien-type-hint" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
              {kinds.map((k) => (
                <option value={k.id}>{k.label}</option>
              ))}
            </select>
          </div>

          <DepartementChoice texts={texts} departements={departements} departement={departement} onChange={setDepartement} />

          <fieldset class="fieldset">
            <legend class="label">{texts['langLegend']}</legend>
            <div class="choices">
              {languages.map((l) => (
                <div class="choice">
                  <input type="radio" name="lien-langue" id={`lien-langue-${l.locale}`} value={l.locale} checked={lang === l.locale} onChange={() => setLang(l.locale)} />
                  <label for={`lien-langue-${l.locale}`}>
                    <span lang={l.lang} dir={l.dir}>{l.name}</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset class="fieldset">
            <legend class="label">{texts['quiLegend']}</legend>
            <p class="hint" id="lien-qui-hint">{texts['quiHint']}</p>
            <div class="choices">
              {(['moi', 'professionnel'] as const).map((value) => (
                <div class="choice">
                  <input type="radio" name="lien-qui" id={`lien-qui-${value}`} value={value} checked={qui === value} aria-describedby="lien-qui-hint" onChange={() => setQui(value)} />
                  <label for={`lien-qui-${value}`}>{texts[`qui.${value}`]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </form>
      ) : null}

      <div class="link-builder__output no-print">
        <h3 id="lien-titre">{texts['linkTitle']}</h3>
        <p>{texts['noTracking']}</p>
        {running ? (
          <div class="field">
            <label class="label" for="lien-resultat">{texts['linkLabel']}</label>
            <input ref={linkField} id="lien-resultat" class="input" type="text" readOnly dir="ltr" value={link} onFocus={(e) => e.currentTarget.select()} />
          </div>
        ) : null}
        <p>
          <a href={link} class="link-builder__link">
            <bdi dir="ltr">{shortLink}</bdi>
          </a>
        </p>
        {running ? (
          <div class="btn-group">
            <button type="button" class="btn btn--secondary" onClick={copy}>{texts['copy']}</button>
            <a class="btn btn--secondary" href={qr.file} download="questionnaire-service-social-qr.svg">{texts['download']}</a>
            <button type="button" class="btn" onClick={() => print('poster')}>{texts['printPoster']}</button>
            <button type="button" class="btn btn--secondary" onClick={() => print('flyer')}>{texts['printFlyer']}</button>
          </div>
        ) : (
          <p>{texts['noscriptPrint']}</p>
        )}
        <p role="status">{copyStatus}</p>
        <h3>{texts['previewTitle']}</h3>
      </div>
      <div class="sheets">
        {sheet('poster')}
        <div class="flyer-page">
          {sheet('flyer')}
          {sheet('flyer', true)}
        </div>
      </div>
    </div>
  );
}
