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
import { classify } from '../../domain/geo.ts';
import { prefillFragment } from '../../domain/prefill-fragment.ts';
import type { Locale } from '../../i18n/routes.ts';
import { lookupTyped } from '../geo-load.ts';
import { qrOf } from './qr.ts';

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

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

export default function LinkBuilder({ origin: builtOrigin, texts, kinds, departements, languages, locale, posters, phone }: BuilderProps) {
  const [running, setRunning] = useState(false);
  const [origin, setOrigin] = useState(builtOrigin);
  const [kind, setKind] = useState('autre');
  const [departement, setDepartement] = useState('');
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState('');
  const [typedStatus, setTypedStatus] = useState('');
  const [lang, setLang] = useState<Locale>(locale);
  const [qui, setQui] = useState<Qui>('');
  const [copyStatus, setCopyStatus] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const typedField = useRef<HTMLInputElement>(null);

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
  const departementName = (code: string) => {
    const d = departements.find((x) => x.code === code);
    return d ? `${d.name} (${d.code})` : code;
  };
  const codes = departements.map((d) => d.code);

  const showProblem = (message: string) => {
    setTypedStatus('');
    setTypedError(message);
    typedField.current?.focus();
  };
  const choose = (code: string, message: string) => {
    setDepartement(code);
    setTypedError('');
    setTypedStatus(message);
  };
  // The same reading, and the same messages, as the questionnaire's département step (src/domain/geo.ts).
  const applyTyped = (event: Event) => {
    event.preventDefault();
    const query = classify(typed, codes);
    if (query.kind === 'problem') {
      if (query.problem === 'departementCode' && query.departement) {
        choose(query.departement, fill(texts['depChosen'] ?? '', { departement: departementName(query.departement) }));
      } else showProblem(texts[`problem.${query.problem}`] ?? '');
      return;
    }
    // Only the piece of the geo index for the first digit or letter typed is fetched (src/components/geo-load.ts).
    lookupTyped(typed, codes, 1000).then(
      (result) => {
        if (result.kind === 'problem') return showProblem(texts[`problem.${result.problem}`] ?? '');
        // A name: the communes of exactly that name first (« Saint-Denis »: 93 and 974).
        const exact = result.communes.filter((c) => result.query.kind === 'name' && c.key === result.query.key);
        const found = [...new Set((exact.length > 0 ? exact : result.communes).map((c) => c.departement))];
        const only = found[0];
        if (found.length === 1 && only) choose(only, fill(texts['depChosen'] ?? '', { departement: departementName(only) }));
        else showProblem(fill(texts['depSeveral'] ?? '', { list: found.slice(0, 6).map(departementName).join(', ') + (found.length > 6 ? '…' : '') }));
      },
      () => showProblem(texts['geoUnavailable'] ?? ''),
    );
  };

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

  const code = (label: string) => (
    <svg class="qr" viewBox={qr.viewBox} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect x="-4" y="-4" width="100%" height="100%" fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
  const qrLabel = fill(texts['qrAlt'] ?? '', { link: shortLink });
  const sheet = (variant: 'poster' | 'flyer', hidden = false) => (
    <div class={`sheet sheet--${variant}`} lang={poster?.lang} dir={poster?.dir} aria-hidden={hidden ? 'true' : undefined}>
      <p class="sheet__title">{poster?.title}</p>
      <p class="sheet__sentence">{poster?.sentence}</p>
      {kind !== 'autre' && poster?.from[kind] ? <p class="sheet__from">{poster.from[kind]}</p> : null}
      {code(qrLabel)}
      <p class="sheet__scan">{poster?.scan}</p>
      <p class="sheet__url">
        {poster?.orType} <bdi dir="ltr">{shortLink}</bdi>
      </p>
      <p class="sheet__call">
        {poster?.call} <bdi dir="ltr" class="sheet__phone">{phone.display}</bdi>
        <span class="sheet__say"> {poster?.say}</span>
      </p>
      <p class="sheet__cost">{poster?.cost}</p>
    </div>
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

          <div class="field">
            <label class="label" for="lien-departement">{texts['depLabel']}</label>
            <p class="hint" id="lien-departement-hint">{texts['depHint']}</p>
            <select
              class="select"
              id="lien-departement"
              aria-describedby="lien-departement-hint"
              value={departement}
              onChange={(e) => {
                setDepartement(e.currentTarget.value);
                setTypedError('');
                setTypedStatus('');
              }}
            >
              <option value="">{texts['depAll']}</option>
              {departements.map((d) => (
                <option value={d.code}>{`${d.code} – ${d.name}`}</option>
              ))}
            </select>
            <div class={typedError ? 'field field--error lien-saisie' : 'field lien-saisie'}>
              <label class="label" for="lien-saisie">{texts['typedLabel']}</label>
              <p class="hint" id="lien-saisie-hint">{texts['typedHint']}</p>
              {typedError ? (
                <p class="error-message" id="lien-saisie-error">
                  <span class="visually-hidden">{texts['errorPrefix']} </span>
                  {typedError}
                </p>
              ) : null}
              <div class="lien-saisie__row">
                <input
                  ref={typedField}
                  class={typedError ? 'input input--error' : 'input'}
                  id="lien-saisie"
                  type="text"
                  autocomplete="off"
                  spellcheck={false}
                  aria-describedby={typedError ? 'lien-saisie-hint lien-saisie-error' : 'lien-saisie-hint'}
                  aria-invalid={typedError ? 'true' : undefined}
                  value={typed}
                  onInput={(e) => setTyped(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') applyTyped(e);
                  }}
                />
                <button type="button" class="btn btn--secondary" onClick={applyTyped}>{texts['typedButton']}</button>
              </div>
              <p class={typedStatus ? "inset" : undefined} role="status">{typedStatus}</p>
            </div>
          </div>

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
