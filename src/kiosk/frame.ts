/**
 * What every page of the borne runs (src/components/kiosk/KioskFrame.astro): finishing a reset begun by another
 * page, « Tout effacer » and the quick exit (Shift ×3) that reset at once and never leave for another site,
 * « Retour » on the borne's pages, the inactivity watch with its warning, and the service worker.
 *
 * Inactivity: after `inactivitySeconds` without a touch, the alertdialog « Vous êtes toujours là ? » counts down
 * `warningSeconds` (≥ 20 s, WCAG 2.2.1), visibly, each second; « Je suis encore là » (or Escape) gives the time
 * back; at zero, the reset. Not on the start screen of the borne's own language while nothing has been done there.
 *
 * Service worker (src/kiosk/service-worker.ts): one per language of the borne (scope `/borne/`, `/en/borne/`…),
 * registered from every page of the borne; a new version waits until a start screen asks for it, never in the
 * middle of a questionnaire.
 */
import { SCREEN_EVENT } from './screen.ts';
import { finishPendingReset, KIOSK_RESET_EVENT, resetKiosk } from './reset.ts';

const PRESSES = 3;
const WITHIN_MS = 1000;
/** How long a start screen lets a waiting version take over before reloading itself once (see installWorkers). */
const UPDATE_GRACE_MS = 5000;
/** Set while that one reload is spent: the next start screen waits for the browser instead of reloading again. */
const UPDATE_MARK = 'borne-mise-a-jour';

/** Whether the one reload is spent (also when there is no storage to mark it: then there is no reload at all). */
function reloadSpent(): boolean {
  try {
    return sessionStorage.getItem(UPDATE_MARK) !== null;
  } catch {
    return true;
  }
}

function markReload(spent: boolean): void {
  try {
    if (spent) sessionStorage.setItem(UPDATE_MARK, 'oui');
    else sessionStorage.removeItem(UPDATE_MARK);
  } catch {
    // Without storage there is no reload either (reloadSpent says so).
  }
}

interface FrameSettings {
  readonly home: string;
  readonly start: string;
  readonly inactivityMs: number;
  readonly warningSeconds: number;
  readonly scopes: readonly string[];
}

function settings(): FrameSettings | null {
  const data = document.body.dataset;
  const inactivity = Number(data['borneInactivity']);
  const warning = Number(data['borneWarning']);
  const home = data['borneHome'];
  const start = data['borneStart'];
  if (!home || !start || !(inactivity > 0) || !(warning > 0)) return null;
  let scopes: string[] = [];
  try {
    scopes = JSON.parse(data['borneScopes'] ?? '[]') as string[];
  } catch {
    scopes = [];
  }
  return { home, start, inactivityMs: inactivity * 1000, warningSeconds: warning, scopes };
}

/** The start screen of the borne's own language, with nothing done in this tab yet: nothing to wipe. */
function isPristine(s: FrameSettings): boolean {
  const data = document.body.dataset;
  const entries = (window as { navigation?: { entries?: () => unknown[] } }).navigation?.entries?.().length ?? 1;
  return data['borneScreen'] === 'accueil' && data['borneUsed'] !== 'oui' && s.start === s.home && entries <= 2;
}

function onStartScreen(): boolean {
  return document.body.dataset['borneScreen'] === 'accueil';
}

