/**
 * Every path of the questionnaire ends in a result with a way to contact someone (DESIGN.md §10).
 * (a) model-based: paths generated from the XState machine; (b) exhaustive: every combination of
 * representative answers along every route, through the pure walker and `orient`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { references } from '../src/domain/condition-refs.ts';
import { kindOf, type Answer, type Answers, type Condition } from '../src/domain/conditions.ts';
import { END, SEEN, route, stepOf, type Flow } from '../src/domain/flow.ts';
import { createQuestionnaireMachine, currentStep, RESULT, type QuestionnaireEvent, type QuestionnaireSnapshot } from '../src/domain/machine.ts';
import { orient, type Orientation } from '../src/domain/orientation.ts';
import { departementCodes, directory, flow, rules } from '../src/domain/questionnaire.ts';
import redirectionsFile from '../src/content/redirections.json' with { type: 'json' };
import dispositifsFile from '../src/content/dispositifs.json' with { type: 'json' };

/**
 * Départements chosen for what their contact looks like: one BAL (04), two BALs and no commune table (13),
 * Corsica (2A), a Carsat without BAL (32), the Cramif (75), a CGSS (974) and the CSSM (976).
 */
const DEPARTEMENTS = ['04', '13', '2A', '32', '75', '974', '976'];

/** Combinations worth trying beside each option alone (multiple questions). */
const COMBINATIONS: Record<string, readonly (readonly string[])[]> = {
  besoin: [['travail', 'argent'], ['soins', 'argent'], ['domicile', 'retraite']],
  sante: [['maladie_grave', 'renoncement_soins'], ['hospitalisation', 'handicap']],
  difficultes: [['argent', 'isolement'], ['moral', 'argent'], ['numerique', 'logement', 'aidant']],
};

/** The answers tried for a step: every option of a single question, a representative set otherwise. */
function candidates(id: string): Answer[] {
  const step = stepOf(flow, id);
  switch (step.kind) {
    case 'single':
      return [...(step.options ?? [])];
    case 'multiple':
      return [...(step.options ?? []).map((option) => [option]), ...(COMBINATIONS[id] ?? [])];
    case 'departement':
      return DEPARTEMENTS;
    case 'info':
      return [SEEN];
  }
}

/**
 * The questions the flow branches on, each with the option values its conditions name
 * (null: every value matters, as for an `only` condition). Read from flow.json, never listed by hand.
 */
function branchingQuestions(source: Flow): Map<string, Set<string> | null> {
  const found = new Map<string, Set<string> | null>();
  const visit = (condition: Condition): void => {
    const kind = kindOf(condition);
    if (kind === 'all') (condition as { all: Condition[] }).all.forEach(visit);
    else if (kind === 'any') (condition as { any: Condition[] }).any.forEach(visit);
    else if (kind === 'not') visit((condition as { not: Condition }).not);
    else if (kind !== 'ref') {
      for (const { question, values } of references(condition)) {
        const known = found.has(question) ? found.get(question) : new Set<string>();
        if (kind === 'only' || known === null) found.set(question, null);
        else found.set(question, new Set([...(known ?? []), ...values]));
      }
    }
  };
  for (const step of source.steps) for (const branch of step.next) if (branch.when) visit(branch.when);
  for (const condition of Object.values(source.definitions)) visit(condition);
  return found;
}

const branching = branchingQuestions(flow);

/** An answer reduced to what the flow's conditions can tell apart: "-" unanswered, "·" none of the named values. */
function branchingPart(answer: Answer | undefined, values: Set<string> | null): string {
  if (answer === undefined) return '-';
  const chosen = typeof answer === 'string' ? [answer] : [...answer];
  const kept = values === null ? chosen : chosen.filter((value) => values.has(value));
  return kept.length > 0 ? kept.sort().join('+') : '·';
}

/** Where a person is (step) and what of their answers can still change the way ahead. */
function serializeState(snapshot: QuestionnaireSnapshot): string {
  const answers = snapshot.context.answers;
  const parts = [...branching].map(([question, values]) => `${question}=${branchingPart(answers[question], values)}`);
  return `${currentStep(snapshot)}|${parts.join('&')}`;
}

