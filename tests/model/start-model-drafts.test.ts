import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildWorkGraph,
  DEFAULT_SETTINGS,
  draftStartModel,
  emptyStartInput,
  type NoteChoice,
  type NoteInput,
  type StartModelInput,
  type VaultLookup,
  WorkIndex,
} from '../../src/model';

const note = (path: string, text: string): NoteInput => {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return {
    path,
    mtime: 0,
    frontmatter: fm ? (parse(fm[1] ?? '', { schema: 'core' }) as unknown) : undefined,
  };
};

/** A vault of existing notes (path → text), as drafting sees it: links resolve with aliases. */
function vaultOf(files: Record<string, string> = {}) {
  const index = new WorkIndex(DEFAULT_SETTINGS);
  for (const [p, t] of Object.entries(files)) index.setNote(note(p, t));
  const lookup: VaultLookup = {
    exists: (p) => p in files,
    resolver: index,
    kindOf: (p) => index.graph().byId.get(p)?.kind ?? null,
  };
  return { files, lookup };
}

/** The graph of the vault once the drafts are written: what the user will see. */
function graphAfter(files: Record<string, string>, drafts: { path: string; content: string }[]) {
  const all = { ...files, ...Object.fromEntries(drafts.map((d) => [d.path, d.content])) };
  return buildWorkGraph(
    Object.entries(all).map(([p, t]) => note(p, t)),
    [],
    DEFAULT_SETTINGS,
  );
}

/** A form filled in: outcomes by category, routes as [outcome category, name, stones]. */
function form(
  outcomes: Partial<Record<keyof StartModelInput['outcomes'], [string, string?]>>,
  routes: [keyof StartModelInput['routes'], string, (string | NoteChoice)[]][] = [],
  cadence = '30',
): StartModelInput {
  const input = emptyStartInput(DEFAULT_SETTINGS);
  for (const [c, [name, horizon = '']] of Object.entries(outcomes) as [
    keyof StartModelInput['outcomes'],
    [string, string?],
  ][])
    input.outcomes[c] = { name, horizon };
  for (const [c, name, stones] of routes) {
    const free = input.routes[c].find((r) => r.name === '' && r.stones.length === 0);
    const route = { name, stones: stones.map((s) => (typeof s === 'string' ? { name: s } : s)) };
    if (free) Object.assign(free, route);
    else input.routes[c].push(route);
  }
  input.cadence = cadence;
  return input;
}

const O = 'Work Model/Outcomes/';
const S = 'Work Model/Stepping stones/';
const R = 'Work Model/Routes/';

