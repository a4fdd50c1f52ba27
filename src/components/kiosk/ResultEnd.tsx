/**
 * The end of the result at the borne: take it away (a QR code of the result link, a printed ticket), change the
 * answers, or « Terminer » (everything wiped at once). The ticket is a print layout of its own (src/styles/kiosk.css):
 * an 80 mm receipt as long as its content, or A4 (src/content/borne.json `paper`).
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'preact/hooks';
import { createDirectory } from '../../domain/directory.ts';
import { orient } from '../../domain/orientation.ts';
import { resultFragment } from '../../domain/result-link.ts';
import { keys } from '../../i18n/keys.ts';
import { formatToday } from '../../i18n/dates.ts';
import { localePath, type Locale } from '../../i18n/routes.ts';
import { writtenAddress } from '../../kiosk/qr.ts';
import type { ScreenContext } from '../island/types.ts';
import { Qr } from './Qr.tsx';

export interface ResultEndProps {
  readonly screen: ScreenContext;
  readonly onEdit: () => void;
  readonly locale: Locale;
  readonly paper: '80mm' | 'A4';
  /** Content version printed on the ticket (flow and rules versions). */
  readonly version: string;
  readonly onEnd: () => void;
}

/** The result link: the site's questionnaire in this language, the answers in the fragment (never sent). */
export function resultUrl(screen: ScreenContext, locale: Locale): string {
  return `${location.origin}${localePath(locale, '/questionnaire/')}${resultFragment(screen.flow, screen.answers)}`;
}

const MM_PER_PX = 25.4 / 96;
/** Printable width of an 80 mm receipt (the printer's margins take the rest). */
const RECEIPT_MARGIN_MM = 4;

/** The page rule of the ticket, in a constructed stylesheet (the CSP allows no inline `<style>`). */
let pageSheet: CSSStyleSheet | null = null;

/** The `@page` rule in force for the ticket (tests read it). */
export function ticketPageRule(): string {
  return pageSheet ? [...pageSheet.cssRules].map((rule) => rule.cssText).join(' ') : '';
}

/** The page of the ticket: A4, or an 80 mm receipt exactly as long as the ticket (measured before printing). */
export function fitTicketPage(paper: '80mm' | 'A4'): void {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  }
  if (paper === 'A4') {
    pageSheet.replaceSync('@page { size: A4; margin: 15mm; }');
    return;
  }
  const ticket = document.querySelector<HTMLElement>('.ticket');
  let height = 200;
  if (ticket) {
    ticket.classList.add('ticket--measure');
    // A few millimetres to spare: a receipt's blank end costs nothing, a second piece would.
    height = Math.ceil(ticket.getBoundingClientRect().height * MM_PER_PX) + 2 * RECEIPT_MARGIN_MM + 8;
    ticket.classList.remove('ticket--measure');
  }
  pageSheet.replaceSync(`@page { size: 80mm ${height}mm; margin: ${RECEIPT_MARGIN_MM}mm; }`);
  document.documentElement.dataset['borneTicketPage'] = ticketPageRule();
}

