/**
 * « Quitter rapidement » (questionnaire and aide urgente pages): the header link `[data-quick-exit]`
 * (its href is the neutral page, src/content/contacts.json `quickExit`) or Shift pressed three times
 * within a second:
 *
 * 1. hides the page at once;
 * 2. wipes this tab's answering session (QUICK_EXIT_EVENT; src/scripts/session.ts, then wipe-session.ts
 *    `wipeSession`): at once, the island stops, every sessionStorage key of the site goes and no entry of the
 *    session is ever restored again (in this document or another: before a reload, another language); then every
 *    history entry of this document is emptied of its answers (within 2 s, the page hidden meanwhile);
 * 3. replaces the current entry (this document's first) with the neutral page (`location.replace`: no new
 *    history entry). Back and Forward then reach no answer: the entries of this document hold none, the others
 *    name a session that is gone. If the browser brings this page back from its back/forward cache, it leaves again.
 *
 * Without JavaScript the link still leads to the neutral page (as an ordinary navigation).
 */
/**
 * Dispatched on `window` when « Quitter rapidement » starts, with a list (`detail`) in which the answering session
 * (src/scripts/session.ts, wherever the questionnaire runs) puts its wipe: the page leaves once it is done.
 */
export const QUICK_EXIT_EVENT = 'quick-exit';
const PRESSES = 3;
const WITHIN_MS = 1000;
/** The page leaves after this long whatever happens (the wipe ends well before, even on a busy browser). */
const AT_MOST_MS = 6000;

let leaving: string | null = null;

export function quickExit(url: string): void {
  if (leaving !== null) return;
  leaving = url;
  document.documentElement.style.visibility = 'hidden';
  // At once: the session is wiped where the questionnaire runs (no entry of it can be restored any more) and
  // every sessionStorage key of the site is deleted, wherever we are.
  const wipes: Promise<unknown>[] = [];
  dispatchEvent(new CustomEvent(QUICK_EXIT_EVENT, { detail: wipes }));
  try {
    sessionStorage.clear();
  } catch {
    // Storage unavailable: nothing of ours is in it.
  }
  let gone = false;
  const leave = () => {
    if (gone) return;
    gone = true;
    location.replace(url);
  };
  void Promise.all(wipes).then(leave, leave);
  setTimeout(leave, AT_MOST_MS);
}

export function installQuickExit(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]')];
  const url = links[0]?.href;
  if (url === undefined) return;
  // Brought back from the back/forward cache after leaving: leave again.
  addEventListener('pageshow', (event) => {
    if (event.persisted && leaving !== null) location.replace(leaving);
  });
  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      quickExit(url);
    });
  }
  let presses: number[] = [];
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = performance.now();
    presses = [...presses.filter((at) => now - at < WITHIN_MS), now];
    if (presses.length >= PRESSES) quickExit(url);
  });
  // Any other key between the presses starts the count again (typing a capital letter is not an exit).
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') presses = [];
  });
}
