/**
 * `wipeSession()`: THE wipe of this tab's answering session, used by « Quitter rapidement » (quick-exit.ts) and
 * by the kiosk's reset. Its own chunk: the questionnaire fetches it with its last screens (after the first
 * answer, when there is something to wipe), so that it does not weigh on the first load; it then answers
 * « Quitter rapidement » (QUICK_EXIT_EVENT). The session and the places of the entries are kept by session.ts.
 */
import { endSession, lastPlace, placeOf, WIPE_EVENT, wipeHere } from './session.ts';

/** How long one step of the walk may take before the walk stops there (a busy or old browser). */
const STEP_TIMEOUT_MS = 1000;
/** On a quick exit, the walk takes no new step after this long (the page is hidden meanwhile). */
const QUICK_EXIT_WALK_MS = 2000;
/** src/scripts/quick-exit.ts `QUICK_EXIT_EVENT` (not imported: that module belongs to the pages' first load). */
export const QUICK_EXIT_EVENT = 'quick-exit';

/**
 * The first, synchronous part of a wipe: the island stops (WIPE_EVENT), the session and every sessionStorage
 * key of the site are deleted (from now on, no entry of the session is restored), the current entry is emptied.
 */
function forgetSession(): void {
  dispatchEvent(new Event(WIPE_EVENT));
  try {
    sessionStorage.clear();
  } catch {
    // Storage unavailable: nothing of ours is in it.
  }
  endSession();
  wipeHere();
}

interface NavigationLike {
  readonly currentEntry?: { readonly index: number } | null;
  entries?(): readonly { readonly sameDocument: boolean }[];
}

/** How many entries of this document there are before and after the current one. */
function around(): readonly [number, number] {
  const nav = (window as { navigation?: NavigationLike }).navigation;
  const index = nav?.currentEntry?.index ?? -1;
  const entries = index >= 0 ? nav?.entries?.() : undefined;
  if (entries?.[index]) {
    let before = 0;
    let after = 0;
    while (entries[index - before - 1]?.sameDocument) before += 1;
    while (entries[index + after + 1]?.sameDocument) after += 1;
    return [before, after];
  }
  // Without the Navigation API: the places this document wrote, and only from an entry it placed. Places are
  // consecutive (a new entry is one further than the one it was added from, and adding one drops those after
  // it), so the entries between 0 and the last place are this document's: the walk never steps out of it.
  const here = placeOf(history.state);
  return here === null ? [0, 0] : [here, Math.max(0, lastPlace() - here)];
}

/** One step in this document's history; false when it did not happen in time. */
function go(delta: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (moved: boolean) => {
      clearTimeout(timer);
      removeEventListener('popstate', onPop);
      resolve(moved);
    };
    const onPop = () => done(true);
    const timer = setTimeout(done, STEP_TIMEOUT_MS, false);
    addEventListener('popstate', onPop);
    history.go(delta);
  });
}

let wiping: Promise<void> | null = null;

/**
 * Wipes this tab's answering session:
 * 1. at once (`forgetSession`): the island stops writing history and following back/forward (WIPE_EVENT),
 *    every sessionStorage key of the site is deleted (the session id, a language hand-off), the current entry is
 *    emptied. From then on, no entry of the session is ever restored, in this document or another one (before a
 *    reload, another language), even after a reload or a restored closed tab;
 * 2. then every history entry of this document gets a state holding no answer: the walk goes forward to the
 *    last one, then back to the first one (one traversal each, Navigation API or not), taking no new step after
 *    `withinMs` (« Quitter rapidement » leaves within a moment; the kiosk's reset waits for the whole walk).
 *
 * Resolves when done (never rejects), on this document's first entry (unless cut short by `withinMs`), with no
 * traversal under way. The island writes no more history in this document: the caller then leaves it
 * (`location.replace(…)`) or reloads it.
 */
export function wipeSession(withinMs = Number.POSITIVE_INFINITY): Promise<void> {
  const until = performance.now() + withinMs;
  const step = async (delta: number) => performance.now() < until && (await go(delta));
  wiping ??= (async () => {
    forgetSession();
    let ahead = 0;
    while (around()[1] > 0 && (await step(1))) {
      ahead += 1;
      wipeHere();
    }
    // Stopped on an entry without a place (added by a link to a fragment): back to where the walk started.
    if (ahead > 0 && around()[0] === 0 && placeOf(history.state) === null) await go(-ahead);
    while (around()[0] > 0 && (await step(-1))) wipeHere();
  })()
    .catch(() => undefined)
    .finally(() => {
      wiping = null;
    });
  return wiping;
}

// « Quitter rapidement » (src/scripts/quick-exit.ts) leaves once the wipe is done. (Before this code has come,
// nothing was answered in this page: the exit clears sessionStorage itself and replaces the page.)
if (typeof window !== 'undefined') {
  addEventListener(QUICK_EXIT_EVENT, (event) => {
    (event as CustomEvent<Promise<unknown>[]>).detail.push(wipeSession(QUICK_EXIT_WALK_MS));
  });
}
