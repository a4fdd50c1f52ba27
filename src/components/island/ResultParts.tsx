/**
 * Small pieces of the result: the reasons (« Parce que vous avez indiqué »), an external link, a link to a page of
 * the site, notes. At a borne (`screen.kiosk`), links go through its `Target` (nothing leaves the borne) and the
 * French is shown alongside when asked (`Also`).
 */
import type { ComponentChildren } from 'preact';
import type { Fact } from '../../domain/conditions.ts';
import type { Outcome } from '../../domain/orientation.ts';
import { keys } from '../../i18n/keys.ts';
import { Also } from './Also.tsx';
import { factText } from './format.ts';
import type { ScreenContext } from './types.ts';

export function Reasons({ screen, reasons }: { readonly screen: ScreenContext; readonly reasons: readonly Fact[] }) {
  if (reasons.length === 0) return null;
  const { t, data, forOther } = screen;
  return (
    <div class="reasons">
      <p class="reasons__label">{t(forOther ? 'ui.result.becauseOther' : 'ui.result.because')}</p>
      <ul>
        {reasons.map((fact) => (
          <li key={`${fact.question}-${fact.value}`}>
            {factText(t, data, fact)}
            <Also screen={screen} text={(fr) => factText(fr, data, fact)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Another site. At a borne, nothing leaves it: the borne shows it its way (a QR code and the address). */
export function ExternalLink({ screen, href, children }: { readonly screen: ScreenContext; readonly href: string; readonly children: ComponentChildren }) {
  const Target = screen.kiosk?.Target;
  if (Target) return <Target href={href}>{children}</Target>;
  return (
    <a href={href} class="external" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** A page of the site (its French path); at a borne, its own page or, for a page it has not, its way. */
export function PageLink({ screen, path, children }: { readonly screen: ScreenContext; readonly path: string; readonly children: ComponentChildren }) {
  const Target = screen.kiosk?.Target;
  return Target ? <Target href={screen.href(path)}>{children}</Target> : <a href={screen.href(path)}>{children}</a>;
}

/** Notes of orientation.json, where their `placement` puts them. */
export function Notes({ screen, notes }: { readonly screen: ScreenContext; readonly notes: readonly Outcome[] }) {
  return (
    <>
      {notes.map((note) => (
        <p class="notice notice--warning result-note" key={note.id}>
          {screen.t(keys.note(note.id))}
          <Also screen={screen} k={keys.note(note.id)} />
        </p>
      ))}
    </>
  );
}