function Ticket({ screen, url, version, paper }: { readonly screen: ScreenContext; readonly url: string; readonly version: string; readonly paper: '80mm' | 'A4' }) {
  const { t, flow, rules, directory, data, answers, lang } = screen;
  const o = orient(flow, rules, createDirectory(directory), answers);
  const today = formatToday(lang);
  const service = data.phones[data.servicePhone];
  const caisse = o.contact.caisse ? data.caisses[o.contact.caisse] : undefined;
  const phone = (id: string) => data.phones[id]?.display;
  // The other doors, as the result lists them (the support numbers have their own heading above).
  const redirections = o.doors;
  return (
    <section class={paper === 'A4' ? 'ticket ticket--a4' : 'ticket'} aria-labelledby="ticket-title">
      <h2 id="ticket-title" class="ticket__title">{t('kiosk.ticket.title')}</h2>
      <p>{t('kiosk.ticket.date', { date: today })}</p>
      {o.support ? (
        <>
          <h3>{t('ui.result.support.title')}</h3>
          <ul>
            {data.urgences.slice(0, 3).map((id) => (
              <li key={id}>{t(keys.phone(id, 'label'))} : <bdi dir="ltr">{phone(id)}</bdi></li>
            ))}
          </ul>
        </>
      ) : null}
      {o.axes.length > 0 ? (
        <>
          <h3>{t('kiosk.ticket.axes')}</h3>
          <ul>{o.axes.map((a) => <li key={a.id}>{t(keys.axe(a.id, 'title'))}</li>)}</ul>
        </>
      ) : null}
      {redirections.length > 0 ? (
        <>
          <h3>{t('kiosk.ticket.elsewhere')}</h3>
          <ul>
            {redirections.map((r) => (
              <li key={r.id}>
                {t(keys.redirection(r.id, 'title'))}
                {(data.redirections[r.id]?.phones ?? []).map((id) => <> · <bdi dir="ltr">{phone(id)}</bdi></>)}
                {(data.redirections[r.id]?.sites ?? []).map((id) => {
                  const site = data.sites[id];
                  return site ? <> · <bdi dir="ltr">{writtenAddress(site.url)}</bdi></> : null;
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {o.dispositifs.length > 0 ? (
        <>
          <h3>{t('kiosk.ticket.dispositifs')}</h3>
          <ul>{o.dispositifs.map((d) => <li key={d.id}>{t(keys.dispositif(d.id, 'name'))}</li>)}</ul>
        </>
      ) : null}
      <h3>{t('kiosk.ticket.contact')}</h3>
      <p>{t('kiosk.ticket.call', { number: service?.display ?? '3646' })}</p>
      {caisse ? <p>{t('kiosk.ticket.caisse', { name: caisse.name })}</p> : null}
      {o.contact.bals.length > 0 ? (
        <ul>
          {o.contact.bals.map((bal) => (
            <li key={bal.email}>
              {bal.sector ? `${t('ui.result.contact.sector', { sector: bal.sector })} ` : null}
              <bdi dir="ltr">{bal.email}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="ticket__qr">
        <Qr text={url} label={t('kiosk.takeAway.qrLabel')} />
        <p>{t('kiosk.ticket.qr')}</p>
      </div>
      <p class="ticket__small">{t('kiosk.ticket.version', { version })}</p>
      <p class="ticket__small">{t('kiosk.ticket.notKept')}</p>
    </section>
  );
}

export function ResultEnd({ screen, onEdit, locale, paper, version, onEnd }: ResultEndProps) {
  const { t } = screen;
  const url = resultUrl(screen, locale);
  const paperRef = useRef(paper);
  paperRef.current = paper;
  // The ticket's page is measured before every print (the print button, or the browser's own print).
  useEffect(() => {
    const fit = () => fitTicketPage(paperRef.current);
    fit();
    window.addEventListener('beforeprint', fit);
    return () => window.removeEventListener('beforeprint', fit);
  }, []);
  return (
    <div class="kiosk-end">
      <section class="kiosk-take-away" aria-labelledby="take-away-title">
        <h2 id="take-away-title">{t('kiosk.takeAway.title')}</h2>
        <div class="kiosk-take-away__qr">
          <Qr text={url} label={t('kiosk.takeAway.qrLabel')} class="kiosk-result-qr" />
          <p>{t('kiosk.takeAway.qr')}</p>
        </div>
        <div class="btn-group">
          <button
            type="button"
            class="btn btn--kiosk"
            onClick={() => {
              fitTicketPage(paper);
              window.print();
            }}
          >
            {t('kiosk.takeAway.print')}
          </button>
          <button type="button" class="btn btn--secondary btn--kiosk" onClick={onEdit}>{t('kiosk.takeAway.edit')}</button>
        </div>
      </section>
      <div class="kiosk-finish">
        <button type="button" class="btn btn--warning btn--kiosk btn--huge" onClick={onEnd} data-borne-end>{t('kiosk.takeAway.end')}</button>
        <p>{t('kiosk.takeAway.endHint')}</p>
      </div>
      <Ticket screen={screen} url={url} version={version} paper={paper} />
    </div>
  );
}

export type { TFunction };
