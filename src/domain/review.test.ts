import { describe, expect, it } from 'vitest';
import { content } from './content.ts';
import { compactReviewIndex, formatReview, monthsBefore, oldestReviewed, oldestShown, resultFactKeys, reviewContent, reviewFacts, reviewIndex } from './review.ts';
import { orient } from './orientation.ts';
import { directory, flow, rules } from './questionnaire.ts';
import type { Content } from '../content/lookup.ts';

const copy = (): Content => structuredClone(content);

describe('monthsBefore', () => {
  it('goes back whole months, keeping the day where it exists', () => {
    expect(monthsBefore('2026-11-29', 12)).toBe('2025-11-29');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  });
});

describe('oldestReviewed', () => {
  it('is the oldest date, or undefined without facts', () => {
    expect(oldestReviewed([{ lastReviewed: '2026-11-23' }, { lastReviewed: '2025-01-02' }, { lastReviewed: '2026-01-01' }])).toBe('2025-01-02');
    expect(oldestReviewed([])).toBeUndefined();
  });
});

describe('reviewContent (the core of npm run content:review)', () => {
  it('counts every dated fact of every file', () => {
    const c = content;
    const expected =
      c.axes.length + c.themes.length + c.dispositifs.length + c.redirections.length + c.contacts.phones.length + c.contacts.sites.length +
      c.urgences.length + c.stats.length + c.caisses.length + c.departements.departements.length + c.bals.bals.length;
    expect(reviewFacts(c)).toHaveLength(expected);
    expect(reviewContent(c, '2026-11-29').total).toBe(expected);
  });

  it('lists nothing overdue within 12 months, and every fact still to confirm', () => {
    const review = reviewContent(content, '2026-11-29');
    expect(review.cutoff).toBe('2025-11-29');
    expect(review.overdue).toBe(0);
    const listed = review.groups.flatMap((g) => g.facts);
    expect(listed.every((f) => f.toConfirm && !f.overdue)).toBe(true);
    expect(listed).toHaveLength(review.toConfirm);
    expect(listed.map((f) => `${f.file} ${f.id}`)).toContain('bals.json servicesocialvauclose@carsat-sudest.fr');
  });

  it('lists a fact checked more than 12 months ago as overdue, in the group of its caisse, overdue first', () => {
    const c = copy();
    c.bals.bals[0]!.lastReviewed = '2025-11-28'; // one day too old
    c.bals.bals[1]!.lastReviewed = '2025-11-29'; // exactly 12 months: not yet
    c.dispositifs.find((d) => d.id === 'css')!.lastReviewed = '2024-06-01';
    c.departements.departements.find((d) => d.code === '82')!.lastReviewed = '2020-01-01';
    c.stats.find((s) => s.id === 'tg_assures_2023')!.lastReviewed = '2021-05-05';
    const review = reviewContent(c, '2026-11-29');
    expect(review.overdue).toBe(4);
    const national = review.groups.find((g) => g.caisse === null)!;
    expect(national.facts[0]).toMatchObject({ file: 'dispositifs.json', id: 'css', overdue: true });
    const sudEst = review.groups.find((g) => g.caisse === 'carsat_sud_est')!;
    expect(sudEst.name).toBe('Carsat Sud-Est');
    expect(sudEst.facts[0]).toMatchObject({ id: 'servicesocial05@carsat-sudest.fr', overdue: true });
    expect(sudEst.facts.find((f) => f.id === 'servicesocialnice@carsat-sudest.fr')?.overdue).toBe(false);
    const midiPyrenees = review.groups.find((g) => g.caisse === 'carsat_midi_pyrenees')!;
    expect(midiPyrenees.facts.slice(0, 2).map((f) => f.id)).toEqual(['82', 'tg_assures_2023']);
    expect(review.groups[0]?.caisse).toBeNull();
  });

  it('prints a Markdown checklist grouped by caisse, naming file, id, date, status and source', () => {
    const c = copy();
    c.bals.bals[0]!.lastReviewed = '2024-02-01';
    const text = formatReview(reviewContent(c, '2026-11-29'));
    expect(text).toMatch(/^# Relecture du contenu \(2026-11-29\)\n/);
    expect(text).toContain('1 information en retard');
    expect(text).toContain('## Carsat Sud-Est (carsat_sud_est)');
    expect(text).toContain(
      '- [ ] src/content/bals.json · servicesocial05@carsat-sudest.fr (05) : EN RETARD : vérifiée le 2024-02-01, à confirmer. Source : seed:001_22f792b28731c800.txt',
    );
    expect(text.indexOf('## Toutes les caisses')).toBeLessThan(text.indexOf('## Carsat Sud-Est'));
  });

  it('says there is nothing to review when every fact is recent and confirmed', () => {
    const c = copy();
    for (const list of [c.axes, c.themes, c.dispositifs, c.redirections, c.contacts.phones, c.contacts.sites, c.urgences, c.stats, c.caisses, c.bals.bals])
      for (const item of list) item.toConfirm = false;
    for (const d of c.departements.departements) d.toConfirm = false;
    const review = reviewContent(c, '2026-11-29');
    expect(review.groups).toEqual([]);
    expect(formatReview(review)).toContain('Rien à revoir.');
  });
});

describe('what a result shows, and how current it is', () => {
  const contacts = {
    redirections: Object.fromEntries(content.redirections.map((r) => [r.id, { phones: r.phones, sites: r.sites }])),
    servicePhone: 'cpam_3646',
    urgences: content.urgences.map((p) => p.id),
    contactSites: ['ameli'],
  };
  const employee = {
    qui: 'moi', besoin: ['travail'], regime: 'general', situation: 'salarie', contrat: 'en_cours', arret: '3_mois_ou_plus',
    travail_menace: 'oui', invalidite: 'non', sante: ['aucune'], difficultes: ['moral'], soutien: 'vu', complementaire: 'oui', departement: '13',
  };

  it('lists the outcomes, their contacts, the 3646, the département, its caisse and its mailboxes', () => {
    const keys = resultFactKeys(orient(flow, rules, directory, employee), contacts);
    expect(keys).toEqual(expect.arrayContaining([
      'axes:pdp', 'dispositifs:essai_encadre', 'redirections:urgence', 'phones:suicide_3114', 'phones:cpam_3646', 'sites:ameli',
      'departements:13', 'caisses:carsat_sud_est', 'bals:servicesocialbdrest@carsat-sudest.fr', 'bals:servicesocialbdrouest@carsat-sudest.fr',
    ]));
    expect(keys).not.toContain('axes:sps');
    const index = reviewIndex(content);
    for (const key of keys) expect(index[key], key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows no 3646 nor caisse to a person of another régime, but the door that fits', () => {
    const keys = resultFactKeys(orient(flow, rules, directory, { qui: 'moi', besoin: ['argent'], regime: 'msa', difficultes: ['aucune'] }), contacts);
    expect(keys).toContain('redirections:msa');
    expect(keys.filter((k) => k.startsWith('caisses:') || k.startsWith('departements:') || k === 'phones:cpam_3646')).toEqual([]);
  });

  it('gives the oldest date among the facts shown, from the compact index the browser gets', () => {
    const c = copy();
    c.bals.bals.find((b) => b.departement === '13')!.lastReviewed = '2026-02-03';
    c.dispositifs.find((d) => d.id === 'aah')!.lastReviewed = '2025-01-01'; // not shown
    const index = compactReviewIndex(reviewIndex(c));
    expect(index.usual).toBe('2026-11-23');
    expect(index.others).toEqual({ 'bals:servicesocialbdrest@carsat-sudest.fr': '2026-02-03', 'dispositifs:aah': '2025-01-01' });
    const keys = resultFactKeys(orient(flow, rules, directory, employee), contacts);
    expect(oldestShown(index, keys)).toBe('2026-02-03');
    expect(oldestShown(index, ['axes:pdp'])).toBe('2026-11-23');
  });
});
