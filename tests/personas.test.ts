/**
 * The example situations (shared/PERSONAS.md) through the orientation rules: the public file, the project's own
 * file, malformed files, and the `npm run personas` command itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPersonas, type PersonaResult } from '../src/domain/personas.ts';
import { ContentError } from '../src/domain/problems.ts';
import { departementCodes, directory, flow, rules } from '../src/domain/questionnaire.ts';

const PUBLIC = 'tests/fixtures/personas/public.json';
const PROJECT = 'tests/fixtures/personas/project.json';

const read = (file: string): any[] => JSON.parse(readFileSync(file, 'utf8'));
const run = (raw: unknown): PersonaResult[] => runPersonas(raw, flow, rules, directory, departementCodes);

/** The ContentError problems for `raw` (fails the test if runPersonas does not throw one). */
function problemsOf(raw: unknown): readonly string[] {
  try {
    run(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('runPersonas accepted the malformed file');
}

describe('runPersonas on the public situations', () => {
  it('passes all of them', () => {
    const results = run(read(PUBLIC));
    expect(results).toHaveLength(8);
    expect(results.filter((r) => r.differences.length > 0).map((r) => [r.id, r.differences])).toEqual([]);
  });
});

describe('runPersonas on the project’s own situations', () => {
  const results = run(read(PROJECT));
  const byId = (id: string): PersonaResult => {
    const found = results.find((r) => r.id === id);
    if (!found) throw new Error(`no persona "${id}"`);
    return found;
  };

  it('passes all of them', () => {
    expect(results.length).toBeGreaterThanOrEqual(8);
    expect(results.filter((r) => r.differences.length > 0).map((r) => [r.id, r.differences])).toEqual([]);
  });

  it('tells the salariée whose CDD ends soon to make contact before it ends', () => {
    const { orientation } = byId('sandrine-cdd-fin-dans-2-mois-toulon');
    expect(orientation.notes.map((n) => n.id)).toContain('avant_fin_contrat');
  });

  it('does not offer the fonctionnaire the service social (no axe, no caisse, not its 3646)', () => {
    const { orientation } = byId('marc-fonctionnaire-territorial');
    expect(orientation.inScope).toBe(false);
    expect(orientation.contact).toMatchObject({ phone: null, caisse: null, bals: [] });
    expect(orientation.axes).toEqual([]);
  });

  it('gives a pure reimbursement question no axe at all', () => {
    expect(byId('julien-question-remboursement-ajaccio').orientation.axes).toEqual([]);
  });

  it('puts the emergency numbers first for the person feeling very low', () => {
    const { orientation } = byId('lea-tres-mal-auch');
    expect(orientation.redirections[0]?.id).toBe('urgence');
    expect(orientation.support).toBe(true);
  });

  it('sends a long arrêt or a pension d’invalidité with money problems to SPS, naming it in the reason (R4, seed 003)', () => {
    const sylvie = byId('sylvie-demandeuse-emploi-arret-long-marseille').orientation.axes;
    expect(sylvie.map((a) => a.id)).toEqual(['sps']);
    expect(sylvie[0]?.reasons).toContainEqual({ question: 'arret', value: '3_mois_ou_plus' });
    expect(sylvie[0]?.reasons).toContainEqual({ question: 'difficultes', value: 'argent' });
    const michel = byId('michel-pension-invalidite-sans-activite-lille').orientation.axes;
    expect(michel.map((a) => a.id)).toEqual(['sps']);
    expect(michel[0]?.reasons).toContainEqual({ question: 'invalidite', value: 'pension' });
  });

  it('shows hospital discharge as information, not as the PDP axe', () => {
    const { orientation } = byId('andre-retraite-hospitalise-nice');
    expect(orientation.themes.map((t) => t.id)).toContain('retour_domicile');
    expect(orientation.axes.map((a) => a.id)).not.toContain('pdp');
  });
});

describe('runPersonas on a malformed file', () => {
  const valerie = () => structuredClone(read(PUBLIC).find((p) => p.id === 'valerie-secretaire-manosque'));

  it('names the persona and the unknown question', () => {
    const persona = valerie();
    persona.answers.statut = 'salarie';
    expect(problemsOf([persona])).toContain('persona "valerie-secretaire-manosque": answers.statut: unknown question');
  });

  it('names the persona and the unknown option', () => {
    const persona = valerie();
    persona.answers.arret = '90_jours';
    expect(problemsOf([persona])).toContain('persona "valerie-secretaire-manosque": answers.arret: "90_jours" is not an option of "arret"');
  });

  it('names the persona and the answer the flow needs but the file leaves out', () => {
    const persona = valerie();
    delete persona.answers.contrat;
    expect(problemsOf([persona])).toContain('persona "valerie-secretaire-manosque": answers.contrat: missing, and the flow asks it in this situation');
  });

  it('names the persona of an answer of the wrong shape', () => {
    const persona = valerie();
    persona.answers.sante = 'aucune';
    expect(problemsOf([persona]).join('\n')).toContain('persona "valerie-secretaire-manosque": answers.sante');
  });

  it('names the persona whose expect has an unknown part', () => {
    const persona = valerie();
    persona.expect.notes = { include: ['avant_fin_contrat'] };
    expect(problemsOf([persona]).some((p) => p.startsWith('persona "valerie-secretaire-manosque": '))).toBe(true);
  });

  it('names a duplicate persona id', () => {
    expect(problemsOf([valerie(), valerie()])).toContain('persona "valerie-secretaire-manosque": duplicate id');
  });

  it('refuses a file that is not a list of personas', () => {
    const problems = problemsOf({ personas: [valerie()] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^file: /);
    expect(problemsOf([]).join('\n')).toMatch(/^file: /);
  });
});

describe('npm run personas', () => {
  const dir = mkdtempSync(join(tmpdir(), 'personas-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const command = (file: string): { status: number; stdout: string; stderr: string } => {
    try {
      const stdout = execFileSync('npm', ['run', '--silent', 'personas', '--', file], { encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, stdout, stderr: '' };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('prints one line per persona and ends with the count, exit code 0', () => {
    const { status, stdout } = command(PUBLIC);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('8 passed, 0 failed');
    expect(lines.filter((line) => line.startsWith('✓ '))).toHaveLength(8);
    expect(status).toBe(0);
  }, 60_000);

  it('exits with code 2 and names the persona when the file is malformed', () => {
    const persona = read(PUBLIC)[0];
    persona.answers.statut = 'independant';
    const file = join(dir, 'malformed.json');
    writeFileSync(file, JSON.stringify([persona]));
    const { status, stderr } = command(file);
    expect(status).toBe(2);
    expect(stderr).toContain(`persona "${persona.id}": answers.statut: unknown question`);
  }, 60_000);

  it('exits with code 1 when a persona does not get its expected orientation', () => {
    const persona = read(PUBLIC).find((p) => p.id === 'valerie-secretaire-manosque');
    persona.expect.axes = { first: 'sps' };
    const file = join(dir, 'failing.json');
    writeFileSync(file, JSON.stringify([persona]));
    const { status, stdout } = command(file);
    expect(status).toBe(1);
    expect(stdout).toContain('✗ valerie-secretaire-manosque — axes: expected "sps" first, got "pdp"');
    expect(stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  }, 60_000);
});
