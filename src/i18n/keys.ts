/** Text keys, built from ids in one place. No text here: browser code imports it without the locale files. */
/** Key builders: the only place where text keys are derived from ids. */
export const keys = {
  question: (id: string, part: 'title' | 'hint' | 'titleOther' | 'check' | 'error') => `question.${id}.${part}`,
  option: (question: string, value: string) => `option.${question}.${value}`,
  optionHint: (question: string, value: string) => `optionHint.${question}.${value}`,
  axe: (id: string, part: 'title' | 'short' | 'who' | 'what') => `axe.${id}.${part}`,
  theme: (id: string, part: 'title' | 'summary') => `theme.${id}.${part}`,
  dispositif: (id: string, part: 'name' | 'summary' | 'who' | 'when' | 'ask' | 'note') => `dispositif.${id}.${part}`,
  redirection: (id: string, part: 'title' | 'summary') => `redirection.${id}.${part}`,
  /** How the result's heading names a door (« à l'Assurance retraite »): `ui.result.door.<redirection id>`. */
  door: (id: string) => `ui.result.door.${id}`,
  /** A note of the result (orientation.json `notes`). */
  note: (id: string) => `ui.result.notes.${id}`,
  phone: (id: string, part: 'label' | 'say' | 'cost') => `phone.${id}.${part}`,
  site: (id: string) => `site.${id}.label`,
  stat: (id: string) => `stat.${id}.label`,
  /** What figures sharing a `measure` count (the title of their chart on « À propos »). */
  measure: (id: string) => `measure.${id}.title`,
  scope: (id: string) => `scope.${id}`,
  public: (id: string) => `public.${id}`,
  moment: (id: string) => `moment.${id}`,
  /** What is known and what is not about a département whose caisse is still to confirm (Lozère, Mayotte). */
  departementNote: (code: string) => `departement.${code}.note`,
};
