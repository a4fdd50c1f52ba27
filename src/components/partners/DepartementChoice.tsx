/**
 * The link builder's département: from the list, or typed (a number, a postal code or a commune), read on the
 * device with the same reading and the same messages as the questionnaire's département step (src/domain/geo.ts).
 * Only the piece of the geo index for the first digit or letter typed is fetched (src/components/geo-load.ts).
 */
import { useRef, useState } from 'preact/hooks';
import { classify, type GeoResult } from '../../domain/geo.ts';
import { lookupTyped } from '../geo-load.ts';
import { departementLabel } from '../island/departement-state.ts';

/** `{{name}}` placeholders of the builder's texts, filled. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

/** The départements a lookup's communes are in: those of exactly the name typed first (« Saint-Denis »: 93 and 974). */
export function departementsFound(result: Extract<GeoResult, { kind: 'communes' }>): string[] {
  const exact = result.communes.filter((c) => result.query.kind === 'name' && c.key === result.query.key);
  return [...new Set((exact.length > 0 ? exact : result.communes).map((c) => c.departement))];
}

interface Props {
  readonly texts: Readonly<Record<string, string>>;
  readonly departements: readonly { readonly code: string; readonly name: string }[];
  /** The département chosen ('' for the whole country). */
  readonly departement: string;
  readonly onChange: (departement: string) => void;
}

export function DepartementChoice({ texts, departements, departement, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState('');
  const [typedStatus, setTypedStatus] = useState('');
  const typedField = useRef<HTMLInputElement>(null);
  const codes = departements.map((d) => d.code);
  const departementName = (code: string) => departementLabel(departements, code);

  const showProblem = (message: string) => {
    setTypedStatus('');
    setTypedError(message);
    typedField.current?.focus();
  };
  const choose = (code: string) => {
    onChange(code);
    setTypedError('');
    setTypedStatus(fill(texts['depChosen'] ?? '', { departement: departementName(code) }));
  };
  const applyTyped = (event: Event) => {
    event.preventDefault();
    const query = classify(typed, codes);
    if (query.kind === 'problem') {
      if (query.problem === 'departementCode' && query.departement) choose(query.departement);
      else showProblem(texts[`problem.${query.problem}`] ?? '');
      return;
    }
    lookupTyped(typed, codes, 1000).then(
      (result) => {
        if (result.kind === 'problem') return showProblem(texts[`problem.${result.problem}`] ?? '');
        const found = departementsFound(result);
        const only = found[0];
        if (found.length === 1 && only) choose(only);
        else showProblem(fill(texts['depSeveral'] ?? '', { list: found.slice(0, 6).map(departementName).join(', ') + (found.length > 6 ? '…' : '') }));
      },
      () => showProblem(texts['geoUnavailable'] ?? ''),
    );
  };

  return (
    <div class="field">
      <label class="label" for="lien-departement">{texts['depLabel']}</label>
      <p class="hint" id="lien-departement-hint">{texts['depHint']}</p>
      <select
        class="select"
        id="lien-departement"
        aria-describedby="lien-departement-hint"
        value={departement}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          setTypedError('');
          setTypedStatus('');
        }}
      >
        <option value="">{texts['depAll']}</option>
        {departements.map((d) => (
          <option value={d.code}>{`${d.code} – ${d.name}`}</option>
        ))}
      </select>
      <div class={typedError ? 'field field--error lien-saisie' : 'field lien-saisie'}>
        <label class="label" for="lien-saisie">{texts['typedLabel']}</label>
        <p class="hint" id="lien-saisie-hint">{texts['typedHint']}</p>
        {typedError ? (
          <p class="error-message" id="lien-saisie-error">
            <span class="visually-hidden">{texts['errorPrefix']} </span>
            {typedError}
          </p>
        ) : null}
        <div class="lien-saisie__row">
          <input
            ref={typedField}
            class={typedError ? 'input input--error' : 'input'}
            id="lien-saisie"
            type="text"
            autocomplete="off"
            spellcheck={false}
            aria-describedby={typedError ? 'lien-saisie-hint lien-saisie-error' : 'lien-saisie-hint'}
            aria-invalid={typedError ? 'true' : undefined}
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyTyped(e);
            }}
          />
          <button type="button" class="btn btn--secondary" onClick={applyTyped}>{texts['typedButton']}</button>
        </div>
        <p class={typedStatus ? 'inset' : undefined} role="status">{typedStatus}</p>
      </div>
    </div>
  );
}
