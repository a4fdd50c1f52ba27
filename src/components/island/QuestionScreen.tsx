/** One question per screen: fieldset and legend as the page heading, hint, GOV.UK error pattern. */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answer } from '../../domain/conditions.ts';
import { progress, type Step } from '../../domain/flow.ts';
import { keys } from '../../i18n/keys.ts';
import { Also } from './Also.tsx';
import { BackLink } from './BackLink.tsx';
import { Glossary } from './Glossary.tsx';
import type { DepartementField as DepartementFieldType } from './DepartementField.tsx';
import type { DepartementResolver } from './departement-state.ts';
import { DepartementStep } from './DepartementStep.tsx';
import '../../styles/geo.css';
import { questionTitle } from './format.ts';
import type { ScreenContext } from './types.ts';

// The postal code / commune field (and the search code) is a separate chunk, fetched on the step before the
// département step (so the step opens with it), or on that step, where its place is held until it arrives
// (DepartementStep.tsx). The geo index itself is fetched only when the person types (one piece).
let departementFieldModule: typeof import('./DepartementField.tsx') | null = null;
const loadDepartementField = () => import('./DepartementField.tsx').then((module) => (departementFieldModule = module));

/** The island has run in this document: its form's « Continuer » works (see `ready` below). */
let hydrated = false;

interface Props {
  readonly screen: ScreenContext;
  readonly step: Step;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly error: boolean;
  readonly isFirst: boolean;
  readonly onBack: () => void;
  /** `commune`: the INSEE code of the commune chosen on the département step. */
  readonly onAnswer: (value: Answer | null, commune?: string) => void;
}

export function QuestionScreen({ screen, step, heading, error, isFirst, onBack, onAnswer }: Props) {
  const { t, flow, answers, forOther } = screen;
  const summary = useRef<HTMLDivElement>(null);
  // Until the script runs, the server-rendered form must not submit natively: a GET would put the answer in the URL.
  // Once the island has run, each next question starts enabled (no second render of every question to enable it).
  const [ready, setReady] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    setReady(true);
  }, []);
  const id = step.id;
  const title = questionTitle(t, id, forOther);
  const hint = t(keys.question(id, 'hint'));
  // The département step: the typed postal code or commune can have its own problem (ui.geo.problem.*).
  const departementField = useRef<DepartementResolver | null>(null);
  // The postal code / commune field is loaded with its index, only on this step; until then, the plain list.
  const [DepartementField, setDepartementField] = useState<typeof DepartementFieldType | null>(
    () => departementFieldModule?.DepartementField ?? null,
  );
  const [fieldFailed, setFieldFailed] = useState(false);
  useEffect(() => {
    const leadsToDepartement = step.next.some((b) => flow.steps.some((s) => s.id === b.goto && s.kind === 'departement'));
    if (step.kind !== 'departement' && !leadsToDepartement) return;
    loadDepartementField().then(
      (module) => step.kind === 'departement' && setDepartementField(() => module.DepartementField),
      () => step.kind === 'departement' && setFieldFailed(true),
    );
  }, [step, flow.steps]);
  const [entryProblem, setEntryProblem] = useState<string | null>(null);
  const errorText = entryProblem ? t(`ui.geo.problem.${entryProblem}`) : t(keys.question(id, 'error'));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const firstInput = step.kind === 'departement' ? (departementField.current?.controlId ?? id) : `${id}-${step.options?.[0] ?? ''}`;
  const answer = answers[id];
  const chosen = answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;
  const { index, remainingAtMost } = progress(flow, answers, id);

  useEffect(() => {
    if (error) summary.current?.focus();
  });

  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const values = form.getAll(id).map(String).filter((v) => v !== '');
    if (step.kind === 'departement' && departementField.current && DepartementField && !fieldFailed) {
      void departementField.current.resolve().then((resolved) => {
        setEntryProblem(resolved.kind === 'problem' ? resolved.problem : null);
        if (resolved.kind === 'answer') onAnswer(resolved.value, resolved.commune);
        else onAnswer(null);
        summary.current?.focus();
      });
      return;
    } else if (step.kind === 'multiple') onAnswer(values.length > 0 ? values : null);
    else onAnswer(values[0] ?? null);
    summary.current?.focus();
  };

  // "Aucune" cannot be combined with other choices: ticking one unticks the others (GOV.UK pattern).
  const onToggle = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    if (!input.checked || step.kind !== 'multiple') return;
    const exclusive = step.exclusive ?? [];
    const boxes = input.form?.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`) ?? [];
    for (const box of boxes) {
      if (box === input) continue;
      if (exclusive.includes(input.value) || exclusive.includes(box.value)) box.checked = false;
    }
  };

  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');
  const errorMessage = error ? (
    <p class="error-message" id={errorId}>
      <span class="visually-hidden">{t('ui.error.prefix')} </span>
      {errorText}
    </p>
  ) : null;

  return (
    <div class="question">
      {isFirst ? <a class="back-link" href={screen.href('/')}>{t('ui.backHome')}</a> : <BackLink t={t} onBack={onBack} />}
      <form noValidate onSubmit={submit} action="#">
        {error ? (
          <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{t('ui.error.summaryTitle')}</h2>
            <ul>
              <li><a href={`#${firstInput}`}>{errorText}</a></li>
            </ul>
          </div>
        ) : null}
        <p class="muted progress">{t('ui.progress', { index, remaining: remainingAtMost, count: remainingAtMost })}</p>
        {step.kind === 'departement' ? (
          <DepartementStep
            screen={screen}
            id={id}
            title={title}
            hint={hint}
            hintId={hintId}
            glossary={step.glossary ?? []}
            errorId={errorId}
            errorMessage={errorMessage}
            entryError={entryProblem !== null}
            error={error}
            heading={heading}
            resolver={departementField}
            Field={DepartementField}
            failed={fieldFailed}
          />
        ) : (
          <div class={error ? 'field field--error' : 'field'}>
            <fieldset class="fieldset" aria-describedby={describedBy}>
              <legend class="legend legend--page">
                <h1 tabIndex={-1} ref={heading}>{title}<Also screen={screen} text={(fr) => questionTitle(fr, id, forOther)} /></h1>
              </legend>
              <p class="hint" id={hintId}>{hint}</p>
              <Glossary t={t} ids={step.glossary ?? []} />
              {errorMessage}
              <div class="choices">
                {(step.options ?? []).map((value) => {
                  const inputId = `${id}-${value}`;
                  const optionHintKey = keys.optionHint(id, value);
                  const optionHint = t(optionHintKey, { defaultValue: '' });
                  const isExclusive = step.kind === 'multiple' && (step.exclusive ?? []).includes(value);
                  return (
                    <>
                      {isExclusive ? <p class="choices__or">{t('ui.or')}</p> : null}
                      <div class="choice">
                        <input
                          id={inputId}
                          type={step.kind === 'multiple' ? 'checkbox' : 'radio'}
                          name={id}
                          value={value}
                          defaultChecked={chosen.includes(value)}
                          aria-describedby={optionHint ? `${inputId}-hint` : undefined}
                          onChange={onToggle}
                        />
                        <label for={inputId}>{t(keys.option(id, value))}<Also screen={screen} k={keys.option(id, value)} /></label>
                        {optionHint ? <p class="hint" id={`${inputId}-hint`}>{optionHint}</p> : null}
                      </div>
                    </>
                  );
                })}
              </div>
            </fieldset>
          </div>
        )}
        <button type="submit" class="btn" disabled={!ready}>{t('ui.continue')}</button>
      </form>
    </div>
  );
}
