/**
 * The `departement` step's control (its layout, the heading and the switch are DepartementStep.tsx's): either
 * the postal code / commune combobox (WAI-ARIA APG combobox with a listbox popup: Up/Down, Enter, Escape,
 * aria-activedescendant, a polite count of results) or the plain <select> of départements, one at a time.
 * What is typed is looked up on the device in the piece of the geo index for its first digit or letter
 * (src/components/geo-load.ts), fetched when needed.
 */
import type { MutableRef } from 'preact/hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Commune, GeoProblem, GeoResult } from '../../domain/geo.ts';
import { communeByInsee, loadedCommune, lookupTyped, lookupTypedNow, unsettled } from '../geo-load.ts';
import { rememberCommune } from '../geo-client.ts';
import { entryIdOf, type DepartementMode } from './DepartementStep.tsx';
import type { ScreenContext } from './types.ts';

/** What "Continuer" gives: an answer, a problem to show at the field, or nothing usable (the step's own error). */
export type DepartementAnswer =
  | { readonly kind: 'answer'; readonly value: string; readonly commune?: string }
  | { readonly kind: 'problem'; readonly problem: GeoProblem | 'choose' | 'unavailable' }
  | { readonly kind: 'none' };

export interface DepartementResolver {
  resolve(): Promise<DepartementAnswer>;
  /** The id of the control shown (the error summary links to it). */
  readonly controlId: string;
}

interface Props {
  readonly screen: ScreenContext;
  readonly id: string;
  /** What was typed or chosen in the placeholders before this code came, and whether the field had the focus. */
  readonly before: { readonly text: string; readonly focused: boolean; readonly departement: string };
  readonly mode: DepartementMode;
  readonly onMode: (mode: DepartementMode) => void;
  readonly errorId: string;
  /** The message shown is about the typed entry (not the list). */
  readonly entryError: boolean;
  readonly error: boolean;
  readonly resolver: MutableRef<DepartementResolver | null>;
}

const LIMIT = 10;

type Found = { readonly communes: readonly Commune[]; readonly total: number; readonly postal: string | null };

