/**
 * The result on a phone: which link a person can tap first, how much they have to read, and the texts of
 * every locale (read from the locale files, never copied).
 */
import type { Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/routes.ts';
import contacts from '../../src/content/contacts.json' with { type: 'json' };
import redirections from '../../src/content/redirections.json' with { type: 'json' };
import frUi from '../../src/i18n/locales/fr/ui.json' with { type: 'json' };
import falcUi from '../../src/i18n/locales/falc/ui.json' with { type: 'json' };
import enUi from '../../src/i18n/locales/en/ui.json' with { type: 'json' };
import arUi from '../../src/i18n/locales/ar/ui.json' with { type: 'json' };
import esUi from '../../src/i18n/locales/es/ui.json' with { type: 'json' };
import frPages from '../../src/i18n/locales/fr/pages.json' with { type: 'json' };
import falcPages from '../../src/i18n/locales/falc/pages.json' with { type: 'json' };
import enPages from '../../src/i18n/locales/en/pages.json' with { type: 'json' };
import arPages from '../../src/i18n/locales/ar/pages.json' with { type: 'json' };
import esPages from '../../src/i18n/locales/es/pages.json' with { type: 'json' };

/** The `ui` texts of each locale (the island's). */
export const uiOf: Record<Locale, typeof frUi.ui> = { fr: frUi.ui, falc: falcUi.ui, en: enUi.ui, ar: arUi.ui, es: esUi.ui };
/** The `pages` and `layout` texts of each locale. */
export const pagesOf: Record<Locale, typeof frPages> = { fr: frPages, falc: falcPages, en: enPages, ar: arPages, es: esPages };

/** The size of a phone the tests use (DESIGN.md §3: the answer and the next step on the first screen). */
export const PHONE = { width: 390, height: 844 } as const;
/** The most a result may ask a person to read, details closed. */
export const MAX_WORDS = 450;

/** The dial string of a phone of contacts.json. */
export function dialOf(id: string): string {
  const phone = contacts.phones.find((p) => p.id === id);
  if (!phone) throw new Error(`src/content/contacts.json: no phone "${id}"`);
  return phone.dial;
}

/** The first phone of a redirection (redirections.json): the door's number. */
export function doorPhone(redirection: string): string {
  const phone = redirections.redirections.find((r) => r.id === redirection)?.phones[0];
  if (!phone) throw new Error(`src/content/redirections.json: "${redirection}" has no phone`);
  return dialOf(phone);
}

/**
 * Words a person sees in `main`: text of rendered elements (not in a closed <details>, not display:none),
 * leaving out what is only for screen readers (clipped to 1 px) and tokens without a letter or a digit.
 */
export async function visibleWords(page: Page): Promise<number> {
  return page.locator('main').evaluate((main) => {
    let words = 0;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (!parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      words += (walker.currentNode.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    }
    return words;
  });
}

/** The first tap-to-call link of the result and where it is on the page (before any scrolling). */
export async function firstPhoneLink(page: Page): Promise<{ href: string; top: number; bottom: number }> {
  return page.locator('main a[href^="tel:"]').first().evaluate((a) => {
    const box = a.getBoundingClientRect();
    return { href: a.getAttribute('href') ?? '', top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
  });
}

/** The Arabic texts with their own plural forms (zero, one, two, few, many, other). */
export const arabic = { ui: arUi.ui, pages: arPages.pages };
