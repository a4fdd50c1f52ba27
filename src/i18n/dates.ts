/** Dates shown to people, from the ISO dates of the content (`2026-11-23` → « 23 novembre 2026 »). No text file here. */
export function formatDay(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