export function DepartementField({ screen, id, before, mode, onMode, errorId, entryError, error, resolver }: Props) {
  const { t, data, answers } = screen;
  const codes = data.departements.map((d) => d.code);
  const comboId = entryIdOf(id);
  const answered = typeof answers[id] === 'string' ? (answers[id] as string) : '';
  const answeredCommune = typeof answers['commune'] === 'string' ? (answers['commune'] as string) : '';
  const [departement, setDepartement] = useState(before.departement || answered);
  // What was typed in the placeholder before this code arrived is kept, and so is the focus.
  const [placeholder] = useState(() => ({ value: before.text, focused: before.focused }));
  const [text, setText] = useState(placeholder.value);
  const [commune, setCommune] = useState<Commune | null>(() => (answeredCommune ? (loadedCommune(answeredCommune) ?? null) : null));
  const [found, setFound] = useState<Found | null>(null);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The latest lookup: an older one that answers later is ignored.
  const latest = useRef(0);
  // Closing the list on blur waits a moment: the list is in the page's flow, so closing it at once would move
  // the « Continuer » button away from under a click that is going on.
  const blurTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelBlur = () => {
    if (blurTimer.current) clearTimeout(blurTimer.current);
    blurTimer.current = null;
  };

  const listId = `${id}-communes`;
  const optionId = (c: Commune) => `${id}-commune-${c.insee}`;
  const departementLabel = (code: string) => {
    const d = data.departements.find((x) => x.code === code);
    return d ? `${d.name} (${d.code})` : code;
  };
  const postalOf = (c: Commune, postal: string | null) => (postal && c.postalCodes.includes(postal) ? postal : (c.postalCodes[0] ?? ''));
  const optionText = (c: Commune, postal: string | null) =>
    t('ui.geo.option', { name: c.name, postalCode: postalOf(c, postal), departement: departementLabel(c.departement) });

  // What the first render saw, for the effects that run once, when the field arrives.
  const arrival = useRef({ placeholder, answered, answeredCommune, commune, text });
  useLayoutEffect(() => {
    const { placeholder } = arrival.current;
    // Typed before this code arrived: looked up now.
    if (placeholder.value.trim() !== '') firstSearch.current(placeholder.value);
    if (!placeholder.focused) return;
    const input = document.getElementById(comboId);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }, [comboId]);

  // Coming back to the step (change from « Vérifiez vos réponses »): show the commune chosen before.
  useEffect(() => {
    const { answered, answeredCommune, commune, text } = arrival.current;
    if (!answeredCommune || commune) {
      if (commune && text === '') setText(commune.name);
      return;
    }
    let live = true;
    communeByInsee(answeredCommune).then(
      (c) => {
        if (live && c && c.departement === answered) {
          setCommune(c);
          setText((typed) => (typed === '' ? c.name : typed));
        }
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
    cancelBlur();
  }, []);

  const announce = (message: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(message), 400);
  };

  const show = (result: GeoResult | null) => {
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

  const search = (value: string) => {
    const ticket = ++latest.current;
    const now = lookupTypedNow(value, codes, LIMIT);
    if (now) {
      show(now);
      return;
    }
    // « S », « Le »…: the name may still be « Saint-É… », « Le Havre »: wait for the next letters (see isSettled).
    if (unsettled(value, codes)) {
      show(null);
      return;
    }
    lookupTyped(value, codes, LIMIT).then(
      (result) => ticket === latest.current && show(result),
      () => ticket === latest.current && show(null),
    );
  };
  // The search of the first render, for the hand-over when the field arrives (above).
  const firstSearch = useRef(search);

  const onInput = (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setText(value);
    setCommune(null);
    search(value);
  };

  const choose = (c: Commune) => {
    latest.current++;
    rememberCommune(c.insee, c.name);
    setCommune(c);
    setText(c.name);
    setDepartement(c.departement);
    setExpanded(false);
    setActive(-1);
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
        latest.current++;
        setText('');
        setCommune(null);
        setFound(null);
      }
    }
  };

  // Keep the active option in view in a scrolled list.
  const activeOptionId = options[active] ? optionId(options[active]) : null;
  useEffect(() => {
    if (activeOptionId && typeof document !== 'undefined') document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const resolveEntry = (): Promise<DepartementAnswer> => {
    if (commune && text === commune.name) return Promise.resolve({ kind: 'answer', value: commune.departement, commune: commune.insee });
    if (text.trim() === '') return Promise.resolve({ kind: 'problem', problem: 'empty' });
    latest.current++;
    return lookupTyped(text, codes, LIMIT).then(
      (result): DepartementAnswer => {
        if (result.kind === 'problem') {
          if (result.problem === 'departementCode' && result.departement) {
            // A département number: preset in the list, shown instead of the field.
            setDepartement(result.departement);
            onMode('list');
          }
          return { kind: 'problem', problem: result.problem };
        }
        const exact = result.communes.filter((c) => result.query.kind === 'name' && c.key === result.query.key);
        const only = result.total === 1 ? result.communes[0] : exact.length === 1 ? exact[0] : undefined;
        if (only) {
          choose(only);
          return { kind: 'answer', value: only.departement, commune: only.insee };
        }
        show(result);
        return { kind: 'problem', problem: 'choose' };
      },
      (): DepartementAnswer => ({ kind: 'problem', problem: 'unavailable' }),
    );
  };

  resolver.current = {
    controlId: mode === 'entry' ? comboId : id,
    resolve(): Promise<DepartementAnswer> {
      cancelBlur();
      if (mode === 'entry') return resolveEntry();
      if (departement === '') return Promise.resolve({ kind: 'none' });
      return Promise.resolve(
        commune && commune.departement === departement
          ? { kind: 'answer', value: departement, commune: commune.insee }
          : { kind: 'answer', value: departement },
      );
    },
  };

  if (mode === 'list') {
    return (
      <select
        class={error && !entryError ? 'select input--error' : 'select'}
        id={id}
        name={id}
        aria-describedby={[`${id}-hint`, error && !entryError ? errorId : ''].filter(Boolean).join(' ')}
        value={departement}
        onChange={(event) => setDepartement((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('ui.departement.choose')}</option>
        {data.departements.map((d) => (
          <option value={d.code} selected={d.code === departement}>{`${d.code} – ${d.name}`}</option>
        ))}
      </select>
    );
  }

  const activeOption = expanded ? options[active] : undefined;
  const comboDescribedBy = [`${comboId}-hint`, error && entryError ? errorId : '', commune ? `${comboId}-chosen` : ''].filter(Boolean).join(' ');
  return (
    <div class="field departement__entry">
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
    </div>
  );
}