function events(snapshot: QuestionnaireSnapshot): QuestionnaireEvent[] {
  const step = currentStep(snapshot);
  if (step === RESULT) return [];
  if (step === END) return [{ type: 'CONFIRM' }];
  return candidates(step).map((value) => ({ type: 'ANSWER', value }));
}

const redirectionContacts = new Map(redirectionsFile.redirections.map((r) => [r.id, r.phones.length + r.sites.length]));

/** A way to reach someone: the 3646, a BAL, or a redirection that carries a phone or a site. */
function hasContact(orientation: Orientation): boolean {
  return (
    orientation.contact.phone !== null ||
    orientation.contact.bals.length > 0 ||
    orientation.redirections.some((r) => (redirectionContacts.get(r.id) ?? 0) > 0)
  );
}

function describeAnswers(answers: Answers): string {
  return Object.entries(answers)
    .map(([q, a]) => `${q}=${typeof a === 'string' ? a : a.join('+')}`)
    .join(' ');
}

describe('every path of the machine (xstate/graph)', () => {
  const machine = createQuestionnaireMachine(flow, departementCodes);
  const options = { events, serializeState, input: {} };
  // Simple paths would count every combination of non-branching answers (millions); states keyed by what
  // can still change the route give one shortest path per distinct route through the questionnaire.
  const paths = getShortestPaths(machine, { ...options, toState: (s) => currentStep(s) === RESULT });
  console.log(`every-path (a): ${paths.length} routes from the machine to the result`);

  it('finds several routes, each walked the same way by the machine and by the pure flow', () => {
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      const answers = path.state.context.answers;
      // The machine's steps on the way (without its start and the two end screens) are the flow's route.
      const shown = path.steps.map((s) => currentStep(s.state)).filter((id) => flow.steps.some((step) => step.id === id));
      const walked = route(flow, answers);
      expect(walked.pending, describeAnswers(answers)).toBe(END);
      expect([...new Set(shown)], describeAnswers(answers)).toEqual(walked.done);
    }
  });

  it('keys states only by questions the flow branches on', () => {
    expect([...branching.keys()].sort()).toEqual(['contrat', 'difficultes', 'regime', 'situation']);
  });

  it('never gets stuck: every answer offered moves on, and the result is reachable from every state', () => {
    const adjacency = getAdjacencyMap(machine, options);
    const reaches = new Set<string>();
    type Move = { state: QuestionnaireSnapshot; event: QuestionnaireEvent };
    const entries = Object.entries(adjacency).map(([key, value]) => [key, { state: value.state, transitions: value.transitions as Record<string, Move> }] as const);
    for (const [key, { state }] of entries) if (currentStep(state) === RESULT) reaches.add(key);
    for (const [key, { state, transitions }] of entries) {
      if (currentStep(state) === RESULT) continue;
      const moves = Object.values(transitions);
      expect(moves.length, key).toBeGreaterThan(0);
      for (const move of moves) expect(currentStep(move.state), `${key} ${JSON.stringify(move.event)}`).not.toBe(currentStep(state));
    }
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, { transitions }] of entries) {
        if (reaches.has(key)) continue;
        if (Object.values(transitions).some((move) => reaches.has(serializeState(move.state)))) {
          reaches.add(key);
          grew = true;
        }
      }
    }
    expect(entries.map(([key]) => key).filter((key) => !reaches.has(key))).toEqual([]);
  });

  it('visits every step of the flow on some path', () => {
    const visited = new Set(paths.flatMap((p) => [...p.steps.map((s) => currentStep(s.state)), currentStep(p.state)]));
    expect(flow.steps.map((s) => s.id).filter((id) => !visited.has(id))).toEqual([]);
  });

  it('gives a way to contact someone at the end of every path', () => {
    const without = paths
      .map((p) => p.state.context.answers)
      .filter((answers) => !hasContact(orient(flow, rules, directory, answers)))
      .map(describeAnswers);
    expect(without, 'no 3646, no BAL and no redirection with a phone or a site (src/content/redirections.json)').toEqual([]);
  });
});

/**
 * Answers that can be taken in turn instead of crossed with everything else: every option of the questions the
 * flow does not branch on and that enter the rules alone (qui → aidants and the note for a proche;
 * complementaire → css; departement → contact only), and the values of a branching question that no flow
 * condition tells apart (regime: general / ne_sait_pas, which differ by one note). Crossing them would multiply
 * the count by 168 and the run time with it; instead each complete answer set takes the next combination of
 * them (mixed radix), so every combination comes round every 168 answer sets, in many situations.
 */
