import { describe, expect, it } from 'vitest';
import { initialView, type QuestionnaireView } from '../../domain/machine.ts';
import { departementCodes, flow } from '../../domain/questionnaire.ts';
import { isPendingActor, pendingActor, type StartActor } from './actor.ts';
import { starter } from './machine-start.ts';

describe('pendingActor: the first screen without the machine’s code', () => {
  it('shows the initial state, and plays the answers sent before the code came, in order, to its listeners', async () => {
    let release: (start: StartActor) => void = () => undefined;
    let loads = 0;
    const load = () => {
      loads += 1;
      return new Promise<StartActor>((resolve) => (release = resolve));
    };
    const actor = pendingActor(load, initialView(flow));
    const seen: QuestionnaireView[] = [];
    actor.subscribe((snapshot) => seen.push(snapshot));
    expect(actor.getSnapshot()).toEqual(initialView(flow));
    actor.send({ type: 'ANSWER', value: 'moi' });
    actor.send({ type: 'ANSWER', value: ['argent'] });
    expect(loads).toBe(1);
    expect(seen).toEqual([]);
    release(starter(flow, departementCodes));
    await new Promise((resolve) => setTimeout(resolve));
    expect(String(actor.getSnapshot().value)).toBe('regime');
    expect(actor.getSnapshot().context.answers).toEqual({ qui: 'moi', besoin: ['argent'] });
    expect(seen.map((s) => String(s.value))).toEqual(['besoin', 'regime']);
  });

  it('tries again when the code could not be had', async () => {
    let fail = true;
    const load = () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(starter(flow, departementCodes)));
    const actor = pendingActor(load, initialView(flow));
    actor.send({ type: 'ANSWER', value: 'moi' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(String(actor.getSnapshot().value)).toBe(flow.start);
    fail = false;
    actor.send({ type: 'ANSWER', value: ['argent'] });
    await new Promise((resolve) => setTimeout(resolve));
    // Both answers, in order: the one sent while offline was kept.
    expect(actor.getSnapshot().context.answers).toEqual({ qui: 'moi', besoin: ['argent'] });
  });

  it('says when an answer waits for code that could not be had (onFailed), and warm() then plays it', async () => {
    let fail = true;
    let failed = 0;
    const load = () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(starter(flow, departementCodes)));
    const actor = pendingActor(load, initialView(flow), () => (failed += 1));
    actor.warm();
    await new Promise((resolve) => setTimeout(resolve));
    expect(failed, 'no answer waits: nothing to say').toBe(0);
    actor.send({ type: 'ANSWER', value: 'moi' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(failed).toBe(1);
    expect(String(actor.getSnapshot().value)).toBe(flow.start);
    fail = false;
    actor.warm();
    await new Promise((resolve) => setTimeout(resolve));
    expect(String(actor.getSnapshot().value)).toBe('besoin');
    expect(actor.getSnapshot().context.answers).toEqual({ qui: 'moi' });
  });
});

describe('isPendingActor', () => {
  it('tells a waiting actor (which can be warmed) from the machine’s own', () => {
    const start = starter(flow, departementCodes);
    expect(isPendingActor(pendingActor(() => Promise.resolve(start), initialView(flow)))).toBe(true);
    const real = start({});
    expect(isPendingActor(real)).toBe(false);
    real.stop();
  });
});

