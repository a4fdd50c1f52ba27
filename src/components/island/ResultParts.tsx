/** Small pieces of the result: the reasons (« Parce que vous avez indiqué »), an external link, notes. */
import type { ComponentChildren } from 'preact';
import type { Fact } from '../../domain/conditions.ts';
import type { Outcome } from '../../domain/orientation.ts';
import { keys } from '../../i18n/keys.ts';
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
          <li key={`${fact.question}-${fact.value}`}>{factText(t, data, fact)}</li>
        ))}
      </ul>
    </div>
  );
}

export function ExternalLink({ href, children }: { readonly href: string; readonly children: ComponentChildren }) {
  return (
    <a href={href} class="external" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** Notes of orientation.json, where their `placement` puts them. */
export function Notes({ screen, notes }: { readonly screen: ScreenContext; readonly notes: readonly Outcome[] }) {
  return (
    <>
      {notes.map((note) => (
        <p class="notice notice--warning result-note" key={note.id}>
          {screen.t(keys.note(note.id))}
        </p>
      ))}
    </>
  );
}
