/**
 * The borne's reset: what one person's session wrote is wiped before the next person comes.
 *
 * 1. The site's own wipe, the one « Quitter rapidement » uses (src/scripts/wipe-session.ts `wipeSession()`): the
 *    questionnaire stops writing and following history (WIPE_EVENT), the tab's session and every sessionStorage
 *    key go (no entry of the session is ever restored again, in this document or another), and every history
 *    entry of this document is emptied of its answers, ending on this document's first entry.
 * 2. Then the borne's own steps (a borne is one tab for everyone, so its whole history is the session):
 *    - localStorage is emptied too (the site writes none; a borne keeps nothing);
 *    - the tab goes back to its first entry of the site (the Navigation API counts them across documents: the
 *      borne's own pages, « Aide urgente », « Contacts »); that entry's state is emptied, one clean entry is pushed
 *      so that every later entry (forward history, answers included) is dropped, and the start screen is loaded in
 *      place of it. Back then shows the start screen, never an answer;
 *    - the DOM and the machine go with the document: the start screen is a new page load (from the service
 *      worker's cache when the network is down; the worker and its caches are kept: they hold the site's files,
 *      never an answer, and a new version is taken on the start screen only, src/kiosk/frame.ts).
 *
 * A traversal that lands in another document (the person walked away on « Aide urgente ») is finished by that
 * document: a short-lived sessionStorage key (RESET_KEY, the start address only, no answer), written after the
 * wipe, read and deleted at once by `finishPendingReset()` (src/kiosk/frame.ts).
 *
 * What it does not do: the browser's own caches (HTTP, service worker precache: the site's files, never answers),
 * a printed ticket taken away, a photo of the screen.
 */
import { wipeSession } from '../scripts/wipe-session.ts';

/** Asks the document reached by going back to finish the reset (value: the start address). */
export const RESET_KEY = 'borne-reinitialisation';
/** Sent on window when the reset begins (the kiosk's own code stops: inactivity watch, start screen). */
export const KIOSK_RESET_EVENT = 'borne-reset';
/** A traversal that never reports (an old browser) is not waited for longer than this. */
const TRAVERSAL_TIMEOUT_MS = 1500;

/** The site's wipe of the session (injected in unit tests). */
export type SessionWipe = () => Promise<void>;

let resetting = false;

/** Whether a reset has begun in this document (nothing more may be written). */
export function isResetting(): boolean {
  return resetting;
}

/** Empties the tab's Web Storage: sessionStorage (already done by the wipe) and localStorage (there should be none). */
function clearStorage(): void {
  for (const storage of [() => sessionStorage, () => localStorage]) {
    try {
      storage().clear();
    } catch {
      // Storage unavailable: nothing was written there either.
    }
  }
}

/** How many entries of the site come before the current one in this tab (across documents); 0 if unknown. */
function entriesBefore(): number {
  // Chromium (the borne's browser): every entry of this origin before the current one, across the borne's pages.
  // Elsewhere the wipe has already brought this document to its first entry, and the session is gone.
  const index = (window as { navigation?: { currentEntry?: { index: number } | null } }).navigation?.currentEntry?.index;
  return typeof index === 'number' && index > 0 ? index : 0;
}

/** The last step, on the tab's first entry: emptied, every later entry dropped, the start screen loaded. */
function finish(start: string): void {
  clearStorage();
  history.replaceState(null, '');
  // Pushing drops every entry after this one (the forward history holds the answered screens).
  history.pushState(null, '');
  // Nothing of the person stays on screen while the start screen loads, nor in this page if it is ever restored.
  document.body.replaceChildren();
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) location.reload();
  });
  location.replace(start);
}

/** Back to the tab's first entry of the site, where the reset finishes (in this document or the one reached). */
function rewind(start: string): void {
  const before = entriesBefore();
  if (before <= 0) {
    finish(start);
    return;
  }
  try {
    sessionStorage.setItem(RESET_KEY, start);
  } catch {
    // Without storage another document cannot finish: the fallback below finishes here.
  }
  let done = false;
  const here = () => {
    if (done) return;
    done = true;
    window.removeEventListener('popstate', here);
    finish(start);
  };
  // Same document: popstate arrives here. Another document: this one is gone, and that one finishes.
  window.addEventListener('popstate', here);
  history.go(-before);
  window.setTimeout(here, TRAVERSAL_TIMEOUT_MS);
}

/** Wipes the session and shows the borne's start screen at `start` (its default language). At once. */
export function resetKiosk(start: string, wipe: SessionWipe = wipeSession): void {
  if (resetting) return;
  resetting = true;
  window.dispatchEvent(new Event(KIOSK_RESET_EVENT));
  // wipeSession never rejects; should it ever, the borne's own steps still run.
  const next = () => rewind(start);
  void wipe().then(next, next);
}

/** Called first thing on every page of the borne: finishes a reset another document began. True if it did. */
export function finishPendingReset(): boolean {
  let start: string | null = null;
  try {
    start = sessionStorage.getItem(RESET_KEY);
    sessionStorage.removeItem(RESET_KEY);
  } catch {
    return false;
  }
  if (start === null || !/^\/(?:[a-z]+\/)?borne\/$/.test(start)) return false;
  resetting = true;
  window.dispatchEvent(new Event(KIOSK_RESET_EVENT));
  finish(start);
  return true;
}
