import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/conditions.ts';
import { orient, type Orientation } from '../../domain/orientation.ts';
import { directory, flow, rules } from '../../domain/questionnaire.ts';
import frUi from '../../i18n/locales/fr/ui.json' with { type: 'json' };
import personas from '../../../tests/fixtures/personas/public.json' with { type: 'json' };
import { notesAt, planResult, SHOWN_DISPOSITIFS } from './result-plan.ts';

const answersOf = (id: string): Answers => {
  const found = personas.find((p) => p.id === id);
  if (!found) throw new Error(`no persona ${id}`);
  return found.answers as Answers;
};
const oriented = (answers: Answers): Orientation => orient(flow, rules, directory, answers);

describe('planResult: the right door first', () => {
  it('Paul and Valérie: the service social leads, its 3646 and mailboxes are the action', () => {
    for (const id of ['paul-commercant-marseille', 'valerie-secretaire-manosque']) {
      const plan = planResult(oriented(answersOf(id)));
      expect(plan.lead).toEqual({ kind: 'service' });
      expect(plan.actions).toEqual([{ kind: 'service', mail: true }]);
    }
  });

  it('Christian: l’Assurance retraite leads, the 3646 beneath as the fallback, never the mailboxes', () => {
    const plan = planResult(oriented(answersOf('christian-ingenieur-aix')));
    expect(plan.lead).toEqual({ kind: 'door', door: 'retraite' });
    expect(plan.actions.map((a) => (a.kind === 'door' ? a.outcome.id : a))).toEqual(['retraite', { kind: 'service', mail: false }]);
  });

  it('a farmer (MSA): the MSA only, no 3646 of the régime général', () => {
    const plan = planResult(oriented(answersOf('pierre-eleveur-gers')));
    expect(plan.lead).toEqual({ kind: 'door', door: 'msa' });
    expect(plan.actions.every((a) => a.kind === 'door')).toBe(true);
  });

  it('never more than three actions; the other doors go lower', () => {
    const many: Answers = { qui: 'moi', besoin: ['retraite', 'remboursement'], regime: 'general', situation: 'demandeur_emploi', arret: 'non', sante: ['handicap'], difficultes: ['logement'], complementaire: 'oui', departement: '04', invalidite: 'non', travail_menace: 'non' };
    const o = oriented(many);
    const plan = planResult(o);
    expect(plan.actions.length).toBeLessThanOrEqual(3);
    expect([...plan.actions.flatMap((a) => (a.kind === 'door' ? [a.outcome] : [])), ...plan.otherDoors]).toEqual(o.doors);
  });

  it('shows five dispositifs, the rest behind « Autres aides », in the orientation’s order', () => {
    const o = oriented(answersOf('valerie-secretaire-manosque'));
    const plan = planResult(o);
    expect(plan.dispositifs.shown).toHaveLength(SHOWN_DISPOSITIFS);
    expect([...plan.dispositifs.shown, ...plan.dispositifs.more]).toEqual(o.dispositifs);
    expect(planResult(o, 3).dispositifs.shown).toHaveLength(3);
  });
});

describe('notesAt: notes where orientation.json places them', () => {
  const soon: Answers = { ...answersOf('valerie-secretaire-manosque'), contrat: 'se_termine_bientot', qui: 'proche' };

  it('puts each note at its placement, and an axe note with the actions when its axe does not apply', () => {
    const o = oriented(soon);
    const placed = ['actions', 'end', 'axe:pdp', 'axe:sps'] as const;
    const all = placed.flatMap((p) => notesAt(o, p).map((n) => n.id));
    expect(all.sort()).toEqual(o.notes.map((n) => n.id).sort());
    const moved = { ...o, notes: o.notes.map((n) => ({ ...n, placement: 'axe:sps' as const })) };
    expect(moved.axes.map((a) => a.id)).not.toContain('sps');
    expect(notesAt(moved, 'actions').map((n) => n.id)).toEqual(o.notes.map((n) => n.id));
    const inPdp = { ...o, notes: o.notes.map((n) => ({ ...n, placement: 'axe:pdp' as const })) };
    expect(notesAt(inPdp, 'axe:pdp')).toHaveLength(o.notes.length);
  });
});

describe('texts the result needs for the data', () => {
  it('names every door in the heading (ui.result.door.<id>) and has a text for every note', () => {
    const ui = frUi.ui.result as unknown as { door: Record<string, string>; notes: Record<string, string> };
    for (const r of rules.redirections.filter((r) => r.role === 'door')) expect(ui.door[r.id], `ui.result.door.${r.id}`).toBeTruthy();
    for (const n of rules.notes) expect(ui.notes[n.id], `ui.result.notes.${n.id}`).toBeTruthy();
  });
});
