/**
 * The result (DESIGN.md §3): support numbers first when needed, the axes with their reasons, who to
 * contact, the other doors, the dispositifs that fit, information themes, then print / change / restart.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Fact } from '../../domain/conditions.ts';
import { createDirectory } from '../../domain/directory.ts';
import { answeredQuestions } from '../../domain/flow.ts';
import { orient, type Outcome } from '../../domain/orientation.ts';
import { keys } from '../../i18n/keys.ts';
import { Also } from './Also.tsx';
import { answerText, factText } from './format.ts';
import { useCommuneName } from '../geo-client.ts';
import { mailto } from './mailto.ts';
import { PhoneItem, PhoneLink, UrgentNumbers } from './Phones.tsx';
import type { ScreenContext } from './types.ts';

interface Props {
  readonly screen: ScreenContext;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly onEdit: () => void;
  readonly onRestart: () => void;
}

function Reasons({ screen, reasons, label }: { readonly screen: ScreenContext; readonly reasons: readonly Fact[]; readonly label: string }) {
  if (reasons.length === 0) return null;
  return (
    <div class="reasons">
      <p class="reasons__label">{label}</p>
      <ul>
        {reasons.map((fact) => (
          <li key={`${fact.question}-${fact.value}`}>
            {factText(screen.t, screen.data, fact)}
            <Also screen={screen} text={(fr) => factText(fr, screen.data, fact)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ToConfirm({ screen }: { readonly screen: ScreenContext }) {
  return <span class="tag tag--confirm">{screen.t('ui.toConfirm')}</span>;
}

/** Another site. At a borne, nothing leaves it: the borne shows it its way (a QR code and the address). */
function ExternalLink({ screen, href, children }: { readonly screen: ScreenContext; readonly href: string; readonly children: preact.ComponentChildren }) {
  const Target = screen.kiosk?.Target;
  if (Target) return <Target href={href}>{children}</Target>;
  return (
    <a href={href} class="external" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** A page of the site (French path); at a borne, its own page or, for a page it has not, its way. */
function PageLink({ screen, path, children }: { readonly screen: ScreenContext; readonly path: string; readonly children: preact.ComponentChildren }) {
  const Target = screen.kiosk?.Target;
  return Target ? <Target href={screen.href(path)}>{children}</Target> : <a href={screen.href(path)}>{children}</a>;
}

function Contacts({ screen }: { readonly screen: ScreenContext }) {
  const { t, flow, rules, directory, data, answers } = screen;
  const orientation = orient(flow, rules, createDirectory(directory), answers);
  const { contact } = orientation;
  const [withSummary, setWithSummary] = useState(false);
  const caisse = contact.caisse ? data.caisses[contact.caisse] : undefined;
  // Lozère, Mayotte: the caisse is still to confirm; say so, and what is known.
  const uncertain = data.departements.some((d) => d.code === contact.departement && d.toConfirm);
  const subject = t('ui.mail.subject');
  const commune = useCommuneName(answers['commune']);
  const summaryLines = answeredQuestions(flow, answers).map(
    (step) => t('ui.labelValue', { label: t(keys.question(step.id, 'check')), value: answerText(t, data, step, answers[step.id]) }),
  );
  if (commune) summaryLines.push(t('ui.labelValue', { label: t('ui.mail.commune'), value: commune }));
  const summary = withSummary ? { intro: t('ui.mail.intro'), lines: summaryLines, reminder: t('ui.mail.reminder') } : null;
  const ameli = data.sites['ameli'];
  return (
    <section class="section" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('ui.result.contact.title')}<Also screen={screen} k="ui.result.contact.title" /></h2>
      <ul class="card-list">
        <PhoneItem screen={screen} id={data.servicePhone} />
      </ul>
      {caisse ? (
        <p>
          {t('ui.result.contact.caisse')} <strong>{caisse.name}</strong>
          {uncertain ? <> <ToConfirm screen={screen} /></> : null}
        </p>
      ) : null}
      {caisse && uncertain && contact.departement ? <p>{t(keys.departementNote(contact.departement))}</p> : null}
      {contact.bals.length > 0 ? (
        <div class="bals">
          <h3>{t('ui.result.contact.balTitle', { count: contact.bals.length })}</h3>
          {contact.splitUnknown ? <p>{t('ui.result.contact.split')}</p> : null}
          <ul>
            {contact.bals.map((bal) => (
              <li key={bal.email}>
                {bal.sector ? <span>{t('ui.result.contact.sector', { sector: bal.sector })} </span> : null}
                {screen.kiosk ? (
                  <screen.kiosk.Target href={`mailto:${bal.email}`}><bdi dir="ltr">{bal.email}</bdi></screen.kiosk.Target>
                ) : (
                  <a href={mailto(bal.email, subject, summary)}>
                    <bdi dir="ltr">{bal.email}</bdi>
                  </a>
                )}{' '}
                <ToConfirm screen={screen} />
              </li>
            ))}
          </ul>
          {screen.kiosk ? null : <div class="choice no-print">
            <input
              id="mail-summary"
              type="checkbox"
              checked={withSummary}
              aria-describedby="mail-summary-hint"
              onChange={(event) => setWithSummary((event.currentTarget as HTMLInputElement).checked)}
            />
            <label for="mail-summary">{t('ui.mail.tick')}</label>
            <p class="hint" id="mail-summary-hint">{t('ui.mail.reminder')}</p>
          </div>}
        </div>
      ) : contact.departement ? (
        <p>{t('ui.result.contact.noBal')}</p>
      ) : null}
      {ameli ? (
        <p>
          {t('ui.result.contact.ameli')} <ExternalLink screen={screen} href={ameli.url}>ameli.fr</ExternalLink>
        </p>
      ) : null}
    </section>
  );
}

function RedirectionItem({ screen, outcome }: { readonly screen: ScreenContext; readonly outcome: Outcome }) {
  const { t, data } = screen;
  const redirection = data.redirections[outcome.id];
  return (
    <li class="card">
      <h3>{t(keys.redirection(outcome.id, 'title'))}<Also screen={screen} k={keys.redirection(outcome.id, 'title')} /></h3>
      <p>{t(keys.redirection(outcome.id, 'summary'))}<Also screen={screen} k={keys.redirection(outcome.id, 'summary')} /></p>
      {redirection?.phones.map((id) => (
        <p key={id}>
          {t('ui.labelValue', { label: t(keys.phone(id, 'label')), value: '' })}
          <PhoneLink screen={screen} id={id} />
        </p>
      ))}
      {redirection?.sites.map((id) => {
        const site = data.sites[id];
        return site ? (
          <p key={id}>
            <ExternalLink screen={screen} href={site.url}>{t(keys.site(id))}</ExternalLink>
          </p>
        ) : null;
      })}
      <Reasons screen={screen} reasons={outcome.reasons} label={t('ui.result.because')} />
    </li>
  );
}

export function Result({ screen, heading, onEdit, onRestart }: Props) {
  const { t, flow, rules, directory, data, answers, forOther } = screen;
  const o = orient(flow, rules, createDirectory(directory), answers);
  const notes = new Set(o.notes.map((n) => n.id));
  const otherRedirections = o.redirections.filter((r) => r.id !== 'urgence');
  const nothing = o.axes.length === 0 && otherRedirections.length === 0 && o.dispositifs.length === 0;
  const today = new Date().toLocaleDateString(screen.lang, { day: 'numeric', month: 'long', year: 'numeric' });
  const you = forOther ? 'Other' : '';

  // A printed result shows every detail.
  useEffect(() => {
    const openAll = () => document.querySelectorAll('.result details').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);

  return (
    <div class="result">
      <h1 tabIndex={-1} ref={heading}>{t('ui.result.title')}<Also screen={screen} k="ui.result.title" /></h1>
      <p class="muted">{t('ui.result.date', { date: today })}</p>

      {o.support ? (
        <section class="notice notice--urgent" aria-labelledby="support-title">
          <h2 class="notice__title" id="support-title">{t('ui.result.support.title')}<Also screen={screen} k="ui.result.support.title" /></h2>
          <p>{t('ui.result.support.body')}<Also screen={screen} k="ui.result.support.body" /></p>
          <UrgentNumbers screen={screen} limit={3} />
          <p>
            <PageLink screen={screen} path="/aide-urgente/">{t('ui.result.support.more')}</PageLink>
          </p>
        </section>
      ) : null}

      <div class="notice">
        <p>{t('ui.result.level2')}<Also screen={screen} k="ui.result.level2" /></p>
      </div>

      {!o.inScope ? (
        <section class="section" aria-labelledby="elsewhere-title">
          <h2 id="elsewhere-title">{t('ui.result.outOfScope.title')}<Also screen={screen} k="ui.result.outOfScope.title" /></h2>
          <p>{t(`ui.result.outOfScope.body${you}`)}<Also screen={screen} k={`ui.result.outOfScope.body${you}`} /></p>
          <ul class="card-list">
            {otherRedirections.map((r) => (
              <RedirectionItem key={r.id} screen={screen} outcome={r} />
            ))}
          </ul>
        </section>
      ) : (
        <>
          <section class="section" aria-labelledby="axes-title">
            <h2 id="axes-title">{t('ui.result.axes.title')}<Also screen={screen} k="ui.result.axes.title" /></h2>
            {o.axes.length > 0 ? (
              <ul class="card-list">
                {o.axes.map((axe) => (
                  <li class="card" key={axe.id}>
                    <h3>{t(keys.axe(axe.id, 'title'))}<Also screen={screen} k={keys.axe(axe.id, 'title')} /></h3>
                    <p>{t(keys.axe(axe.id, 'what'))}<Also screen={screen} k={keys.axe(axe.id, 'what')} /></p>
                    {axe.id === 'pdp' && notes.has('avant_fin_contrat') ? (
                      <p class="notice notice--warning">
                        <strong>{t('ui.result.notes.avant_fin_contrat')}</strong>
                      </p>
                    ) : null}
                    <Reasons screen={screen} reasons={axe.reasons} label={t(`ui.result.because${you}`)} />
                    <p>
                      <PageLink screen={screen} path={`/axes/${axe.id}/`}>{t('ui.result.axes.more', { title: t(keys.axe(axe.id, 'title')) })}</PageLink>
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t(nothing ? 'ui.result.nothing' : 'ui.result.axes.none')}<Also screen={screen} k={nothing ? 'ui.result.nothing' : 'ui.result.axes.none'} /></p>
            )}
          </section>
          <Contacts screen={screen} />
          {otherRedirections.length > 0 ? (
            <section class="section" aria-labelledby="redirections-title">
              <h2 id="redirections-title">{t('ui.result.redirections.title')}<Also screen={screen} k="ui.result.redirections.title" /></h2>
              <ul class="card-list">
                {otherRedirections.map((r) => (
                  <RedirectionItem key={r.id} screen={screen} outcome={r} />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}

      {o.dispositifs.length > 0 ? (
        <section class="section" aria-labelledby="dispositifs-title">
          <h2 id="dispositifs-title">{t('ui.result.dispositifs.title')}<Also screen={screen} k="ui.result.dispositifs.title" /></h2>
          <p>{t('ui.result.dispositifs.intro')}</p>
          <ul class="card-list">
            {o.dispositifs.map((d) => {
              const info = data.dispositifs[d.id];
              const note = t(keys.dispositif(d.id, 'note'), { defaultValue: '' });
              return (
                <li class="card" key={d.id} id={`dispositif-${d.id}`}>
                  <h3>
                    {t(keys.dispositif(d.id, 'name'))} {info?.toConfirm ? <ToConfirm screen={screen} /> : null}
                    <Also screen={screen} k={keys.dispositif(d.id, 'name')} />
                  </h3>
                  <p>{t(keys.dispositif(d.id, 'summary'))}<Also screen={screen} k={keys.dispositif(d.id, 'summary')} /></p>
                  <details class="details">
                    <summary>
                      {t('ui.result.dispositifs.details')}
                      <span class="visually-hidden">{t('ui.labelValue', { label: '', value: t(keys.dispositif(d.id, 'name')) })}</span>
                    </summary>
                    <dl class="meta">
                      <dt>{t('ui.result.dispositifs.who')}</dt>
                      <dd>{t(keys.dispositif(d.id, 'who'))}</dd>
                      <dt>{t('ui.result.dispositifs.when')}</dt>
                      <dd>{t(keys.dispositif(d.id, 'when'))}</dd>
                      <dt>{t('ui.result.dispositifs.ask')}</dt>
                      <dd>{t(keys.dispositif(d.id, 'ask'))}</dd>
                    </dl>
                    {note ? <p class="inset">{note}</p> : null}
                    {info ? (
                      <p>
                        <ExternalLink screen={screen} href={info.url}>
                          {t('ui.result.dispositifs.official')}
                          <span class="visually-hidden">{t('ui.labelValue', { label: '', value: t(keys.dispositif(d.id, 'name')) })}</span>
                        </ExternalLink>
                      </p>
                    ) : null}
                    <Reasons screen={screen} reasons={d.reasons} label={t(`ui.result.because${you}`)} />
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {o.themes.length > 0 ? (
        <section class="section" aria-labelledby="themes-title">
          <h2 id="themes-title">{t('ui.result.themes.title')}<Also screen={screen} k="ui.result.themes.title" /></h2>
          <ul class="card-list">
            {o.themes.map((theme) => {
              const info = data.themes[theme.id];
              return (
                <li class="card" key={theme.id}>
                  <h3>
                    {t(keys.theme(theme.id, 'title'))}{' '}
                    {info?.kind === 'information' ? <span class="tag tag--info">{t('ui.result.themes.information')}</span> : null}{' '}
                    {info?.toConfirm ? <ToConfirm screen={screen} /> : null}
                    <Also screen={screen} k={keys.theme(theme.id, 'title')} />
                  </h3>
                  <p>{t(keys.theme(theme.id, 'summary'))}<Also screen={screen} k={keys.theme(theme.id, 'summary')} /></p>
                  <Reasons screen={screen} reasons={theme.reasons} label={t(`ui.result.because${you}`)} />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {['regime_incertain', 'contrat_termine', 'pour_un_proche']
        .filter((id) => notes.has(id))
        .map((id) => (
          <p class="notice notice--plain" key={id}>{t(`ui.result.notes.${id}`)}<Also screen={screen} k={`ui.result.notes.${id}`} /></p>
        ))}

      {screen.kiosk ? (
        <screen.kiosk.ResultEnd screen={screen} onEdit={onEdit} />
      ) : (
        <div class="btn-group no-print">
          <button type="button" class="btn" onClick={() => window.print()}>{t('ui.result.print')}</button>
          <button type="button" class="btn btn--secondary" onClick={onEdit}>{t('ui.result.edit')}</button>
          <button type="button" class="btn btn--secondary" onClick={onRestart}>{t('ui.restart')}</button>
        </div>
      )}
    </div>
  );
}
