/**
 * The postal code / commune combobox of the département step (WAI-ARIA APG combobox with a listbox popup:
 * Up/Down, Enter, Escape, aria-activedescendant, a polite count of results). Markup only: its state and
 * behaviour are DepartementField.tsx's (departement-state.ts).
 */
import type { TFunction } from 'i18next';
import type { Commune } from '../../domain/geo.ts';
import type { FieldState } from './departement-state.ts';
import type { ScreenContext } from './types.ts';

interface Props {
  readonly t: TFunction;
  /** The input's id; the list's, the hint's and the chosen commune's ids are made from it. */
  readonly id: string;
  readonly state: FieldState;
  /** What the polite status says (the count of results, the commune chosen). */
  readonly status: string;
  /** The step's error is about what was typed: the input is marked and described by it. */
  readonly error: boolean;
  readonly errorId: string;
  readonly kiosk: ScreenContext['kiosk'];
  readonly optionId: (commune: Commune) => string;
  readonly listId: string;
  /** « Marseille 1er, 13001, Bouches-du-Rhône (13) »: an option. */
  readonly optionText: (commune: Commune) => string;
  /** What is said of the commune chosen (shown under the field). */
  readonly chosenText: string;
  readonly onInput: (event: Event) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
  readonly onChoose: (commune: Commune) => void;
}

export function CommuneCombobox({ t, id, listId, state, status, error, errorId, kiosk, optionId, optionText, chosenText, onInput, onKeyDown, onFocus, onBlur, onChoose }: Props) {
  const { text, commune, found, expanded, active } = state;
  const options = found?.communes ?? [];
  const activeOption = expanded ? options[active] : undefined;
  const describedBy = [`${id}-hint`, error ? errorId : '', commune ? `${id}-chosen` : ''].filter(Boolean).join(' ');
  return (
    <div class="field departement__entry">
      <label class="label" for={id}>{t('ui.geo.label')}</label>
      <p class="hint" id={`${id}-hint`}>{t('ui.geo.hint')}</p>
      <div class="combobox">
        <input
          id={id}
          class={error ? 'input input--error' : 'input'}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-describedby={describedBy}
          autocomplete="off"
          inputMode={kiosk ? 'none' : undefined}
          autocapitalize="off"
          spellcheck={false}
          value={text}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
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
              onClick={() => onChoose(c)}
            >
              {optionText(c)}
            </li>
          ))}
        </ul>
      </div>
      {kiosk ? <kiosk.Keypad input={id} /> : null}
      <p class="visually-hidden" role="status" aria-atomic="true">{status}</p>
      {commune ? <p class="inset" id={`${id}-chosen`}>{chosenText}</p> : null}
    </div>
  );
}
