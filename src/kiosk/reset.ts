/**
 * The borne's reset: what one person's session wrote is wiped before the next person comes.
 *
 * - the questionnaire stops writing history (the island listens to QUICK_EXIT_EVENT);
 * - sessionStorage is emptied (the language hand-off is the site's only key; at a borne the whole tab is the session);
 * - every history entry of the session is undone: the tab goes back to its first entry (the Navigation API counts
 *   them, across documents: the borne's own pages), that entry's state is emptied, one clean entry is pushed so that
 *   every later entry (forward history, answers included) is dropped, and the start screen is loaded in place of it.
 *   Back then shows the start screen, never an answer;
 * - the DOM and the machine go with the document: the start screen is a new page load (from the service worker's
 *   cache when the network is down).
 *
 * A traversal that lands in another document (the person walked away on « Aide urgente ») is finished by that
 * document: a short-lived sessionStorage key (RESET_KEY, the start address only, no answer) asks for it, read and
 * deleted at once by `finishPendingReset()` (src/kiosk/frame.ts).
 *
 * What it does not do: the browser's own caches (HTTP, service worker precache: the site's files, never answers),
 * a printed ticket taken away, a photo of the screen.
 */
import { HISTORY_KEY } from '../components/island/history-entry.ts';
import { QUICK_EXIT_EVENT } from '../scripts/quick-exit.ts';

/** Asks the document reached by going back to finish the reset (value: the start address). */
export const RESET_KEY = 'borne-reinitialisation';
/** Sent on window when the reset begins (the island and the kiosk's own code stop writing). */
export const KIOSK_RESET_EVENT = 'borne-reset';
/** A traversal that never reports (an old browser) is not waited for longer than this. */
const TRAVERSAL_TIMEOUT_MS = 1500;

/**
 * Wipes what this tab's session wrote outside the page: its Web Storage, and the history entries it can reach.
 * The kiosk writes against this small interface; `wipeSession` below is its implementation.
 */
export interface SessionWipe {
  /** Empties the tab's sessionStorage (and deletes any localStorage key of the site: there should be none). */
  storage(): void;
  /** How many history entries of this session come before the current one. */
  entriesBefore(): number;
}

export const wipeSession: SessionWipe = {
  storage() {
    try {
      sessionStorage.clear();
    } catch {
      // Storage unavailable: nothing was written there either.
    }
    try {
      localStorage.clear();
    } catch {
      // idem
    }
  },
  entriesBefore() {
    // Chromium (the borne's browser): every entry of this origin before the current one, across the borne's pages.
    const nav = (window as { navigation?: { currentEntry?: { index: number } | null } }).navigation;
    const index = nav?.currentEntry?.index;
    if (typeof index === 'number' && index >= 0) return index;
    // Elsewhere: the questionnaire's own entries in this document.
    const state: unknown = history.state;
    const entry = state && typeof state === 'object' ? (state as Record<string, unknown>)[HISTORY_KEY] : null;
    const depth = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['depth'] : null;
    return typeof depth === 'number' && Number.isInteger(depth) && depth > 0 && depth < 500 ? depth : 0;
  },
};

let resetting = false;

/** Whether a reset has begun in this document (nothing more may be written). */
export function isResetting(): boolean {
  return resetting;
}

/** The last step, on the tab's first entry: emptied, every later entry dropped, the start screen loaded. */
function finish(start: string, wipe: SessionWipe): void {
  wipe.storage();
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

/** Wipes the session and shows the borne's start screen at `start` (its default language). At once. */
export function resetKiosk(start: string, wipe: SessionWipe = wipeSession): void {
  if (resetting) return;
  resetting = true;
  window.dispatchEvent(new Event(QUICK_EXIT_EVENT));
  window.dispatchEvent(new Event(KIOSK_RESET_EVENT));
  wipe.storage();
  const before = wipe.entriesBefore();
  if (before <= 0) {
    finish(start, wipe);
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
    finish(start, wipe);
  };
  // Same document: popstate arrives here. Another document: this one is gone, and that one finishes.
  window.addEventListener('popstate', here);
  history.go(-before);
  window.setTimeout(here, TRAVERSAL_TIMEOUT_MS);
}

/** Called first thing on every page of the borne: finishes a reset another document began. True if it did. */
export function finishPendingReset(wipe: SessionWipe = wipeSession): boolean {
  let start: string | null = null;
  try {
    start = sessionStorage.getItem(RESET_KEY);
    sessionStorage.removeItem(RESET_KEY);
  } catch {
    return false;
  }
  if (start === null || !/^\/(?:[a-z]+\/)?borne\/$/.test(start)) return false;
  resetting = true;
  window.dispatchEvent(new Event(QUICK_EXIT_EVENT));
  finish(start, wipe);
  return true;
}
