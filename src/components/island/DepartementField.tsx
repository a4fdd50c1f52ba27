/**
 * The `departement` step's control (its layout, the heading and the switch are DepartementStep.tsx's): either
 * the postal code / commune combobox (WAI-ARIA APG combobox with a listbox popup: Up/Down, Enter, Escape,
 * aria-activedescendant, a polite count of results) or the plain <select> of départements, one at a time.
 * What is typed is looked up on the device in the piece of the geo index for its first digit or letter
 * (src/components/geo-load.ts), fetched when needed.
 */
import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { Commune, GeoResult } from '../../domain/geo.ts';
import { communeByInsee, loadedCommune, lookupTyped, lookupTypedNow, unsettled } from '../geo-load.ts';
import { rememberCommune } from '../geo-client.ts';
import { entryIdOf } from './DepartementStep.tsx';
import { usePoliteStatus } from './use-polite-status.ts';
import { CommuneCombobox } from './CommuneCombobox.tsx';
import { DepartementSelect } from './DepartementSelect.tsx';
import {
  fieldReducer,
  foundOf,
  departementLabel,
  initialField,
  postalOf,
  resolveDepartement,
  settleLookup,
  type DepartementAnswer,
  type DepartementMode,
  type DepartementResolver,
} from './departement-state.ts';
import { companionAnswer } from '../../domain/flow.ts';
import type { ScreenContext } from './types.ts';

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
  /** What « Continuer » calls (QuestionScreen.tsx). */
  readonly resolver: Ref<DepartementResolver | null>;
}

const LIMIT = 10;

export function DepartementField({ screen, id, before, mode, onMode, errorId, entryError, error, resolver }: Props) {
  const { t, flow, data, answers } = screen;
  const codes = data.departements.map((d) => d.code);
  const comboId = entryIdOf(id);
  const answered = typeof answers[id] === 'string' ? (answers[id] as string) : '';
  const answeredCommune = companionAnswer(flow, answers, id) ?? '';
  // What was typed in the placeholder before this code arrived is kept, and so is the focus.
  const [state, dispatch] = useReducer(fieldReducer, null, () =>
    initialField(before.departement || answered, before.text, answeredCommune ? (loadedCommune(answeredCommune) ?? null) : null),
  );
  const { departement, text, commune, found, expanded, active } = state;
  const [status, announce] = usePoliteStatus();
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
  const describe = (c: Commune, postal: string | null) => ({ name: c.name, postalCode: postalOf(c, postal), departement: departementLabel(data.departements, c.departement) });
  const optionText = (c: Commune, postal: string | null) => t('ui.geo.option', describe(c, postal));
  const chosenText = (c: Commune, postal: string | null) => t('ui.geo.chosen', describe(c, postal));

  // What the first render saw, for the effects that run once, when the field arrives.
  const arrival = useRef({ before, answered, answeredCommune, commune });
  useLayoutEffect(() => {
    const { before } = arrival.current;
    // Typed before this code arrived: looked up now.
    if (before.text.trim() !== '') firstSearch.current(before.text);
    if (!before.focused) return;
    const input = document.getElementById(comboId);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }, [comboId]);

  // Coming back to the step (change from « Vérifiez vos réponses »): show the commune chosen before.
  useEffect(() => {
    const { answered, answeredCommune, commune } = arrival.current;
    if (!answeredCommune || commune) return;
    let live = true;
    communeByInsee(answeredCommune).then(
      (c) => {
        if (live && c && c.departement === answered) dispatch({ type: 'restored', commune: c });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => cancelBlur, []);

  const show = (result: GeoResult | null) => {
    dispatch({ type: 'found', found: foundOf(result) });
    if (result?.kind === 'communes') {
      announce(
        result.total > result.communes.length
          ? t('ui.geo.countMore', { total: result.total, shown: result.communes.length })
          : t('ui.geo.count', { count: result.total }),
      );
    } else {
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
    dispatch({ type: 'typed', text: value });
    search(value);
  };

  const choose = (c: Commune) => {
    latest.current++;
    rememberCommune(c.insee, c.name);
    dispatch({ type: 'chosen', commune: c });
    announce(chosenText(c, found?.postal ?? null));
  };

  const options = found?.communes ?? [];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      dispatch({ type: 'move', down: event.key === 'ArrowDown' });
    } else if (event.key === 'Enter') {
      const c = expanded && active >= 0 ? options[active] : undefined;
      if (c) {
        event.preventDefault();
        choose(c);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        dispatch({ type: 'close' });
      } else if (text !== '') {
        event.preventDefault();
        latest.current++;
        dispatch({ type: 'clear' });
      }
    }
  };

  // Keep the active option in view in a scrolled list.
  const activeOptionId = options[active] ? optionId(options[active]) : null;
  useEffect(() => {
    if (activeOptionId && typeof document !== 'undefined') document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  useImperativeHandle(resolver, () => ({
    controlId: mode === 'entry' ? comboId : id,
    resolve(): Promise<DepartementAnswer> {
      cancelBlur();
      const now = resolveDepartement(state, mode);
      if (now.kind !== 'lookup') return Promise.resolve(now);
      latest.current++;
      return lookupTyped(text, codes, LIMIT).then(
        (result): DepartementAnswer => {
          const settled = settleLookup(result);
          if (settled.kind === 'chosen') choose(settled.commune);
          else if (settled.kind === 'toList') {
            dispatch({ type: 'picked', departement: settled.departement });
            onMode('list');
          } else if (settled.kind === 'choose') show(result);
          return settled.answer;
        },
        (): DepartementAnswer => ({ kind: 'problem', problem: 'unavailable' }),
      );
    },
  }));

  if (mode === 'list') {
    return (
      <DepartementSelect
        t={t}
        departements={data.departements}
        id={id}
        value={departement}
        error={error && !entryError}
        errorId={errorId}
        hintId={`${id}-hint`}
        onChange={(value) => dispatch({ type: 'picked', departement: value })}
      />
    );
  }

  return (
    <CommuneCombobox
      t={t}
      id={comboId}
      listId={listId}
      state={state}
      status={status}
      error={error && entryError}
      errorId={errorId}
      kiosk={screen.kiosk}
      optionId={optionId}
      optionText={(c) => optionText(c, found?.postal ?? null)}
      chosenText={commune ? chosenText(commune, found?.postal ?? null) : ''}
      onInput={onInput}
      onKeyDown={onKeyDown}
      onFocus={cancelBlur}
      onBlur={() => {
        cancelBlur();
        blurTimer.current = setTimeout(() => dispatch({ type: 'close' }), 300);
      }}
      onChoose={choose}
    />
  );
}
