/** The borne's addresses: `/borne/` (French) and `/<lang>/borne/`, with its own pages under them. Pure. */
import { localePath, splitLocale, type Locale } from '../i18n/routes.ts';

/** Pages of the site the borne has in its frame (French path → path under the borne). */
const KIOSK_PAGES: Readonly<Record<string, string>> = {
  '/': '/borne/',
  '/questionnaire/': '/borne/',
  '/aide-urgente/': '/borne/aide-urgente/',
  '/contacts/': '/borne/contacts/',
};

/** The borne's start screen in `locale`. */
export function kioskStart(locale: Locale): string {
  return localePath(locale, '/borne/');
}

/** A page of the site (French path) at the borne: its page under `/borne/`, or null when the borne has none. */
export function kioskPage(locale: Locale, path: string): string | null {
  const page = KIOSK_PAGES[path];
  return page === undefined ? null : localePath(locale, page);
}

/** Whether a path (`/en/borne/contacts/`) is a page of the borne. */
export function isKioskPath(pathname: string): boolean {
  return splitLocale(pathname).path.startsWith('/borne/');
}
