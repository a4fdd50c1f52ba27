/**
 * What the questionnaire island receives from its page: the texts of its locale and a slim,
 * already validated projection of the content (no sources, no quotes), so the browser downloads
 * only what the screens show.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import type { TFunction } from 'i18next';
import type { Answers } from '../../domain/conditions.ts';
import type { DirectoryData } from '../../domain/directory.ts';
import type { Flow } from '../../domain/flow.ts';
import type { Rules } from '../../domain/orientation.ts';
import type { Locale } from '../../i18n/routes.ts';
import type { CompactReviewIndex } from '../../domain/review.ts';

export interface IslandData {
  readonly axes: Readonly<Record<string, { readonly url: string }>>;
  readonly themes: Readonly<Record<string, { readonly kind: 'information' | 'transversal'; readonly toConfirm: boolean }>>;
  /**
   * The dispositifs that have an official page (`url`, a host of OFFICIAL_HOSTS). A dispositif without one is
   * absent: the result shows it (texts by id) with no « page officielle » link.
   */
  readonly dispositifs: Readonly<Record<string, { readonly url: string; readonly toConfirm: boolean }>>;
  readonly caisses: Readonly<Record<string, { readonly name: string; readonly url: string }>>;
  /** National numbers and emergency numbers, by id (`sayFor`: the caisses where the spoken instruction is documented). */
  readonly phones: Readonly<Record<string, PhoneData>>;
  readonly sites: Readonly<Record<string, { readonly url: string }>>;
  readonly redirections: Readonly<Record<string, { readonly phones: readonly string[]; readonly sites: readonly string[] }>>;
  /** Emergency phone ids in the order they are shown (3114 first). */
  readonly urgences: readonly string[];
  /** `toConfirm`: the caisse of this département is still to confirm (a note says what is known). */
  readonly departements: readonly { readonly code: string; readonly name: string; readonly toConfirm: boolean }[];
  /** Id of the phone of the service social (the 3646). */
  readonly servicePhone: string;
  /** When each fact was last checked (`dispositifs:css` → ISO date): the result says how current it is. */
  readonly reviewed: CompactReviewIndex;
}

export interface PhoneData {
  readonly display: string;
  readonly dial: string;
  readonly channel: 'tel' | 'sms';
  readonly sayFor?: readonly string[] | undefined;
}

export interface IslandProps {
  /** The site's locale (`falc` is French for i18next and `lang`). */
  readonly locale: Locale;
  readonly texts: Record<string, unknown>;
  readonly data: IslandData;
  readonly flow: Flow;
  readonly rules: Rules;
  readonly directory: DirectoryData;
  /**
   * The language hand-off (HANDOFF_KEY, the text found in sessionStorage; null or left out: none), given by the
   * page, which takes it out of sessionStorage as soon as it loads (src/views/Questionnaire.astro).
   */
  readonly handoff?: string | null;
  /** At a borne (src/components/kiosk/): what changes there. Absent on the ordinary site. */
  readonly kiosk?: KioskMode;
}

/**
 * What the borne changes in the island (given by src/components/kiosk/KioskApp.tsx; its code is never in the
 * ordinary questionnaire's bundle): links that cannot leave the borne, the end of the result, the keypad.
 */
export interface KioskMode {
  /** A page of the site (its French path, `/aide-urgente/`) as the borne links to it. */
  readonly href: (path: string) => string;
  /** Another site, a mailbox (`mailto:`), a phone (`tel:`), or a page the borne has not: shown the borne's way. */
  readonly Target: ComponentType<{ readonly href: string; readonly children: ComponentChildren }>;
  /** The end of the result at the borne (its QR code, ticket, « Terminer »), in place of its buttons. */
  readonly ResultEnd: ComponentType<{ readonly screen: ScreenContext; readonly onEdit: () => void }>;
  /** The on-screen numeric keypad of the postal code field (`input`: the id of that field). */
  readonly Keypad: ComponentType<{ readonly input: string }>;
  /** When asked, in another language: French, shown under each title, option and result line. */
  readonly french: TFunction | null;
}

export interface ScreenContext {
  readonly t: TFunction;
  readonly flow: Flow;
  readonly rules: Rules;
  /** Who to contact per département: made into a Directory by the result only (createDirectory). */
  readonly directory: DirectoryData;
  readonly data: IslandData;
  readonly answers: Answers;
  /** "vous" when answering for oneself, "la personne" otherwise. */
  readonly forOther: boolean;
  /** A page of the site (its French path, `/aide-urgente/`) in the island's locale. */
  readonly href: (path: string) => string;
  /** BCP 47 language of the texts (dates, `Intl`). */
  readonly lang: string;
  /** Facile à lire et à comprendre: the result shows less at once. */
  readonly easyRead: boolean;
  /** At a borne only. */
  readonly kiosk?: KioskMode | undefined;
}
