/**
 * The `departement` step's field: a postal code or commune combobox (WAI-ARIA APG combobox with a listbox
 * popup: Up/Down, Enter, Escape, aria-activedescendant, a polite count of results) above the plain <select>
 * of départements. The <select> is the only control until the geo index is loaded (and without JavaScript),
 * and stays the fallback: a person can always pick their département there.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { MutableRef } from 'preact/hooks';
import { useEffect, useRef, useState } from 'preact/hooks';
import { lookup, type Commune, type GeoProblem } from '../../domain/geo.ts';
import { useGeoIndex } from '../geo-client.ts';
import { Also } from './Also.tsx';
import { questionTitle } from './format.ts';
import type { ScreenContext } from './types.ts';

/** What "Continuer" gives: an answer, a problem to show at the field, or nothing usable (the step's own error). */
export type DepartementAnswer =
  | { readonly kind: 'answer'; readonly value: string; readonly commune?: string }
  | { readonly kind: 'problem'; readonly problem: GeoProblem | 'choose' }
  | { readonly kind: 'none' };

export interface DepartementResolver {
  resolve(): DepartementAnswer;
  /** The id of the postal code / commune input (the error summary links to it for a problem with what was typed). */
  readonly entryId: string;
}

interface Props {
  readonly screen: ScreenContext;
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  readonly hintId: string;
  readonly errorId: string;
  readonly errorMessage: ComponentChildren;
  /** The message shown is about the typed entry (not the list). */
  readonly entryError: boolean;
  readonly error: boolean;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly resolver: MutableRef<DepartementResolver | null>;
}

const LIMIT = 10;