function installIdle(s: FrameSettings): void {
  const dialog = document.getElementById('borne-idle');
  const count = document.getElementById('borne-idle-count');
  const stay = dialog?.querySelector<HTMLButtonElement>('[data-borne-stay]');
  if (!(dialog instanceof HTMLDialogElement) || !count || !stay) return;
  let forms: Record<string, string> = {};
  try {
    forms = JSON.parse(count.dataset['forms'] ?? '{}') as Record<string, string>;
  } catch {
    forms = {};
  }
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const say = (n: number) => {
    const form = forms[plural.select(n)] ?? forms['other'] ?? '{{count}}';
    count.textContent = form.replace('{{count}}', String(n));
  };
  let idle: number | undefined;
  let tick: number | undefined;
  let stopped = false;
  const arm = () => {
    window.clearTimeout(idle);
    if (stopped || dialog.open) return;
    idle = window.setTimeout(warn, s.inactivityMs);
  };
  const warn = () => {
    if (stopped) return;
    if (isPristine(s)) {
      arm();
      return;
    }
    let left = s.warningSeconds;
    say(left);
    dialog.showModal();
    stay.focus();
    tick = window.setInterval(() => {
      left -= 1;
      if (left <= 0) {
        window.clearInterval(tick);
        say(0);
        resetKiosk(s.home);
        return;
      }
      say(left);
    }, 1000);
  };
  const giveBack = () => {
    window.clearInterval(tick);
    if (dialog.open) dialog.close();
    arm();
  };
  stay.addEventListener('click', giveBack);
  // Escape (a keyboard, if there is one) is « I am still here » too, never a silent close.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    giveBack();
  });
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'scroll']) {
    document.addEventListener(type, () => {
      if (!dialog.open) arm();
    }, { capture: true, passive: true });
  }
  window.addEventListener(SCREEN_EVENT, arm);
  window.addEventListener(KIOSK_RESET_EVENT, () => {
    stopped = true;
    window.clearTimeout(idle);
    window.clearInterval(tick);
  });
  arm();
}

function installButtons(s: FrameSettings): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-borne-reset]')) {
      event.preventDefault();
      resetKiosk(s.home);
      return;
    }
    if (target?.closest('[data-borne-back]')) {
      event.preventDefault();
      const index = (window as { navigation?: { currentEntry?: { index: number } | null } }).navigation?.currentEntry?.index;
      if (index === undefined || index > 0) history.back();
      else location.assign(s.start);
    }
  });
  // The site's quick exit shortcut: at a borne it wipes everything and shows the start screen, nothing else.
  let presses: number[] = [];
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    presses = [...presses.filter((at) => event.timeStamp - at < WITHIN_MS), event.timeStamp];
    if (presses.length >= PRESSES) resetKiosk(s.home);
  });
}

function installWorkers(s: FrameSettings): void {
  if (!('serviceWorker' in navigator) || s.scopes.length === 0) return;
  const container = navigator.serviceWorker;
  const registrations: ServiceWorkerRegistration[] = [];
  // A new version is taken on a start screen only: the waiting worker is told to take over, then the page reloads.
  // The browser lets it take over once the worker in charge has nothing left to do; a request the page before
  // left pending can hold that off for minutes (Chromium), so a start screen still waiting after UPDATE_GRACE_MS
  // reloads itself once, which releases it. A short-lived sessionStorage mark (no answer in it) stops a loop.
  let nudge: number | undefined;
  const applyUpdates = () => {
    if (!onStartScreen()) return;
    const waiting = registrations.filter((registration) => registration.waiting);
    for (const registration of waiting) registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
    if (waiting.length === 0 || nudge !== undefined || reloadSpent()) return;
    nudge = window.setTimeout(() => {
      if (!onStartScreen() || !registrations.some((registration) => registration.waiting)) return;
      markReload(true);
      location.reload();
    }, UPDATE_GRACE_MS);
  };
  const hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    markReload(false);
    if (hadController && onStartScreen()) location.reload();
  });
  for (const scope of s.scopes) {
    container.register(`${scope}sw.js`, { scope }).then(
      (registration) => {
        registrations.push(registration);
        registration.addEventListener('updatefound', () => {
          registration.installing?.addEventListener('statechange', applyUpdates);
        });
        applyUpdates();
      },
      () => undefined,
    );
  }
  window.addEventListener(SCREEN_EVENT, applyUpdates);
}

export function installFrame(): void {
  if (finishPendingReset()) return;
  // A page of the borne restored from the browser's back/forward cache may have to finish a reset too.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) finishPendingReset();
  });
  const s = settings();
  if (!s) return;
  installButtons(s);
  installIdle(s);
  installWorkers(s);
}
