/**
 * Opening the questionnaire from a link (loaded only when the URL fragment has a `=`; never the query string):
 * a partner's prefilled link (`#qui=professionnel&departement=83`, src/domain/prefill.ts) or a result link
 * (`#resultat=…`, src/domain/result-link.ts). Gives what the questionnaire starts with, and at most ONE note
 * for the person: which parts of the link were not understood, or why a result link cannot be opened.
 */
import type { TFunction } from 'i18next';
import type { VNode } from 'preact';
import type { Answers } from '../../domain/conditions.ts';
import type { Flow } from '../../domain/flow.ts';
import { parsePrefill } from '../../domain/prefill.ts';

export interface Prefill {
  readonly answers: Answers;
  /** Prefilled steps, passed over on the way and shown on « Vérifiez vos réponses ». */
  readonly skip: readonly string[];
  /** Where to start (the result, for a result link). */
  readonly at?: string;
  /** The one note to show on the first screen, if any. */
  readonly note?: VNode;
}

/**
 * The machine's result state (`RESULT` of src/domain/machine.ts), spelled out: importing machine.ts from this
 * chunk would make the bundler move the flow's modules out of the questionnaire's first chunk into one more request.
 * The browser test « a result link opens the same result » keeps the two in step.
 */
const RESULT = 'resultat';

/** Parts of a link named in the note: the first few, each cut short. */
const SHOWN = 5;
const CUT = 40;

function Note({ text, parts, more }: { readonly text: string; readonly parts?: readonly string[]; readonly more?: string }) {
  const [before, after] = text.split('\u0000');
  return (
    <p class="notice notice--warning" role="status" id="lien-note">
      {before}
      {parts?.map((part, i) => (
        <>
          {i > 0 ? ', ' : null}
          <q>
            <bdi dir="ltr">{part}</bdi>
          </q>
        </>
      ))}
      {more}
      {after}
    </p>
  );
}

/** What the questionnaire starts with for the link in `hash` (a `#…` with a `=`). Never throws for a bad link. */
export async function readLink(
  hash: string,
  flow: Flow,
  departements: readonly string[],
  t: TFunction,
): Promise<Prefill> {
  // A result link: its codec comes with the result's screens (end.ts), which it opens on.
  const end = hash.includes('resultat=') ? await import('./end.ts') : null;
  const result = end?.resultLinkOf(hash) ?? null;
  if (end && result !== null) {
    // The answers are on screen now: keep them out of this tab's history and of a copied address.
    history.replaceState(history.state, '', location.pathname);
    const decoded = end.decodeResult(flow, result, departements);
    if (decoded.ok) return { answers: decoded.answers, skip: [], at: RESULT };
    return { answers: {}, skip: [], note: <Note text={t(decoded.problem === 'outdated' ? 'ui.prefill.outdated' : 'ui.prefill.malformed')} /> };
  }
  const { answers, skip, ignored, dropped } = parsePrefill(flow, hash, departements);
  const count = ignored.length + dropped;
  if (count === 0) return { answers, skip };
  const parts = ignored.slice(0, SHOWN).map((part) => (part.length > CUT ? `${part.slice(0, CUT - 1)}…` : part));
  const more = count - parts.length;
  const text = t('ui.prefill.ignored', { count, parts: '\u0000' });
  return { answers, skip, note: <Note text={text} parts={parts} {...(more > 0 ? { more: ` ${t('ui.prefill.more', { count: more })}` } : {})} /> };
}
