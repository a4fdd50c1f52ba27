/** Dates shown to people, from the ISO dates of the content (`2026-11-23` → « 23 novembre 2026 »). No text file here. */

// One formatter per language and kind, kept: building an Intl.DateTimeFormat loads the locale's data (several
// milliseconds on a slow phone), and the result screen shows two dates on each render.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, timeZone: 'UTC' | undefined): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) });
    formatters.set(key, format);
  }
  return format;
}

export function formatDay(iso: string, lang: string): string {
  return formatter(lang, 'UTC').format(new Date(`${iso}T00:00:00Z`));
}

/** Today's date in the person's time zone (as `toLocaleDateString` gives it), « 30 novembre 2026 ». */
export function formatToday(lang: string, now: Date = new Date()): string {
  return formatter(lang, undefined).format(now);
}