describe('Start a work model: the drafts', () => {
  it('should ask for two routes to each outcome and keep the cadence set', () => {
    const input = emptyStartInput({ ...DEFAULT_SETTINGS, revisionCadenceDays: 14 });
    expect(Object.values(input.routes).map((r) => r.length)).toEqual([2, 2, 2, 2, 2]);
    expect(input.cadence).toBe('14');
  });

  it('should create outcomes, stones and routes that the model reads as one model', () => {
    const { files, lookup } = vaultOf();
    const result = draftStartModel(
      form(
        { role: ['Lead a team', '2029'], balance: ['Four-day week', '2028-06'] },
        [
          ['role', 'Grow into management', ['Coaching', 'Budgeting']],
          ['role', 'Consulting', ['coaching', 'Network']],
          ['balance', 'Part-time contract', ['Negotiation']],
        ],
        '14',
      ),
      DEFAULT_SETTINGS,
      lookup,
    );
    if (!result.ok) throw new Error(result.message);
    const { plan } = result;
    expect(plan.drafts.map((d) => d.path)).toEqual([
      `${O}Lead a team.md`,
      `${O}Four-day week.md`,
      `${S}Coaching.md`,
      `${S}Budgeting.md`,
      `${S}Network.md`,
      `${S}Negotiation.md`,
      `${R}Grow into management.md`,
      `${R}Consulting.md`,
      `${R}Part-time contract.md`,
    ]);
    expect(plan).toMatchObject({
      linked: [],
      cadenceDays: 14,
      counts: { outcomes: 2, routes: 3, stones: 4 },
    });
    expect(plan.drafts[0]?.content).toMatch(
      /^---\ntags:\n {2}- work\/outcome\ncategory: role\nstatus: hoped\nhorizon: "2029"\n---\n/,
    );

    const graph = graphAfter(files, plan.drafts);
    expect(graph.problems).toEqual([]);
    const node = (id: string) => graph.byId.get(id);
    expect(node(`${O}Four-day week.md`)).toMatchObject({ category: 'balance', horizon: '2028-06' });
    const steps = (route: string) =>
      graph.edges.filter((e) => e.from === `${R}${route}.md` && e.kind === 'step').map((e) => e.to);
    expect(steps('Consulting')).toEqual([`${S}Coaching.md`, `${S}Network.md`]);
    // A stone supports the outcomes of the routes through it.
    const supports = graph.edges.filter((e) => e.kind === 'supports').map((e) => [e.from, e.to]);
    expect(supports).toContainEqual([`${S}Negotiation.md`, `${O}Four-day week.md`]);
    expect(supports).not.toContainEqual([`${S}Negotiation.md`, `${O}Lead a team.md`]);
  });

  it('should link existing notes of the same name, by name or alias, and never draft over them', () => {
    const { files, lookup } = vaultOf({
      'Goals/Lead a team.md': '---\ntags: work/outcome\naliases: [Dream job]\n---\nMine.\n',
      'Python.md': '---\ntags: work/skill\n---\n',
    });
    const result = draftStartModel(
      form({ role: ['dream job'] }, [
        ['role', 'Data route', ['python', { path: 'Python.md' }, 'SQL']],
      ]),
      DEFAULT_SETTINGS,
      lookup,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.drafts.map((d) => d.path)).toEqual([`${S}SQL.md`, `${R}Data route.md`]);
    expect(result.plan.linked).toEqual(['Goals/Lead a team.md', 'Python.md']);
    const graph = graphAfter(files, result.plan.drafts);
    expect(graph.problems).toEqual([]);
    expect(
      graph.edges.filter((e) => e.from === `${R}Data route.md`).map((e) => [e.kind, e.to]),
    ).toEqual([
      ['target', 'Goals/Lead a team.md'],
      ['step', 'Python.md'],
      ['step', `${S}SQL.md`],
    ]);
  });

  it('should number a taken name, link same-named notes by path, and link no note of another kind', () => {
    const { files, lookup } = vaultOf({ [`${R}Design.md`]: 'My own design notes.\n' });
    const result = draftStartModel(
      form({ role: ['Design'] }, [['role', 'Design', ['Portfolio']]]),
      DEFAULT_SETTINGS,
      lookup,
    );
    if (!result.ok) throw new Error(result.message);
    // The plain note named Design is no outcome: a new outcome is made, the route numbered.
    expect(result.plan.linked).toEqual([]);
    expect(result.plan.drafts.map((d) => d.path)).toEqual([
      `${O}Design.md`,
      `${S}Portfolio.md`,
      `${R}Design 2.md`,
    ]);
    const route = result.plan.drafts.find((d) => d.path.startsWith(R));
    expect(route?.content).toContain(`outcomes:\n  - "[[${O}Design]]"`);
    expect(graphAfter(files, result.plan.drafts).problems).toEqual([]);
  });

  it('should clean names a file name cannot hold on any system', () => {
    const result = draftStartModel(
      form({ role: ['Lead / coach?'] }, [['role', 'Tech: <lead>', ['C# "basics"|*']]]),
      DEFAULT_SETTINGS,
      vaultOf().lookup,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.drafts.map((d) => d.path)).toEqual([
      `${O}Lead coach.md`,
      `${S}C basics.md`,
      `${R}Tech lead.md`,
    ]);
  });

  it('should merge a route named under two outcomes into one route to both', () => {
    const result = draftStartModel(
      form({ role: ['Lead'], skill: ['Analysis'] }, [
        ['role', 'Data', ['SQL']],
        ['skill', 'data', ['Python', 'SQL']],
      ]),
      DEFAULT_SETTINGS,
      vaultOf().lookup,
    );
    if (!result.ok) throw new Error(result.message);
    const routes = result.plan.drafts.filter((d) => d.path.startsWith(R));
    expect(routes.map((d) => d.path)).toEqual([`${R}Data.md`]);
    expect(routes[0]?.content).toContain(
      'outcomes:\n  - "[[Lead]]"\n  - "[[Analysis]]"\nsteps:\n  - "[[SQL]]"\n  - "[[Python]]"',
    );
  });

  it.each([
    [form({}), 1, 'Name at least one outcome you hope to reach in 3 to 5 years.'],
    [
      form({ role: ['Lead', '2029-13'] }),
      1,
      'Role horizon: "2029-13" is not a horizon: write a year, a month or a day, such as 2029, 2029-06 or 2029-06-30.',
    ],
    [
      form({ balance: ['', '2030'] }),
      1,
      'Balance has a horizon but no outcome: name the outcome or clear the horizon.',
    ],
    [
      form({ role: ['Lead'], recognition: ['lead'] }),
      1,
      'Role and Recognition both name lead: give each its own outcome, or leave one empty.',
    ],
    [form({ role: ['???'] }), 1, 'Role outcome: "???" has no characters a note name can use.'],
    [
      form({ role: ['Lead'] }, [['role', '', ['SQL']]]),
      2,
      'A route to Lead has stepping stones but no name: name it, or remove its stones.',
    ],
    [
      form({ role: ['Lead'] }, [['role', 'Data', ['|']]]),
      2,
      'Stepping stone on Data: "|" has no characters a note name can use.',
    ],
    [
      form({ role: ['Lead'] }, [], '0'),
      3,
      'Revise every: "0" is not a number of days from 1 to 365, such as 30.',
    ],
    [
      form({ role: ['Lead'] }, [], 'monthly'),
      3,
      'Revise every: "monthly" is not a number of days from 1 to 365, such as 30.',
    ],
  ] as const)(
    'should send the user back to the step to fix, saying what (%#)',
    (input, step, message) => {
      const result = draftStartModel(input, DEFAULT_SETTINGS, vaultOf().lookup);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.step).toBe(step);
      expect(!result.ok && result.message).toMatch(
        new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    },
  );
});
