import { describe, expect, it } from 'vitest';
import { ContentError, ameliSite, balsOf, caisseOf, content, departement, dispositif, phone, serviceSocialPhone, site, validateContent } from './content.ts';
import { AxeId, CAISSE_HOSTS, DispositifId, isOfficialUrl, Moment, OFFICIAL_HOSTS, Public, RedirectionId, Stat, ThemeId } from './schemas.ts';
import { keys } from '../i18n/index.ts';
import texts from '../i18n/locales/fr/content.json' with { type: 'json' };
import pageTexts from '../i18n/locales/fr/pages.json' with { type: 'json' };

/** A deep copy of the real files, to break one thing at a time. */
function files(): Record<string, any> {
  return structuredClone({ ...content }) as Record<string, any>;
}

/** The problems validateContent reports for `input` (fails the test if it does not throw a ContentError). */
function problemsOf(input: Record<string, unknown>): readonly string[] {
  try {
    validateContent(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('validateContent accepted the malformed content');
}

/** The nine departmental BALs of seed 001 (Carsat Sud-Est partner deck), copied as printed there. */
const SEED_BALS = [
  'servicesocial05@carsat-sudest.fr',
  'servicesocialnice@carsat-sudest.fr',
  'servicesocialajaccio@carsat-sudest.fr',
  'servicesocialbastia@carsat-sudest.fr',
  'servicesocialbdrest@carsat-sudest.fr',
  'servicesocialbdrouest@carsat-sudest.fr',
  'servicesocialvar@carsat-sudest.fr',
  'servicesocialvauclose@carsat-sudest.fr',
  'servicesocialdigne@carsat-sudest.fr',
];

describe('the real content', () => {
  it('validates', () => {
    expect(() => validateContent(files())).not.toThrow();
    expect(content.axes.map((a) => a.id)).toEqual(['pdp', 'sps']);
    expect(content.themes).toHaveLength(5);
    expect(content.dispositifs.map((d) => d.id).sort()).toEqual([...DispositifId.options].sort());
    expect(content.redirections.map((r) => r.id).sort()).toEqual([...RedirectionId.options].sort());
  });

  it('has 101 départements, each with a caisse of caisses.json', () => {
    const list = content.departements.departements;
    expect(list).toHaveLength(101);
    expect(new Set(list.map((d) => d.code)).size).toBe(101);
    for (const d of list) expect(caisseOf(d.code), d.code).toBeDefined();
    expect(caisseOf('13')?.id).toBe('carsat_sud_est');
    expect(caisseOf('2a')?.id).toBe('carsat_sud_est');
    expect(caisseOf('82')?.id).toBe('carsat_midi_pyrenees');
    expect(caisseOf('93')?.id).toBe('cramif');
    expect(caisseOf('974')?.id).toBe('cgss_reunion');
    expect(caisseOf('20')).toBeUndefined();
    expect(departement('48')?.toConfirm).toBe(true);
    expect(departement('976')?.toConfirm).toBe(true);
    expect(list.filter((d) => d.toConfirm).map((d) => d.code)).toEqual(['48', '976']);
  });

  it('has exactly the nine BALs of seed 001, unchanged, each flagged to confirm', () => {
    expect(content.bals.bals.map((b) => b.email)).toEqual(SEED_BALS);
    for (const b of content.bals.bals) {
      expect(b.toConfirm).toBe(true);
      expect(b.sources.map((s) => s.ref)).toContain('seed:001_22f792b28731c800.txt');
    }
    expect(content.bals.communes).toEqual({});
  });

  it('puts every BAL in a département of a caisse (Carsat Sud-Est)', () => {
    for (const b of content.bals.bals) {
      expect(departement(b.departement), b.email).toBeDefined();
      expect(caisseOf(b.departement)?.id, b.email).toBe('carsat_sud_est');
    }
    expect(balsOf('84').map((b) => b.email)).toEqual(['servicesocialvauclose@carsat-sudest.fr']);
    expect(balsOf('13').map((b) => b.sector)).toEqual(['Est', 'Ouest']);
    expect(balsOf('75')).toEqual([]);
    expect(balsOf('99')).toEqual([]);
  });

  it('finds phones in contacts then urgences, sites, dispositifs', () => {
    expect(phone('cpam_3646')?.dial).toBe('3646');
    expect(serviceSocialPhone.dial).toBe('3646');
    expect(ameliSite.url).toMatch(/^https:\/\/www\.ameli\.fr/);
    expect(phone('suicide_3114')?.dial).toBe('3114');
    expect(phone('sms_114')?.channel).toBe('sms');
    expect(content.urgences[0]?.id).toBe('suicide_3114');
    expect(site('ameli')?.url).toBe('https://www.ameli.fr');
    expect(dispositif('temps_partiel_therapeutique')?.publics).toEqual(['salarie', 'independant']);
    expect(dispositif('temps_partiel_therapeutique')?.toConfirm).toBe(true);
    expect(dispositif('nope')).toBeUndefined();
  });

  it('keeps the seed restrictions on who a dispositif is for', () => {
    for (const id of ['essai_encadre', 'crpe', 'visite_pre_reprise', 'rendez_vous_liaison'])
      expect(dispositif(id)?.publics, id).toEqual(['salarie']);
    for (const id of ['ama', 'help']) expect(dispositif(id)?.publics, id).toEqual(['independant']);
  });
});

describe('balsOf with a commune → BAL table', () => {
  it('returns the commune’s BAL when the table lists it, else every BAL of the département', async () => {
    const { createLookups } = await import('../content/lookup.ts');
    const withSplit = { ...content, bals: { ...content.bals, communes: { '13001': 'servicesocialbdrouest@carsat-sudest.fr' } } };
    const l = createLookups(withSplit);
    expect(l.balsOf('13', '13001').map((b) => b.email)).toEqual(['servicesocialbdrouest@carsat-sudest.fr']);
    expect(l.balsOf('13', '13055')).toHaveLength(2);
    expect(l.balsOf('13')).toHaveLength(2);
  });
});

describe('malformed content fails with the file and the path', () => {
  it('wrong type', () => {
    const f = files();
    f['dispositifs'][3].url = 42;
    f['caisses'][0].toConfirm = 'oui';
    const problems = problemsOf(f);
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/dispositifs\.json: dispositifs\[3\]\.url: /));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/caisses\.json: caisses\[0\]\.toConfirm: /));
    expect(problems).toHaveLength(2);
  });

  it('bad URL', () => {
    const f = files();
    f['dispositifs'][0].url = 'www.ameli.fr';
    f['contacts'].sites[1].url = 'ameli';
    const problems = problemsOf(f);
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/dispositifs\.json: dispositifs\[0\]\.url: /));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/contacts\.json: sites\[1\]\.url: /));
  });

  it('bad source reference', () => {
    const f = files();
    f['bals'].bals[0].sources[0].ref = 'seed:001.txt';
    expect(problemsOf(f)).toContainEqual(expect.stringMatching(/^src\/content\/bals\.json: bals\[0\]\.sources\[0\]\.ref: /));
  });

  it('unknown dispositif id in axes and themes', () => {
    const f = files();
    f['axes'][1].dispositifs.push('inclupro'); // known: fine
    expect(() => validateContent(f)).not.toThrow();
    f['dispositifs'] = f['dispositifs'].filter((d: { id: string }) => d.id !== 'help');
    const problems = problemsOf(f);
    expect(problems).toContain('src/content/dispositifs.json: dispositifs: missing dispositif "help"');
    expect(problems).toContain(`src/content/axes.json: axes[0].dispositifs[${content.axes[0]!.dispositifs.indexOf('help')}]: unknown dispositif "help" (not in dispositifs.json)`);
  });

  it('dispositif id outside the contract', () => {
    const f = files();
    f['themes'][4].dispositifs.push('aide_repit');
    expect(problemsOf(f)).toContainEqual(expect.stringMatching(/^src\/content\/themes\.json: themes\[4\]\.dispositifs\[\d+\]: /));
  });

  it('département with an unknown caisse', () => {
    const f = files();
    f['departements'].departements[12].caisse = 'carsat_provence';
    expect(problemsOf(f)).toEqual([
      'src/content/departements.json: departements[12].caisse: unknown caisse "carsat_provence" (not in caisses.json)',
      'src/content/bals.json: bals[4].departement: département "13" has no known caisse ("carsat_provence")',
      'src/content/bals.json: bals[5].departement: département "13" has no known caisse ("carsat_provence")',
    ]);
  });

  it('caisse missing from caisses.json', () => {
    const f = files();
    f['caisses'] = f['caisses'].filter((c: { id: string }) => c.id !== 'cssm');
    expect(problemsOf(f)).toEqual(['src/content/departements.json: departements[100].caisse: unknown caisse "cssm" (not in caisses.json)']);
  });

  it('missing département', () => {
    const f = files();
    f['departements'].departements.splice(20, 1); // 2B
    const problems = problemsOf(f);
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/departements\.json: departements: .*101/));
    expect(problems).toHaveLength(1); // the BAL check needs a valid file: one problem, not a cascade
  });

  it('duplicate département code and BAL of an unknown département', () => {
    const f = files();
    f['departements'].departements[21].code = '2B';
    const problems = problemsOf(f);
    expect(problems).toContain('src/content/departements.json: departements[21].code: duplicate code "2B"');
    const g = files();
    g['departements'].departements[3].code = '2B'; // 04 disappears
    expect(problemsOf(g)).toContain('src/content/bals.json: bals[8].departement: unknown département "04" (not in departements.json)');
  });

  it('duplicate id', () => {
    const f = files();
    f['caisses'][1].id = f['caisses'][0].id;
    f['stats'][2].id = f['stats'][0].id;
    f['contacts'].phones[1].id = 'samu_15';
    const problems = problemsOf(f);
    expect(problems).toContain('src/content/caisses.json: caisses[1].id: duplicate id "carsat_alsace_moselle"');
    expect(problems).toContain('src/content/stats.json: stats[2].id: duplicate id "france_professionnels_2021"');
    expect(problems).toContain('src/content/contacts.json: phones[1].id: id "samu_15" is also a phone of urgences.json');
  });

  it('duplicate dispositif', () => {
    const f = files();
    f['dispositifs'].push(structuredClone(f['dispositifs'][0]));
    expect(problemsOf(f)).toEqual(['src/content/dispositifs.json: dispositifs[25].id: duplicate id "inclupro"']);
  });

  it('redirection pointing to an unknown phone or site', () => {
    const f = files();
    f['redirections'][0].phones.push('samu_16');
    f['redirections'][1].sites.push('cpam_3646');
    expect(problemsOf(f)).toEqual([
      `src/content/redirections.json: redirections[0].phones[${content.redirections[0]!.phones.length}]: unknown phone "samu_16" (not in contacts.json or urgences.json)`,
      `src/content/redirections.json: redirections[1].sites[${content.redirections[1]!.sites.length}]: unknown site "cpam_3646" (not in contacts.json)`,
    ]);
  });

  it('missing redirection', () => {
    const f = files();
    f['redirections'].pop();
    expect(problemsOf(f)).toEqual(['src/content/redirections.json: redirections: missing redirection "service_social_departemental"']);
  });

  it('commune → BAL table with an unknown address, and a split département without sectors', () => {
    const f = files();
    f['bals'].communes = { '13055': 'servicesocialbdr@carsat-sudest.fr', '13001': 'servicesocialbdrest@carsat-sudest.fr' };
    delete f['bals'].bals[5].sector;
    expect(problemsOf(f)).toEqual([
      'src/content/bals.json: bals[5].sector: required: département "13" has several BALs',
      'src/content/bals.json: communes.13055: unknown BAL "servicesocialbdr@carsat-sudest.fr" (not in bals)',
    ]);
  });

  it('missing and unknown files', () => {
    const f = files();
    delete f['stats'];
    f['extra'] = [];
    expect(problemsOf(f)).toEqual(['src/content/stats.json: stats: missing file', 'src/content/extra.json: (root): unknown content file']);
  });

  it('a fact without lastReviewed, or with a date that is not YYYY-MM-DD, names the file, the path and the id', () => {
    const f = files();
    delete f['dispositifs'][5].lastReviewed;
    delete f['departements'].departements[12].lastReviewed;
    delete f['bals'].bals[0].lastReviewed;
    f['contacts'].phones[0].lastReviewed = '23/11/2026';
    f['stats'][1].lastReviewed = '2026-13-01';
    const problems = problemsOf(f);
    expect(problems).toHaveLength(5);
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/dispositifs\.json: dispositifs\[5\]\.lastReviewed: required: .*YYYY-MM-DD \("cellule_pdp"\)$/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/departements\.json: departements\[12\]\.lastReviewed: .* \("13"\)$/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/bals\.json: bals\[0\]\.lastReviewed: .* \("servicesocial05@carsat-sudest\.fr"\)$/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/contacts\.json: phones\[0\]\.lastReviewed: .* \("cpam_3646"\)$/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/content\/stats\.json: stats\[1\]\.lastReviewed: .* \("france_part_ass_2021"\)$/));
  });

  it('every fact of every file is dated', () => {
    const facts = [
      ...content.axes,
      ...content.themes,
      ...content.dispositifs,
      ...content.caisses,
      ...content.departements.departements,
      ...content.bals.bals,
      ...content.contacts.phones,
      ...content.contacts.sites,
      ...content.urgences,
      ...content.redirections,
      ...content.stats,
    ];
    for (const fact of facts) expect(fact.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads the files as written on disk: "$schema" and a list under its file name', () => {
    const disk = {
      ...files(),
      dispositifs: { $schema: './schemas/dispositifs.schema.json', dispositifs: files()['dispositifs'] },
      bals: { $schema: './schemas/bals.schema.json', ...files()['bals'] },
    };
    expect(validateContent(disk).dispositifs).toEqual(content.dispositifs);
    const wrong = { ...disk, dispositifs: { $schema: './dispositifs.json', dispositif: [] }, bals: { ...disk.bals, $schema: 'x' } };
    expect(problemsOf(wrong)).toEqual([
      'src/content/dispositifs.json: (root): "$schema" should be "./schemas/dispositifs.schema.json" (the file\'s JSON Schema), not "./dispositifs.json"',
      'src/content/dispositifs.json: (root): unknown key "dispositif": the file holds "$schema" and "dispositifs" only',
      'src/content/dispositifs.json: (root): missing "dispositifs": the list is written { "$schema": "./schemas/dispositifs.schema.json", "dispositifs": [ … ] }',
      'src/content/bals.json: (root): "$schema" should be "./schemas/bals.schema.json" (the file\'s JSON Schema), not "x"',
    ]);
  });

  it('figures: a known caisse, a percentage at most 100, one unit per measure', () => {
    const f = files();
    f['stats'][5].caisse = 'carsat_provence';
    f['stats'][1].quantity = 650;
    f['stats'][2].measure = 'professionnels';
    f['stats'][2].unit = 'percent';
    f['stats'][2].quantity = 10;
    expect(problemsOf(f)).toEqual([
      'src/content/stats.json: stats[1].quantity: a percentage is at most 100 ("france_part_ass_2021")',
      'src/content/stats.json: stats[2].unit: "professionnels" is counted in "count" by another figure ("france_assures_2021")',
      'src/content/stats.json: stats[5].caisse: unknown caisse "carsat_provence" (not in caisses.json)',
    ]);
  });

  it('lists every problem of every file in one error message', () => {
    const f = files();
    f['urgences'][0].dial = '31 14';
    f['axes'][0].url = 'nope';
    try {
      validateContent(f);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/^Invalid content \(2 problems\):\n/);
      expect((error as Error).message).toContain('src/content/axes.json: axes[0].url: ');
      expect((error as Error).message).toContain('src/content/urgences.json: urgences[0].dial: ');
    }
  });
});

