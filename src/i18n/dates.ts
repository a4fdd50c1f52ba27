/** Dates shown to people, from the ISO dates of the content (`2026-11-23` → « 23 novembre 2026 »). No text file here. */

// One formatter per language, kept: building an Intl.DateTimeFormat loads the locale's data (tens of
// milliseconds on a slow phone), and the result screen shows two dates on each render.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string): Intl.DateTimeFormat {
  let format = formatters.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, format);
  }
  return format;
}

export function formatDay(iso: string, lang: string): string {
  return formatter(lang).format(new Date(`${iso}T00:00:00Z`));
}

/** Today's date where the person is (their time zone), as `toLocaleDateString` gives it: « 30 novembre 2026 ». */
export function formatToday(lang: string, now: Date = new Date()): string {
  return formatter(lang).format(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** Builds the language's formatter ahead of the result (when the browser is idle on the screen before it). */
export function prepareDates(lang: string): void {
  formatter(lang);
}