export function DepartementField({ screen, id, title, hint, hintId, errorId, errorMessage, entryError, error, heading, resolver }: Props) {
  const { t, data, answers } = screen;
  const index = useGeoIndex();
  const codes = data.departements.map((d) => d.code);
  const answered = typeof answers[id] === 'string' ? (answers[id] as string) : '';
  const answeredCommune = typeof answers['commune'] === 'string' ? (answers['commune'] as string) : '';
  const [departement, setDepartement] = useState(answered);
  const [text, setText] = useState('');
  const [commune, setCommune] = useState<Commune | null>(null);
  const [found, setFound] = useState<{ readonly communes: readonly Commune[]; readonly total: number; readonly postal: string | null } | null>(null);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  // Which control the person used last: what they typed wins over an older choice in the list, and back.
  const last = useRef<'text' | 'list' | 'commune'>(answeredCommune ? 'commune' : 'list');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Closing the list on blur waits a moment: the list is in the page's flow, so closing it at once would move
  // the « Continuer » button away from under a click that is going on.
  const blurTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelBlur = () => {
    if (blurTimer.current) clearTimeout(blurTimer.current);
    blurTimer.current = null;
  };

  const comboId = `${id}-recherche`;
  const listId = `${id}-communes`;
  const optionId = (c: Commune) => `${id}-commune-${c.insee}`;
  const departementLabel = (code: string) => {
    const d = data.departements.find((x) => x.code === code);
    return d ? `${d.name} (${d.code})` : code;
  };
  const postalOf = (c: Commune, postal: string | null) => (postal && c.postalCodes.includes(postal) ? postal : (c.postalCodes[0] ?? ''));
  const optionText = (c: Commune, postal: string | null) =>
    t('ui.geo.option', { name: c.name, postalCode: postalOf(c, postal), departement: departementLabel(c.departement) });

  // Coming back to the step (change from « Vérifiez vos réponses »): show the commune chosen before.
  useEffect(() => {
    if (!index || !answeredCommune || commune) return;
    const c = index.communes.find((x) => x.insee === answeredCommune);
    if (c && c.departement === answered) {
      setCommune(c);
      setText(c.name);
    }
  }, [index]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
    cancelBlur();
  }, []);

  const announce = (message: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(message), 400);
  };

  const search = (value: string) => {
    if (!index) return null;
    return lookup(index, value, codes, LIMIT);
  };

  const onInput = (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setText(value);
    setCommune(null);
    last.current = 'text';
    const result = search(value);
    setActive(-1);
    if (result?.kind === 'communes') {
      setFound({ communes: result.communes, total: result.total, postal: result.query.kind === 'postal' ? result.query.code : null });
      setExpanded(true);
      announce(
        result.total > result.communes.length
          ? t('ui.geo.countMore', { total: result.total, shown: result.communes.length })
          : t('ui.geo.count', { count: result.total }),
      );
    } else {
      setFound(null);
      setExpanded(false);
      announce(result?.kind === 'problem' && (result.problem === 'postalUnknown' || result.problem === 'nameUnknown') ? t('ui.geo.none') : '');
    }
  };

  const choose = (c: Commune) => {
    setCommune(c);
    setText(c.name);
    setDepartement(c.departement);
    setExpanded(false);
    setActive(-1);
    last.current = 'commune';
    announce(t('ui.geo.chosen', { name: c.name, postalCode: postalOf(c, found?.postal ?? null), departement: departementLabel(c.departement) }));
  };

  const options = found?.communes ?? [];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      if (!expanded) {
        setExpanded(true);
        setActive(down ? 0 : options.length - 1);
      } else {
        setActive((i) => (down ? (i + 1) % options.length : i <= 0 ? options.length - 1 : i - 1));
      }
    } else if (event.key === 'Enter') {
      const c = expanded && active >= 0 ? options[active] : undefined;
      if (c) {
        event.preventDefault();
        choose(c);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setExpanded(false);
        setActive(-1);
      } else if (text !== '') {
        event.preventDefault();
        setText('');
        setCommune(null);
        setFound(null);
        last.current = 'list';
      }
    }
  };

  // Keep the active option in view in a scrolled list.
  useEffect(() => {
    const c = options[active];
    if (c && typeof document !== 'undefined') document.getElementById(optionId(c))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  resolver.current = {
    entryId: comboId,
    resolve(): DepartementAnswer {
      cancelBlur();
      if (commune && last.current === 'commune' && commune.departement === departement) {
        return { kind: 'answer', value: departement, commune: commune.insee };
      }
      if (last.current === 'text' && text.trim() !== '' && index) {
        const result = lookup(index, text, codes, LIMIT);
        if (result.kind === 'problem') {
          if (result.problem === 'departementCode' && result.departement) {
            setDepartement(result.departement);
            last.current = 'list';
          }
          return { kind: 'problem', problem: result.problem };
        }
        const exact = result.communes.filter((c) => result.query.kind === 'name' && c.key === result.query.key);
        const only = result.total === 1 ? result.communes[0] : exact.length === 1 ? exact[0] : undefined;
        if (only) {
          choose(only);
          return { kind: 'answer', value: only.departement, commune: only.insee };
        }
        setFound({ communes: result.communes, total: result.total, postal: result.query.kind === 'postal' ? result.query.code : null });
        setExpanded(true);
        return { kind: 'problem', problem: 'choose' };
      }
      if (departement !== '') {
        return commune && commune.departement === departement
          ? { kind: 'answer', value: departement, commune: commune.insee }
          : { kind: 'answer', value: departement };
      }
      return { kind: 'none' };
    },
  };

  const activeOption = expanded ? options[active] : undefined;
  const comboDescribedBy = [`${comboId}-hint`, error && entryError ? errorId : '', commune ? `${comboId}-chosen` : ''].filter(Boolean).join(' ');
  const selectDescribedBy = [hintId, error && !entryError ? errorId : ''].filter(Boolean).join(' ');

  return (
    <div class={error ? 'field field--error' : 'field'}>
      <h1 class="legend--page" tabIndex={-1} ref={heading}>
        <label for={id}>{title}<Also screen={screen} text={(fr) => questionTitle(fr, id, screen.forOther)} /></label>
      </h1>
      <p class="hint" id={hintId}>{hint}</p>
      {errorMessage}
      {index ? (
        <div class="field">
          <label class="label" for={comboId}>{t('ui.geo.label')}</label>
          <p class="hint" id={`${comboId}-hint`}>{t('ui.geo.hint')}</p>
          <div class="combobox">
            <input
              id={comboId}
              class={error && entryError ? 'input input--error' : 'input'}
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
              aria-describedby={comboDescribedBy}
              autocomplete="off"
              inputMode={screen.kiosk ? 'none' : undefined}
              autocapitalize="off"
              spellcheck={false}
              value={text}
              onInput={onInput}
              onKeyDown={onKeyDown}
              onFocus={cancelBlur}
              onBlur={() => {
                cancelBlur();
                blurTimer.current = setTimeout(() => {
                  setExpanded(false);
                  setActive(-1);
                }, 300);
              }}
            />
            <ul id={listId} role="listbox" aria-label={t('ui.geo.listLabel')} class="combobox__list" hidden={!expanded || options.length === 0}>
              {options.map((c, i) => (
                <li
                  key={c.insee}
                  id={optionId(c)}
                  role="option"
                  class="combobox__option"
                  aria-selected={i === active}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(c)}
                >
                  {optionText(c, found?.postal ?? null)}
                </li>
              ))}
            </ul>
          </div>
          {screen.kiosk ? <screen.kiosk.Keypad input={comboId} /> : null}
          <p class="visually-hidden" role="status" aria-atomic="true">{status}</p>
          {commune ? (
            <p class="inset" id={`${comboId}-chosen`}>
              {t('ui.geo.chosen', { name: commune.name, postalCode: postalOf(commune, found?.postal ?? null), departement: departementLabel(commune.departement) })}
            </p>
          ) : null}
          <p class="choices__or">{t('ui.geo.orList')}</p>
        </div>
      ) : null}
      <select
        class={error && !entryError ? 'select input--error' : 'select'}
        id={id}
        name={id}
        aria-describedby={selectDescribedBy}
        value={departement}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          setDepartement(value);
          last.current = 'list';
          if (commune && commune.departement !== value) setCommune(null);
        }}
      >
        <option value="">{t('ui.departement.choose')}</option>
        {data.departements.map((d) => (
          <option value={d.code} selected={d.code === departement}>{`${d.code} – ${d.name}`}</option>
        ))}
      </select>
    </div>
  );
}
