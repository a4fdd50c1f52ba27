/**
 * How current the content is: every fact of src/content/ carries `lastReviewed` (the day it was last checked
 * against its source). Pure functions over the validated content, used by the pages (« Informations
 * vérifiées le … », the oldest date among what a page shows) and by `npm run content:review` (a checklist,
 * grouped by caisse, of the facts not checked for 12 months and of those still to confirm).
 */
import type { Content } from '../content/lookup.ts';

export interface Dated {
  /** ISO date, `2026-11-23`. */
  readonly lastReviewed: string;
}

/** The oldest `lastReviewed` of some facts (ISO dates compare as strings), or undefined when there is none. */
export function oldestReviewed(facts: Iterable<Dated>): string | undefined {
  let oldest: string | undefined;
  for (const fact of facts) if (oldest === undefined || fact.lastReviewed < oldest) oldest = fact.lastReviewed;
  return oldest;
}

/** Every dated fact of the content, in file order. */
export function datedFacts(content: Content): Dated[] {
  return reviewFacts(content);
}

/** `date` minus `months` months, as an ISO date (the 29 February 2028 minus 12 months is the 28 February 2027). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One fact as a content editor finds it: its file, its id (or code, or e-mail), what it is, its first source. */
export interface ReviewFact extends Dated {
  readonly file: string;
  readonly id: string;
  /** Human words next to the id: a name, a number, a département… */
  readonly what: string;
  /** The caisse whose editor checks it; null for a national fact. */
  readonly caisse: string | null;
  readonly toConfirm: boolean;
  readonly source: string;
}

interface Sourced extends Dated {
  readonly toConfirm: boolean;
  readonly sources: readonly { readonly ref: string }[];
}

/** Every dated fact, with what an editor needs to find and check it. */
export function reviewFacts(content: Content): ReviewFact[] {
  const caisseOfDepartement = new Map(content.departements.departements.map((d) => [d.code, d.caisse]));
  const fact = (file: string, id: string, what: string, item: Sourced, caisse: string | null = null): ReviewFact => ({
    file,
    id,
    what,
    caisse,
    toConfirm: item.toConfirm,
    lastReviewed: item.lastReviewed,
    source: item.sources[0]?.ref ?? '',
  });
  const departementsSource = { toConfirm: false, sources: content.departements.sources } as const;
  return [
    ...content.axes.map((a) => fact('axes.json', a.id, a.url ?? '', a)),
    ...content.themes.map((t) => fact('themes.json', t.id, t.kind, t)),
    ...content.dispositifs.map((d) => fact('dispositifs.json', d.id, d.url ?? d.sources[0]?.ref ?? '', d)),
    ...content.redirections.map((r) => fact('redirections.json', r.id, [...r.phones, ...r.sites].join(', '), r)),
    ...content.contacts.phones.map((p) => fact('contacts.json', p.id, p.display, p)),
    ...content.contacts.sites.map((s) => fact('contacts.json', s.id, s.url, s)),
    ...content.urgences.map((p) => fact('urgences.json', p.id, p.display, p)),
    ...content.stats.map((s) => fact('stats.json', s.id, `${s.value} (${s.year})`, s, s.caisse ?? null)),
    ...content.caisses.map((c) => fact('caisses.json', c.id, `${c.name}, ${c.url}`, c, c.id)),
    ...content.departements.departements.map((d) =>
      fact('departements.json', d.code, `${d.name} → ${d.caisse}`, { ...departementsSource, toConfirm: d.toConfirm, lastReviewed: d.lastReviewed }, d.caisse),
    ),
    ...content.bals.bals.map((b) =>
      fact('bals.json', b.email, `${b.departement}${b.sector ? `, secteur ${b.sector}` : ''}`, b, caisseOfDepartement.get(b.departement) ?? null),
    ),
  ];
}