/** Every string of the content that is an address (a `url`, a source `ref`), with where it is. */
function addresses(node: unknown, at = ''): { at: string; url: string }[] {
  if (typeof node === 'string') return /^[a-z][a-z0-9+.-]*:/i.test(node) && !node.startsWith('seed:') ? [{ at, url: node }] : [];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => addresses(value, at ? `${at}.${key}` : key));
}

describe('official links (OFFICIAL_HOSTS) and https addresses', () => {
  const index = (id: string) => content.dispositifs.findIndex((d) => d.id === id);

  it('sends every link called official to a host of OFFICIAL_HOSTS, each host saying who it is', () => {
    for (const h of [...OFFICIAL_HOSTS, ...CAISSE_HOSTS]) expect(h.who.trim(), h.host).not.toBe('');
    for (const d of content.dispositifs) if (d.url) expect(isOfficialUrl(d.url), `${d.id}: ${d.url}`).toBe(true);
    for (const a of content.axes) expect(isOfficialUrl(a.url), a.id).toBe(true);
    for (const site of content.contacts.sites) expect(isOfficialUrl(site.url), site.id).toBe(true);
  });

  it('shows no official link where no official page is known, rather than another page', () => {
    const without = content.dispositifs.filter((d) => d.url === undefined).map((d) => d.id);
    expect(without.sort()).toEqual(['aide_domicile', 'amenagement_logement', 'ardh', 'cap_emploi', 'help', 'inclupro', 'temps_partiel_therapeutique']);
    // Their facts keep their sources (seeds and the pages found), shown as sources.
    for (const id of without) expect(dispositif(id)?.sources.length, id).toBeGreaterThan(0);
  });

  it('never gives one département’s or one region’s page as the page of a dispositif', () => {
    const local = /cpam\d|cpam-|mdph\d|capemploi\d|carsat-|cramif|cgss-|\.msa\.fr/;
    for (const d of content.dispositifs) if (d.url) expect(d.url, d.id).not.toMatch(local);
  });

  it('has only https addresses, sources included', () => {
    const all = addresses(content);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((a) => !a.url.startsWith('https://')).map((a) => `${a.at}: ${a.url}`)).toEqual([]);
  });

  it('fails on an unofficial host in an official link, naming the file, the id and the problem', () => {
    const f = files();
    f['dispositifs'][index('css')].url = 'https://macsf.fr/site_vitrine/la-reprise-a-temps-partiel-therapeutique';
    f['axes'][1].url = 'https://www.espace-social.com/le-service-social';
    f['contacts'].sites[0].url = 'https://www.google.com/';
    expect(problemsOf(f)).toEqual([
      'src/content/axes.json: axes[1].url: "https://www.espace-social.com/le-service-social": "www.espace-social.com" is not an official host (OFFICIAL_HOSTS in src/domain/schemas.ts); keep this page in "sources", and leave the official link out if no official page is known ("sps")',
      `src/content/dispositifs.json: dispositifs[${index('css')}].url: "https://macsf.fr/site_vitrine/la-reprise-a-temps-partiel-therapeutique": "macsf.fr" is not an official host (OFFICIAL_HOSTS in src/domain/schemas.ts); keep this page in "sources", and leave the official link out if no official page is known ("css")`,
      'src/content/contacts.json: sites[0].url: "https://www.google.com/": "www.google.com" is not an official host (OFFICIAL_HOSTS in src/domain/schemas.ts); keep this page in "sources", and leave the official link out if no official page is known ("ameli")',
    ]);
  });

  it('fails on one département’s page, or a caisse’s page, given as the page of a dispositif', () => {
    const f = files();
    f['dispositifs'][index('help')].url = 'https://cpam67-ts.fr/des-aides-specifiques-pour-les-travailleurs-independants';
    f['dispositifs'][index('ardh')].url = 'https://www.carsat-pl.fr/home/retraites/votre-sante/aide-apres-une-hospitalisation.html';
    const problems = problemsOf(f);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^src\/content\/dispositifs\.json: dispositifs\[\d+\]\.url: .*"cpam67-ts\.fr" is not an official host.*\("help"\)$/);
    expect(problems[1]).toMatch(/^src\/content\/dispositifs\.json: dispositifs\[\d+\]\.url: .*"www\.carsat-pl\.fr" is not an official host.*\("ardh"\)$/);
    // The same Carsat site is the caisse's own site in caisses.json, shown to the people of its départements.
    const g = files();
    g['caisses'][0].url = 'https://www.carsat-pl.fr';
    g['caisses'][1].url = 'https://www.macsf.fr';
    expect(problemsOf(g)).toEqual([
      `src/content/caisses.json: caisses[1].url: "https://www.macsf.fr": "www.macsf.fr" is not an official host (OFFICIAL_HOSTS or CAISSE_HOSTS in src/domain/schemas.ts); keep this page in "sources", and leave the official link out if no official page is known ("${content.caisses[1]!.id}")`,
    ]);
  });

  it('fails on an address that is not https (http:, javascript:, data:), in a link or a source', () => {
    const f = files();
    f['dispositifs'][index('css')].sources[0].ref = 'http://www.ameli.fr/assure/css';
    f['contacts'].sites[1].url = 'javascript:alert(document.cookie)';
    f['contacts'].quickExit.url = 'data:text/html,<h1>Bonjour</h1>';
    f['departements'].sources[0].ref = 'ftp://example.org/liste.txt';
    expect(problemsOf(f)).toEqual([
      `src/content/dispositifs.json: dispositifs[${index('css')}].sources[0].ref: "http://www.ameli.fr/assure/css": only https: addresses are allowed, not "http:" ("css")`,
      'src/content/departements.json: sources[0].ref: "ftp://example.org/liste.txt": only https: addresses are allowed, not "ftp:"',
      `src/content/contacts.json: sites[1].url: "javascript:alert(document.cookie)": only https: addresses are allowed, not "javascript:" ("${content.contacts.sites[1]!.id}")`,
      'src/content/contacts.json: quickExit.url: "data:text/html,<h1>Bonjour</h1>": only https: addresses are allowed, not "data:"',
    ]);
  });

  it('fails on an address with a user name, or no public host', () => {
    const f = files();
    f['axes'][0].url = 'https://user:secret@www.ameli.fr/';
    f['stats'][0].sources[0].ref = 'https://localhost/stats';
    const problems = problemsOf(f);
    expect(problems).toContain('src/content/axes.json: axes[0].url: "https://user:secret@www.ameli.fr/": an address needs a public host and no user name or password ("pdp")');
    expect(problems).toContain(`src/content/stats.json: stats[0].sources[0].ref: "https://localhost/stats": an address needs a public host and no user name or password ("${content.stats[0]!.id}")`);
  });
});

