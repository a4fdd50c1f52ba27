/** The list of départements (the département step's plain <select>), the same before and after the field's code comes. */
import type { TFunction } from 'i18next';

interface Props {
  readonly t: TFunction;
  readonly departements: readonly { readonly code: string; readonly name: string }[];
  readonly id: string;
  /** The département shown chosen ('' for none). */
  readonly value: string;
  /** The step's error is about the list: the select is marked and described by it. */
  readonly error: boolean;
  readonly errorId: string;
  readonly hintId: string;
  readonly onChange: (departement: string) => void;
}

export function DepartementSelect({ t, departements, id, value, error, errorId, hintId, onChange }: Props) {
  return (
    <select
      class={error ? 'select input--error' : 'select'}
      id={id}
      name={id}
      aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      <option value="">{t('ui.departement.choose')}</option>
      {departements.map((d) => (
        <option value={d.code} selected={d.code === value}>{`${d.code} – ${d.name}`}</option>
      ))}
    </select>
  );
}