export interface ReviewGroup {
  /** Null: the national facts (dispositifs, numbers, redirections, national figures). */
  readonly caisse: string | null;
  readonly name: string;
  readonly facts: readonly (ReviewFact & { readonly overdue: boolean })[];
}

export interface Review {
  readonly today: string;
  /** Facts last checked before this day are overdue (12 months before today). */
  readonly cutoff: string;
  readonly total: number;
  readonly overdue: number;
  readonly toConfirm: number;
  /** Only the groups with something to do; national first, then the caisses in the order of caisses.json. */
  readonly groups: readonly ReviewGroup[];
}

/** The facts to review on `today` (ISO date): not checked for `months` months, or still to confirm. */
export function reviewContent(content: Content, today: string, months = 12): Review {
  const cutoff = monthsBefore(today, months);
  const all = reviewFacts(content).map((f) => ({ ...f, overdue: f.lastReviewed < cutoff }));
  const todo = all.filter((f) => f.overdue || f.toConfirm);
  const order: (string | null)[] = [null, ...content.caisses.map((c) => c.id)];
  const names = new Map(content.caisses.map((c) => [c.id, c.name]));
  const groups = order
    .map((caisse) => ({
      caisse,
      name: caisse === null ? 'Toutes les caisses : informations nationales' : (names.get(caisse) ?? caisse),
      // Overdue first, then the oldest first.
      facts: todo
        .filter((f) => f.caisse === caisse)
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.lastReviewed.localeCompare(b.lastReviewed)),
    }))
    .filter((g) => g.facts.length > 0);
  return {
    today,
    cutoff,
    total: all.length,
    overdue: all.filter((f) => f.overdue).length,
    toConfirm: all.filter((f) => f.toConfirm).length,
    groups,
  };
}

/** The review as a Markdown checklist a content editor can work through (French: the editors' language). */
export function formatReview(review: Review): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  const lines = [
    `# Relecture du contenu (${review.today})`,
    '',
    `À revoir : les informations vérifiées avant le ${review.cutoff} (plus de 12 mois) et celles marquées « à confirmer » (toConfirm).`,
    `${plural(review.overdue, 'information en retard', 'informations en retard')} · ${plural(review.toConfirm, 'à confirmer', 'à confirmer')} · ${plural(review.total, 'information datée', 'informations datées')} en tout.`,
    'Pour chacune : relire la source, corriger si besoin, puis mettre la date du jour dans « lastReviewed » (et « toConfirm »: false une fois confirmée).',
  ];
  for (const group of review.groups) {
    lines.push('', `## ${group.name}${group.caisse ? ` (${group.caisse})` : ''}`, '');
    for (const f of group.facts) {
      const status = [f.overdue ? `EN RETARD : vérifiée le ${f.lastReviewed}` : `vérifiée le ${f.lastReviewed}`, f.toConfirm ? 'à confirmer' : null]
        .filter((s) => s !== null)
        .join(', ');
      const what = f.what && f.what !== f.source ? ` (${f.what})` : '';
      lines.push(`- [ ] src/content/${f.file} · ${f.id}${what} : ${status}. Source : ${f.source}`);
    }
  }
  if (review.groups.length === 0) lines.push('', 'Rien à revoir.');
  return `${lines.join('\n')}\n`;
}

/** The key of a fact in a review index: `dispositifs:css`, `departements:13`, `bals:<e-mail>`, `phones:cpam_3646`… */
export type FactKind = 'axes' | 'themes' | 'dispositifs' | 'redirections' | 'phones' | 'sites' | 'caisses' | 'departements' | 'bals';
export const factKey = (kind: FactKind, id: string): string => `${kind}:${id}`;