const ROTATED = ['regime', 'complementaire', 'qui', 'departement'].map((id) => {
  const named = branching.get(id);
  const values = candidates(id).filter((value) => named !== null && !(named?.has(value as string) ?? false));
  return { id, values: values as string[] };
});

/** Every complete answer set: all representative answers on every route, via the pure walker. */
function everyAnswerSet(visit: (answers: Answers) => void): number {
  let count = 0;
  const walk = (answers: Record<string, Answer>): void => {
    const { pending } = route(flow, answers);
    if (pending === END) {
      const complete = { ...answers };
      let turn = count;
      for (const { id, values } of ROTATED) {
        if (values.includes(complete[id] as string)) complete[id] = values[turn % values.length]!;
        turn = Math.floor(turn / values.length);
      }
      count += 1;
      visit(complete);
      return;
    }
    const rotated = ROTATED.find((r) => r.id === pending);
    const tried = rotated ? candidates(pending).filter((v) => !rotated.values.includes(v as string) || v === rotated.values[0]) : candidates(pending);
    for (const value of tried) walk({ ...answers, [pending]: value });
  };
  walk({});
  return count;
}

describe('every answer set (pure walker)', () => {
  const produced = new Map<string, number>();
  const withoutContact: string[] = [];
  let withoutContactCount = 0;
  const publics = new Map(dispositifsFile.dispositifs.map((d) => [d.id, d.publics as readonly string[]]));
  const outOfPublic = new Map<string, string>();
  let count = 0;

  beforeAll(() => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    count = everyAnswerSet((answers) => {
      const orientation = orient(flow, rules, directory, answers);
      const groups = [orientation.axes, orientation.themes, orientation.dispositifs, orientation.redirections, orientation.notes];
      for (const group of groups) for (const { id } of group) produced.set(id, (produced.get(id) ?? 0) + 1);
      if (!hasContact(orientation)) {
        withoutContactCount += 1;
        if (withoutContact.length < 10) withoutContact.push(describeAnswers(answers));
      }
      const situation = typeof answers['situation'] === 'string' ? answers['situation'] : '(not asked)';
      for (const { id } of orientation.dispositifs) {
        const allowed = publics.get(id) ?? [];
        if (allowed.includes('tous') || allowed.includes(situation)) continue;
        const key = `${id} (publics ${allowed.join(', ')}) shown to situation=${situation}`;
        if (!outOfPublic.has(key)) outOfPublic.set(key, describeAnswers(answers));
      }
    });
    const cpuMs = Math.round(process.cpuUsage(cpu).user / 1000);
    console.log(`every-path (b): ${count} answer sets oriented in ${Date.now() - started} ms (${cpuMs} ms of CPU)`);
  }, 600_000);

  it('takes in turn only answers the flow does not tell apart', () => {
    for (const { id, values } of ROTATED) {
      expect(values.length, id).toBeGreaterThan(1);
      const named = branching.get(id);
      for (const value of values) expect(named === undefined || (named !== null && !named.has(value)), `${id}=${value}`).toBe(true);
    }
    expect(ROTATED.find((r) => r.id === 'regime')?.values).toEqual(['general', 'ne_sait_pas']);
  });

  it('covers many situations', () => {
    expect(count).toBeGreaterThan(100_000);
  });

  it('gives every answer set a way to contact someone', () => {
    const message = `${withoutContactCount} answer sets get no 3646, no BAL and no redirection with a phone or a site (src/content/redirections.json); the first ones`;
    expect(withoutContact, message).toEqual([]);
  });

  it('produces every outcome of orientation.json in some situation', () => {
    const all = [rules.axes, rules.themes, rules.dispositifs, rules.redirections, rules.notes].flatMap((group) => group.map((r) => r.id));
    expect(all.filter((id) => !produced.has(id))).toEqual([]);
  });

  it('shows a dispositif only to the publics dispositifs.json gives it', () => {
    const message = 'a rule of src/content/orientation.json shows a dispositif outside its publics in src/content/dispositifs.json';
    expect(Object.fromEntries(outOfPublic), message).toEqual({});
  });
});
