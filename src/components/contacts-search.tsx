/**
 * The contacts page's search, in the browser: a postal code or a commune name → the contact of its
 * département, rendered by the same ContactCard as the result (so the two cannot drift), with the texts and
 * plurals of i18next (Arabic's six forms). It searches as the person types (debounced, no error shown while
 * typing) and on « Chercher » (errors shown at the field). The geo index is fetched once, on first use; what
 * is typed never leaves the device. If it cannot be had, a note says so and what to do instead.
 */
import { render } from 'preact';
import i18next, { type TFunction } from 'i18next';
import type { Commune } from '../domain/geo.ts';
import { ContactCard, type ContactBal, type ContactPhone } from './ContactCard.tsx';
import { lookupTyped } from './geo-load.ts';

export interface ContactsSearchData {
  readonly lang: string;
  /** The texts the search needs (ui.contact, ui.result.contact, ui.geo, phone.<id>, pages.contacts), all plural forms. */
  readonly texts: Record<string, unknown>;
  readonly departements: Readonly<Record<string, {
    readonly name: string;
    readonly caisse: { readonly id: string; readonly name: string } | null;
    readonly note: string | null;
    readonly bals: readonly ContactBal[];
  }>>;
  /** commune INSEE code → BAL email (bals.json `communes`). */
  readonly communes: Readonly<Record<string, string>>;
  readonly codes: readonly string[];
  readonly phone: ContactPhone;
  readonly ameli: { readonly url: string; readonly label: string };
}

/** How long the search waits after the last key before it runs. */
export const TYPING_DELAY_MS = 300;
const LIMIT = 20;

function Result({ t, data, commune, postal }: { readonly t: TFunction; readonly data: ContactsSearchData; readonly commune: Commune; readonly postal: string | null }) {
  const d = data.departements[commune.departement];
  if (!d) return null;
  const postalCode = postal && commune.postalCodes.includes(postal) ? postal : (commune.postalCodes[0] ?? '');
  const departement = `${d.name} (${commune.departement})`;
  const chosen = data.communes[commune.insee];
  const bals = chosen && d.bals.some((b) => b.email === chosen) ? d.bals.filter((b) => b.email === chosen) : d.bals;
  return (
    <li class="card">
      <h4 class="geo-result__title">{t('pages.contacts.searchCommune', { name: commune.name, postalCode, departement })}</h4>
      <ContactCard
        t={t}
        phone={data.phone}
        caisse={d.caisse}
        caisseNote={d.note}
        mail
        bals={bals}
        splitUnknown={bals.length > 1}
        departementKnown
        ameli={data.ameli}
      />
      <p>
        <a href={`#departement-${commune.departement}`}>{t('pages.contacts.searchRow', { departement })}</a>
      </p>
    </li>
  );
}

export function startContactsSearch(root: HTMLElement, data: ContactsSearchData): void {
  const form = root.querySelector<HTMLFormElement>('[data-geo-form]');
  const input = root.querySelector<HTMLInputElement>('#recherche-commune');
  const status = root.querySelector<HTMLElement>('[data-geo-status]');
  const error = root.querySelector<HTMLElement>('[data-geo-error]');
  const section = root.querySelector<HTMLElement>('[data-geo-section]');
  const list = root.querySelector<HTMLUListElement>('[data-geo-results]');
  if (!form || !input || !list) return;
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: data.lang,
    resources: { [data.lang]: { translation: data.texts } },
    initAsync: false,
    keySeparator: '.',
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  const t = i18n.t.bind(i18n);

  const showError = (message: string | null) => {
    if (error) {
      error.hidden = message === null;
      render(message === null ? null : <><span class="visually-hidden">{t('ui.error.prefix')} </span>{message}</>, error);
    }
    input.classList.toggle('input--error', message !== null);
    input.setAttribute('aria-describedby', message === null ? 'recherche-commune-hint' : 'recherche-commune-hint recherche-commune-error');
    if (message === null) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  };
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const show = (communes: readonly Commune[], postal: string | null) => {
    render(<>{communes.map((c) => <Result key={c.insee} t={t} data={data} commune={c} postal={postal} />)}</>, list);
    if (section) section.hidden = communes.length === 0;
  };
  // The communes cannot be had (offline, a server error): say so, and what to do instead (the table below, the
  // 3646). Searching again tries again.
  const note = root.querySelector<HTMLElement>('[data-geo-unavailable]');
  const unavailable = () => {
    if (!note) return;
    const [before = '', after = ''] = t('pages.contacts.searchUnavailable', { button: t('pages.contacts.searchButton'), phone: '{{phone}}' }).split('{{phone}}');
    render(<>{before}<a href={`tel:${data.phone.dial}`}><bdi dir="ltr">{data.phone.display}</bdi></a>{after}</>, note);
    note.hidden = false;
    show([], null);
  };

  /** `typing`: the person has not asked yet; a problem is not an error, only nothing found. */
  let latest = 0;
  const search = (typing: boolean) => {
    const ticket = ++latest;
    return lookupTyped(input.value, data.codes, LIMIT).then(
      (result) => {
        if (ticket !== latest) return; // an older search answered after a newer one was asked
        if (note) note.hidden = true;
        if (result.kind === 'problem') {
          show([], null);
          if (typing) {
            // Still typing: only say that nothing matches what could be complete (a known form, not found).
            showError(null);
            say(result.problem === 'postalUnknown' || result.problem === 'nameUnknown' ? t('ui.geo.none') : '');
            return;
          }
          const message = t(`ui.geo.problem.${result.problem}`);
          showError(message);
          say(message);
          input.focus();
          return;
        }
        showError(null);
        show(result.communes, result.query.kind === 'postal' ? result.query.code : null);
        say(
          result.total > result.communes.length
            ? t('ui.geo.countMore', { total: result.total, shown: result.communes.length })
            : t('pages.contacts.searchCount', { count: result.total }),
        );
      },
      () => {
        if (ticket === latest) unavailable();
      },
    );
  };

  form.hidden = false;
  // Nothing is fetched until a search: then only the piece of the geo index for the first digit or letter typed
  // (geo-load.ts), so a request reveals no more than that.
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(true), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(false);
  });
}
