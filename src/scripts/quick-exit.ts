/**
 * « Quitter rapidement » (questionnaire and aide urgente pages): the header link `[data-quick-exit]`
 * (its href is the neutral page, src/content/contacts.json `quickExit`) or Shift pressed three times
 * within a second:
 *
 * 1. tells the questionnaire island to stop writing history (event `quick-exit`);
 * 2. deletes our only Web Storage key (the language hand-off);
 * 3. goes back over the questionnaire's own history entries of this document (`depth` in its state),
 *    so that « Précédent » after leaving does not come back to an answered question;
 * 4. empties the remaining entry's state and replaces it with the neutral page (`location.replace`:
 *    no new history entry).
 *
 * Without JavaScript the link still leads to the neutral page (as an ordinary navigation).
 */
import { HANDOFF_KEY } from '../i18n/routes.ts';

export const QUICK_EXIT_EVENT = 'quick-exit';
/** The history state key of the questionnaire island (`{ step, answers, depth }`). */
export const HISTORY_KEY = 'orientation';
const PRESSES = 3;
const WITHIN_MS = 1000;

function depthOfState(): number {
  const state: unknown = history.state;
  if (!state || typeof state !== 'object') return 0;
  const entry = (state as Record<string, unknown>)[HISTORY_KEY];
  if (!entry || typeof entry !== 'object') return 0;
  const depth = (entry as Record<string, unknown>)['depth'];
  return typeof depth === 'number' && Number.isInteger(depth) && depth > 0 && depth < 200 ? depth : 0;
}

/**
 * How many entries before the current one belong to this same document, where the Navigation API tells
 * (Chromium); otherwise no limit. After a reload, older entries belong to the previous document: going back to
 * them would load the questionnaire again instead of leaving, so they are left (the aide urgente page says so).
 */
function sameDocumentBefore(): number {
  const nav = (window as { navigation?: { currentEntry?: { index: number } | null; entries?: () => { sameDocument: boolean }[] } }).navigation;
  const index = nav?.currentEntry?.index;
  const entries = nav?.entries?.();
  if (index === undefined || index < 0 || !entries) return Number.POSITIVE_INFINITY;
  let count = 0;
  while (index - 1 - count >= 0 && entries[index - 1 - count]?.sameDocument) count += 1;
  return count;
}

let leaving = false;

export function quickExit(url: string): void {
  if (leaving) return;
  leaving = true;
  window.dispatchEvent(new Event(QUICK_EXIT_EVENT));
  try {
    sessionStorage.removeItem(HANDOFF_KEY);
  } catch {
    // Storage unavailable: nothing of ours is in it.
  }
  const leave = () => {
    history.replaceState(null, '');
    location.replace(url);
  };
  const depth = Math.min(depthOfState(), sameDocumentBefore());
  if (depth === 0) {
    leave();
    return;
  }
  // Back to this document's first questionnaire entry, then replace it.
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    window.removeEventListener('popstate', once);
    leave();
  };
  window.addEventListener('popstate', once);
  history.go(-depth);
  // Only if the traversal never reports (a busy or old browser): leave from where we are.
  window.setTimeout(once, 1500);
}

export function installQuickExit(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]')];
  const url = links[0]?.href;
  if (url === undefined) return;
  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      quickExit(url);
    });
  }
  let presses: number[] = [];
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((at) => now - at < WITHIN_MS), now];
    if (presses.length >= PRESSES) quickExit(url);
  });
  // Any other key between the presses starts the count again (typing a capital letter is not an exit).
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') presses = [];
  });
}