/** Every fact's `lastReviewed` by key, for the browser (the result says how current what it shows is). */
export function reviewIndex(content: Content): Record<string, string> {
  const index: Record<string, string> = {};
  const add = (kind: FactKind, id: string, fact: Dated) => (index[factKey(kind, id)] = fact.lastReviewed);
  for (const a of content.axes) add('axes', a.id, a);
  for (const t of content.themes) add('themes', t.id, t);
  for (const d of content.dispositifs) add('dispositifs', d.id, d);
  for (const r of content.redirections) add('redirections', r.id, r);
  for (const p of [...content.contacts.phones, ...content.urgences]) add('phones', p.id, p);
  for (const s of content.contacts.sites) add('sites', s.id, s);
  for (const c of content.caisses) add('caisses', c.id, c);
  for (const d of content.departements.departements) add('departements', d.code, d);
  for (const b of content.bals.bals) add('bals', b.email, b);
  return index;
}

/** What a result shows, as the orientation gives it (a structural subset of `Orientation`). */
export interface ShownResult {
  readonly axes: readonly { readonly id: string }[];
  readonly themes: readonly { readonly id: string }[];
  readonly dispositifs: readonly { readonly id: string }[];
  readonly redirections: readonly { readonly id: string }[];
  readonly support: boolean;
  readonly inScope: boolean;
  readonly contact: {
    readonly departement: string | null;
    readonly caisse: string | null;
    readonly bals: readonly { readonly email: string }[];
  };
}

/** The shape of what the result also shows with each redirection, and the phones always shown. */
export interface ResultContacts {
  readonly redirections: Readonly<Record<string, { readonly phones: readonly string[]; readonly sites: readonly string[] }>>;
  /** The 3646, shown with the contacts when the person is in scope. */
  readonly servicePhone: string;
  /** Emergency phones in the order shown; the result shows the first three when support is needed. */
  readonly urgences: readonly string[];
  /** Sites shown with the contacts (ameli.fr). */
  readonly contactSites: readonly string[];
}

/** The keys of every fact a result shows: its outcomes, their phones and sites, the département's caisse and mailboxes. */
export function resultFactKeys(result: ShownResult, contacts: ResultContacts): string[] {
  const keys = [
    ...result.axes.map((o) => factKey('axes', o.id)),
    ...result.themes.map((o) => factKey('themes', o.id)),
    ...result.dispositifs.map((o) => factKey('dispositifs', o.id)),
    ...result.redirections.flatMap((o) => [
      factKey('redirections', o.id),
      ...(contacts.redirections[o.id]?.phones ?? []).map((id) => factKey('phones', id)),
      ...(contacts.redirections[o.id]?.sites ?? []).map((id) => factKey('sites', id)),
    ]),
  ];
  if (result.support) keys.push(...contacts.urgences.slice(0, 3).map((id) => factKey('phones', id)));
  if (result.inScope) {
    keys.push(factKey('phones', contacts.servicePhone), ...contacts.contactSites.map((id) => factKey('sites', id)));
    const { departement, caisse, bals } = result.contact;
    if (departement) keys.push(factKey('departements', departement));
    if (caisse) keys.push(factKey('caisses', caisse));
    keys.push(...bals.map((b) => factKey('bals', b.email)));
  }
  return [...new Set(keys)];
}

/**
 * The review index as the browser gets it: the most common date, and only the facts checked on another day
 * (most facts are checked together: a few bytes instead of one date per fact).
 */
export interface CompactReviewIndex {
  readonly usual: string;
  readonly others: Readonly<Record<string, string>>;
}

export function compactReviewIndex(index: Readonly<Record<string, string>>): CompactReviewIndex {
  const counts = new Map<string, number>();
  for (const date of Object.values(index)) counts.set(date, (counts.get(date) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  return { usual, others: Object.fromEntries(Object.entries(index).filter(([, date]) => date !== usual)) };
}

/** The oldest date among the facts of `keys`, from a compact index. */
export function oldestShown(index: CompactReviewIndex, keys: readonly string[]): string | undefined {
  return oldestReviewed(keys.map((key) => ({ lastReviewed: index.others[key] ?? index.usual })));
}
