import { describe, expect, it } from 'vitest';
import type { Commune, GeoResult } from '../../domain/geo.ts';
import { departementLabel, fieldReducer, initialField, postalOf, resolveDepartement, settleLookup, type FieldState } from './departement-state.ts';

const commune = (insee: string, name: string, departement: string, postalCodes: string[]): Commune =>
  ({ insee, name, departement, postalCodes, key: name.toLowerCase(), stem: name.toLowerCase() }) as Commune;
const marseille1 = commune('13201', 'Marseille 1er Arrondissement', '13', ['13001']);
const aix = commune('13001', 'Aix-en-Provence', '13', ['13080', '13090', '13100']);
const aixLesBains = commune('73008', 'Aix-les-Bains', '73', ['73100']);

const postal = (code: string, communes: Commune[]): GeoResult => ({ kind: 'communes', query: { kind: 'postal', code } as never, communes, total: communes.length });
const named = (key: string, communes: Commune[], total = communes.length): GeoResult => ({ kind: 'communes', query: { kind: 'name', key } as never, communes, total });

const empty = initialField('', '', null);
const withList: FieldState = fieldReducer(empty, { type: 'found', found: { communes: [aix, aixLesBains], total: 2, postal: null } });

describe('the field reducer', () => {
  it('shows the commune answered before in the field', () => {
    expect(initialField('13', '', marseille1)).toMatchObject({ departement: '13', text: 'Marseille 1er Arrondissement', commune: marseille1 });
    expect(initialField('13', 'Mars', marseille1).text).toBe('Mars');
  });

  it('forgets the chosen commune as soon as the text changes', () => {
    const chosen = fieldReducer(withList, { type: 'chosen', commune: aix });
    expect(chosen).toMatchObject({ commune: aix, text: 'Aix-en-Provence', departement: '13', expanded: false, active: -1 });
    expect(fieldReducer(chosen, { type: 'typed', text: 'Aix-' })).toMatchObject({ commune: null, text: 'Aix-' });
  });

  it('opens the list with what was found, and closes it when nothing was', () => {
    expect(withList).toMatchObject({ expanded: true, active: -1 });
    expect(fieldReducer(withList, { type: 'found', found: null })).toMatchObject({ expanded: false, found: null });
  });

  it('moves through the options with the arrows, wrapping around', () => {
    const closed = fieldReducer(withList, { type: 'close' });
    expect(fieldReducer(closed, { type: 'move', down: true })).toMatchObject({ expanded: true, active: 0 });
    expect(fieldReducer(closed, { type: 'move', down: false })).toMatchObject({ expanded: true, active: 1 });
    const last = fieldReducer(withList, { type: 'move', down: false });
    expect(last.active).toBe(1);
    expect(fieldReducer(last, { type: 'move', down: true }).active).toBe(0);
    expect(fieldReducer(empty, { type: 'move', down: true })).toBe(empty);
  });

  it('clears the text with Escape, and keeps what was typed over a restored commune', () => {
    expect(fieldReducer({ ...withList, text: 'Aix' }, { type: 'clear' })).toMatchObject({ text: '', commune: null, found: null });
    expect(fieldReducer({ ...empty, text: 'Mar' }, { type: 'restored', commune: marseille1 })).toMatchObject({ text: 'Mar', commune: marseille1 });
  });
});

describe('resolveDepartement', () => {
  it('gives the département picked in the list, with the commune only if it is in it', () => {
    expect(resolveDepartement(empty, 'list')).toEqual({ kind: 'none' });
    expect(resolveDepartement({ ...empty, departement: '83' }, 'list')).toEqual({ kind: 'answer', value: '83' });
    const chosen = fieldReducer(empty, { type: 'chosen', commune: marseille1 });
    expect(resolveDepartement(chosen, 'list')).toEqual({ kind: 'answer', value: '13', commune: '13201' });
    expect(resolveDepartement({ ...chosen, departement: '83' }, 'list')).toEqual({ kind: 'answer', value: '83' });
  });

  it('gives the commune chosen in the field, asks for something typed, and looks up the rest', () => {
    expect(resolveDepartement(fieldReducer(empty, { type: 'chosen', commune: aix }), 'entry')).toEqual({ kind: 'answer', value: '13', commune: '13001' });
    expect(resolveDepartement({ ...empty, text: '  ' }, 'entry')).toEqual({ kind: 'problem', problem: 'empty' });
    expect(resolveDepartement({ ...empty, text: '13001' }, 'entry')).toEqual({ kind: 'lookup' });
  });
});

describe('settleLookup', () => {
  it('takes the one commune a postal code serves', () => {
    expect(settleLookup(postal('13001', [marseille1]))).toMatchObject({ kind: 'chosen', commune: marseille1, answer: { kind: 'answer', value: '13', commune: '13201' } });
  });

  it('takes the commune whose name is exactly the one typed, else asks to choose', () => {
    expect(settleLookup(named('aix-en-provence', [aix, aixLesBains]))).toMatchObject({ kind: 'chosen', commune: aix });
    expect(settleLookup(named('aix', [aix, aixLesBains]))).toMatchObject({ kind: 'choose', answer: { kind: 'problem', problem: 'choose' } });
  });

  it('shows the list preset when a département number was typed', () => {
    expect(settleLookup({ kind: 'problem', problem: 'departementCode', departement: '83' })).toEqual({
      kind: 'toList',
      departement: '83',
      answer: { kind: 'problem', problem: 'departementCode' },
    });
    expect(settleLookup({ kind: 'problem', problem: 'postalUnknown' })).toEqual({ kind: 'problem', answer: { kind: 'problem', problem: 'postalUnknown' } });
  });
});

describe('postalOf', () => {
  it('shows the postal code looked up when the commune has it, else its first', () => {
    expect(postalOf(aix, '13090')).toBe('13090');
    expect(postalOf(aix, '13001')).toBe('13080');
    expect(postalOf(aix, null)).toBe('13080');
  });
});

describe('departementLabel', () => {
  it('names a département with its code, and falls back to the code', () => {
    const list = [{ code: '13', name: 'Bouches-du-Rhône' }];
    expect(departementLabel(list, '13')).toBe('Bouches-du-Rhône (13)');
    expect(departementLabel(list, '99')).toBe('99');
  });
});
