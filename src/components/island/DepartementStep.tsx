/**
 * The `departement` step, laid out before its field's code arrives: heading, hints, glossary, error, one
 * control at a time (the postal code / commune field, or the list of départements) and the switch between
 * them. The field's code (DepartementField.tsx, a chunk of its own) fills the control's place when it is
 * there; until then a placeholder of the same size holds it (typing in it is kept), so nothing moves.
 * Without that code (it failed to load), the list alone, which needs none.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { MutableRef } from 'preact/hooks';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DepartementField as DepartementFieldType } from './DepartementField.tsx';
import type { DepartementMode, DepartementResolver } from './departement-state.ts';
import { Also } from './Also.tsx';
import { DepartementSelect } from './DepartementSelect.tsx';
import { questionTitle } from './format.ts';
import { Glossary } from './Glossary.tsx';
import { companionAnswer } from '../../domain/flow.ts';
import type { ScreenContext } from './types.ts';

/** The postal code / commune field's id, for a step id. */
export const entryIdOf = (id: string): string => `${id}-recherche`;

interface Props {
  readonly screen: ScreenContext;
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  readonly hintId: string;
  readonly glossary: readonly string[];
  readonly errorId: string;
  readonly errorMessage: ComponentChildren;
  /** The message shown is about the typed entry (not the list). */
  readonly entryError: boolean;
  readonly error: boolean;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly resolver: MutableRef<DepartementResolver | null>;
  /** The field's code once loaded; `failed`: it could not be had (the list works without it). */
  readonly Field: typeof DepartementFieldType | null;
  readonly failed: boolean;
}

export function DepartementStep(props: Props) {
  const { screen, id, title, hint, hintId, glossary, errorId, errorMessage, entryError, error, heading, Field, failed } = props;
  const { t, flow, data, answers } = screen;
  const answered = typeof answers[id] === 'string' ? (answers[id] as string) : '';
  // A département chosen in the list before (coming back to the step) is shown in the list; otherwise the field.
  const [chosenMode, setMode] = useState<DepartementMode>(answered !== '' && companionAnswer(flow, answers, id) === undefined ? 'list' : 'entry');
  const mode: DepartementMode = failed ? 'list' : chosenMode;
  const entryId = entryIdOf(id);
  const switched = useRef(false);
  // What the person did in the placeholders before the field's code came: handed over to it.
  const before = useRef<{ text: string; focused: boolean; departement: string }>({ text: '', focused: false, departement: '' });

  // After a switch, the control now shown takes the focus.
  useEffect(() => {
    if (!switched.current) return;
    switched.current = false;
    document.getElementById(mode === 'entry' ? entryId : id)?.focus();
  }, [mode, entryId, id]);
  const switchTo = (next: DepartementMode) => {
    switched.current = true;
    setMode(next);
  };

  let control: ComponentChildren;
  if (Field && !failed) {
    control = (
      <Field
        screen={screen}
        id={id}
        before={before.current}
        mode={mode}
        onMode={switchTo}
        errorId={errorId}
        entryError={entryError}
        error={error}
        resolver={props.resolver}
      />
    );
  } else if (mode === 'entry') {
    // Holds the field's place until its code arrives (the same label, hint and input).
    control = (
      <div class="field departement__entry">
        <label class="label" for={entryId}>{t('ui.geo.label')}</label>
        <p class="hint" id={`${entryId}-hint`}>{t('ui.geo.hint')}</p>
        <div class="combobox">
          <input
            id={entryId}
            class="input"
            type="text"
            autocomplete="off"
            inputMode={screen.kiosk ? 'none' : undefined}
            autocapitalize="off"
            spellcheck={false}
            aria-describedby={`${entryId}-hint`}
            onInput={(event) => (before.current.text = event.currentTarget.value)}
            onFocus={() => (before.current.focused = true)}
            // Later: removing the placeholder (when the field comes) may blur it first.
            onBlur={() => setTimeout(() => (before.current.focused = document.activeElement?.id === entryId))}
          />
        </div>
      </div>
    );
  } else {
    control = (
      <DepartementSelect
        t={t}
        departements={data.departements}
        id={id}
        value={answered}
        error={error}
        errorId={errorId}
        hintId={hintId}
        onChange={(departement) => (before.current.departement = departement)}
      />
    );
  }

  return (
    <div class={error ? 'field field--error departement' : 'field departement'} data-step={id}>
      <h1 class="legend--page" tabIndex={-1} ref={heading}>
        {mode === 'list' ? <label for={id}>{title}</label> : title}
        <Also screen={screen} text={(fr) => questionTitle(fr, id, screen.forOther)} />
      </h1>
      <p class="hint" id={hintId}>{hint}</p>
      <Glossary t={t} ids={glossary} />
      {errorMessage}
      {control}
      {failed ? null : (
        <p class="departement__switch">
          <button type="button" class="link-button" onClick={() => switchTo(mode === 'entry' ? 'list' : 'entry')}>
            {t(mode === 'entry' ? 'ui.geo.toList' : 'ui.geo.toEntry')}
          </button>
        </p>
      )}
    </div>
  );
}