// The words only the static pages show (« À propos », the dispositifs' page) are in pages.json, so that the
// result's texts the questionnaire fetches (content.json) carry none of them.
describe('texts of pages.json for the content', () => {
  const t = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], pageTexts);
  const required: string[] = [];
  for (const s of content.stats) required.push(keys.stat(s.id));
  // The title of each chart of « À propos » (figures sharing a measure).
  for (const measure of new Set(content.stats.flatMap((s) => s.measure ?? []))) required.push(keys.measure(measure));
  for (const id of Stat.shape.scope.options) required.push(keys.scope(id));
  for (const id of Public.options) required.push(keys.public(id));
  for (const id of Moment.options) required.push(keys.moment(id));

  it.each(required)('%s exists and is not empty', (key) => {
    const value = t(key);
    expect(typeof value).toBe('string');
    expect((value as string).trim()).not.toBe('');
  });

  it('none of them is left in content.json', () => {
    for (const section of ['stat', 'measure', 'scope', 'public', 'moment']) expect(Object.keys(texts)).not.toContain(section);
  });
});

describe('texts of content.json', () => {
  const t = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts);
  const required: string[] = [];
  for (const id of AxeId.options) for (const part of ['title', 'short', 'who', 'what'] as const) required.push(keys.axe(id, part));
  for (const id of ThemeId.options) for (const part of ['title', 'summary'] as const) required.push(keys.theme(id, part));
  for (const d of content.dispositifs)
    for (const part of ['name', 'summary', 'who', 'when', 'ask'] as const) required.push(keys.dispositif(d.id, part));
  for (const id of RedirectionId.options) for (const part of ['title', 'summary'] as const) required.push(keys.redirection(id, part));
  for (const p of [...content.contacts.phones, ...content.urgences]) for (const part of ['label', 'cost'] as const) required.push(keys.phone(p.id, part));
  for (const s of content.contacts.sites) required.push(keys.site(s.id));
  // Each département whose caisse is still to confirm says what is known and what is not (Lozère, Mayotte).
  for (const d of content.departements.departements) if (d.toConfirm) required.push(keys.departementNote(d.code));

  it.each(required)('%s exists and is not empty', (key) => {
    const value = t(key);
    expect(typeof value).toBe('string');
    expect((value as string).trim()).not.toBe('');
  });

  it('has a note for the départements still to confirm, Lozère and Mayotte, and for no other', () => {
    const noted = Object.keys((texts as { departement?: object }).departement ?? {}).sort();
    expect(noted).toEqual(['48', '976']);
    expect(content.departements.departements.filter((d) => d.toConfirm).map((d) => d.code).sort()).toEqual(noted);
    expect(t(keys.departementNote('976'))).toContain('CSSM');
  });

  it('has optional parts (note, say) only for known ids, and nothing else', () => {
    const optional = new Set<string>();
    for (const d of content.dispositifs) optional.add(keys.dispositif(d.id, 'note'));
    for (const p of [...content.contacts.phones, ...content.urgences]) optional.add(keys.phone(p.id, 'say'));
    const leaves: string[] = [];
    const walk = (node: unknown, prefix: string) => {
      if (typeof node === 'string') leaves.push(prefix);
      else for (const [k, v] of Object.entries(node as object)) walk(v, prefix ? `${prefix}.${k}` : k);
    };
    walk(texts, '');
    const allowed = new Set([...required, ...optional]);
    expect(leaves.filter((k) => !allowed.has(k))).toEqual([]);
    for (const k of leaves) expect(String(t(k)).trim(), k).not.toBe('');
    expect(t(keys.phone('cpam_3646', 'say'))).toBe('Demandez le « service social »');
    expect(t(keys.phone('cpam_3646', 'cost'))).toBe("Service gratuit + prix de l'appel");
  });
});
