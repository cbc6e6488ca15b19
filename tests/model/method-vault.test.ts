import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRevisionNote,
  findRoute,
  readNote,
  verdictOf,
  type Analysis,
  type Graph,
  type Report,
} from '../../src/model';
import { DEFAULT_SETTINGS } from '../../src/model';
import { formatDate } from '../../src/cli/format-date';
import { parseFrontmatter } from '../../src/cli/parse-frontmatter';
import { copyVault, fixture, loadVault } from '../helpers/vault';

// The `method` vault: one scenario of SPEC §2 per note, on 2026-06-30 with the default windows:
// activity 30 days (2026-06-01 to 2026-06-30), advancement 180 days (from 2026-01-02); every
// file was last modified on 2026-03-01.
let report: Report;
let analysis: Analysis;
let graph: Graph;
const TODAY = '2026-06-30';
const route = (name: string) => report.routes.find((r) => r.id === `Routes/${name}.md`);
const node = (id: string) => report.nodes.find((n) => n.id === id);

beforeAll(async () => {
  const dir = await copyVault(fixture('method'), '2026-03-01');
  ({ report, analysis, graph } = await loadVault(dir, TODAY));
});

describe('live, closed and resting notes', () => {
  it.each([
    ['Outcomes/Goal.md', true, false],
    ['Outcomes/Reached.md', false, false],
    ['Outcomes/Released.md', false, false],
    // A hoped outcome resting until a later day: `live` says its status class, `resting` the rest.
    ['Outcomes/Resting.md', true, true],
    ['Outcomes/Resumed.md', true, false],
    ['Skills/Old done.md', false, false],
    ['Routes/Paused.md', false, true],
    ['Routes/Dropped.md', false, false],
    ['Routes/Solo.md', true, false],
  ])('should read %s as live %s, resting %s', (id, live, resting) => {
    expect(node(id)).toMatchObject({ live, resting });
  });

  it('should never mark closed or resting notes stale, however old', () => {
    for (const id of [
      'Outcomes/Reached.md',
      'Outcomes/Released.md',
      'Outcomes/Resting.md',
      'Skills/Old done.md',
      'Routes/Paused.md',
      'Routes/Dropped.md',
    ])
      expect(node(id)?.stale, id).toBe(false);
    // A live stone untouched since March is stale; an outcome is a hope, never stale.
    expect(node('Skills/Unused.md')?.stale).toBe(true);
    expect(node('Outcomes/Resumed.md')?.stale).toBe(false);
  });

  it('should name a completed or resume value that is no day, and ignore it', () => {
    const note = readNote(
      {
        path: 'S.md',
        mtime: 0,
        frontmatter: { tags: 'work/skill', completed: '2026-02-30', resume: 'soon' },
      },
      DEFAULT_SETTINGS,
    );
    expect(note.props).toMatchObject({ completed: null, resume: null });
    expect(note.problems.map((p) => [p.field, p.message])).toEqual([
      ['completed', '"2026-02-30" is not a date; it is ignored. Write YYYY-MM-DD.'],
      ['resume', '"soon" is not a date; it is ignored. Write YYYY-MM-DD.'],
    ]);
  });

  it("should count a stone's completed day as its last activity", () => {
    expect(node('Skills/Grant writing.md')).toMatchObject({
      completed: '2026-06-20',
      lastActivity: '2026-06-20',
    });
  });
});

describe('activity and advancement', () => {
  it('should count every signal as activity, but only wins and steps completed as advancement', () => {
    // Tech: in 30 days 1 win, 2 setbacks, 1 shift; in 180 days the shared win and the step
    // done in January.
    expect(route('Tech')).toMatchObject({
      activity: 4,
      wins: 1,
      setbacks: 2,
      insights: 0,
      shifts: 1,
      stepsCompleted: 1,
      advancementWins: 1,
      sharedWins: 1,
      advancement: 2,
      ownAdvancement: 1,
    });
    // Nonprofit: the May win is outside the activity window but inside the advancement one.
    expect(route('Nonprofit')).toMatchObject({
      activity: 2,
      wins: 2,
      setbacks: 0,
      stepsCompleted: 1,
      advancementWins: 3,
      sharedWins: 1,
      advancement: 4,
      ownAdvancement: 3,
      lastActivity: '2026-06-20',
    });
  });

  it('should ignore evidence dated after today everywhere', () => {
    expect(analysis.evidence.map((e) => e.file)).not.toContain('Journal/2026-07-02.md');
    expect(route('Nonprofit')?.trend.at(-1)?.wins).toBe(2);
  });

  it('should tell evidence shared with another live route from evidence of its own', () => {
    // 06-05 reaches both routes only through Shared; 06-12 names Nonprofit itself.
    expect(route('Nonprofit')).toMatchObject({ uniqueEvidence: 1, sharedEvidence: 1 });
    expect(route('Tech')).toMatchObject({ uniqueEvidence: 3, sharedEvidence: 1 });
    const gig = analysis.evidence.find((e) => e.file === 'Journal/2026-06-05.md');
    expect(gig?.routes).toEqual([
      { id: 'Routes/Dropped.md', shared: true, via: 'Skills/Shared.md' },
      { id: 'Routes/Nonprofit.md', shared: true, via: 'Skills/Shared.md' },
      { id: 'Routes/Tech.md', shared: true, via: 'Skills/Shared.md' },
    ]);
  });
});

describe('the 6-month trend', () => {
  it('should give the last 6 calendar months, oldest first, with steps completed', () => {
    expect(route('Tech')?.trend).toEqual([
      { month: '2026-01', wins: 0, setbacks: 0, insights: 0, shifts: 0, stepsCompleted: 1 },
      { month: '2026-02', wins: 0, setbacks: 0, insights: 0, shifts: 0, stepsCompleted: 0 },
      { month: '2026-03', wins: 0, setbacks: 0, insights: 0, shifts: 0, stepsCompleted: 0 },
      { month: '2026-04', wins: 0, setbacks: 0, insights: 0, shifts: 0, stepsCompleted: 0 },
      { month: '2026-05', wins: 0, setbacks: 0, insights: 0, shifts: 0, stepsCompleted: 0 },
      { month: '2026-06', wins: 1, setbacks: 2, insights: 0, shifts: 1, stepsCompleted: 0 },
    ]);
    expect(
      route('Nonprofit')
        ?.trend.slice(-2)
        .map((t) => [t.wins, t.stepsCompleted]),
    ).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });
});

describe('ranking', () => {
  it('should rank live routes first, then resting, then closed; each by advancement, then progress, then title', () => {
    expect(report.routes.map((r) => [r.rank, r.title, r.advancement])).toEqual([
      [1, 'Nonprofit', 4],
      [2, 'Tech', 2],
      [3, 'Empty', 0],
      [4, 'Solo', 0],
      [5, 'Paused', 0],
      [6, 'Dropped', 1], // closed: after every live and resting route, whatever it advanced
    ]);
  });
});

describe('gaps', () => {
  it('should list only live notes, never closed or resting ones', () => {
    expect(report.gaps).toEqual([
      { kind: 'outcome-without-route', id: 'Outcomes/Resumed.md' },
      { kind: 'route-without-steps', id: 'Routes/Empty.md' },
      { kind: 'stone-without-evidence', id: 'Skills/Quiet.md' },
      { kind: 'unused-stone', id: 'Skills/Unused.md' },
    ]);
  });
});

describe('health', () => {
  const findings = (question: string) =>
    report.health.filter((f) => f.question === question).map((f) => [f.finding, f.notes]);

  it('should find what is rigid: one route, a stone every route passes through', () => {
    expect(findings('rigid')).toEqual([
      ['one-route', ['Outcomes/Far.md', 'Routes/Solo.md']],
      [
        'shared-stone',
        ['Skills/Shared.md', 'Outcomes/Goal.md', 'Routes/Nonprofit.md', 'Routes/Tech.md'],
      ],
      ['one-route', ['Outcomes/Past.md', 'Routes/Empty.md']],
    ]);
    expect(report.health[1]?.message).toBe(
      'Every live route to Goal passes through Shared: if it fails, all 2 stall.',
    );
  });

  it('should find what is unmapped: a category, an outcome without route, a route without steps, horizons', () => {
    expect(findings('unmapped')).toEqual([
      ['missing-category', []],
      ['outcome-without-route', ['Outcomes/Resumed.md']],
      ['route-without-steps', ['Routes/Empty.md']],
      ['horizon', ['Outcomes/Far.md']],
      ['horizon', ['Outcomes/Past.md']],
    ]);
    expect(report.health.find((f) => f.finding === 'missing-category')?.message).toMatch(
      /^No live outcome for environment\./,
    );
  });

  it('should find how often assumptions are revised', () => {
    expect(
      report.health.filter((f) => f.question === 'revising').map((f) => [f.notes, f.message]),
    ).toEqual([
      [
        ['Revisions/2026-06-01 revision.md'],
        '29 days since the last revision (2026-06-01); the cadence is 30 days: the next is due in 1 day.',
      ],
      [
        ['Journal/2026-06-10.md', 'Journal/2026-06-15.md', 'Journal/2026-06-20 shift.md'],
        '2 setbacks and 1 shift since 2026-06-01, not yet reflected in a revision: 2026-06-10, 2026-06-15 and 2026-06-20 shift.',
      ],
      [
        ['Revisions/2026-05-01 revision.md', 'Revisions/2026-06-01 revision.md'],
        '2 revisions so far, 31 days apart on average (cadence 30).',
      ],
    ]);
  });

  it('should say when no live route takes a risk', async () => {
    const dir = await copyVault(fixture('method'), '2026-03-01');
    const { rm } = await import('node:fs/promises');
    await rm(`${dir}/Routes/Nonprofit.md`);
    const { report: safe } = await loadVault(dir, TODAY);
    expect(safe.health.find((f) => f.finding === 'no-risky-route')).toMatchObject({
      notes: ['Routes/Empty.md', 'Routes/Solo.md', 'Routes/Tech.md'],
    });
  });
});

describe('evidence excerpts', () => {
  const excerpt = (file: string) => analysis.evidence.find((e) => e.file === file)?.excerpt;

  it.each([
    ['Journal/2026-06-05.md', 'Got the volunteer gig.'],
    [
      'Journal/2026-06-10.md',
      'The take-home test went badly. I froze on the SQL part. — Lesson: Practise timed SQL before the next test.',
    ],
    ['Journal/2026-06-12.md', 'The director called back! We talk next week.'],
    [
      'Journal/2026-06-15.md',
      'The hiring freeze reached our team, so the junior analyst post I had prepared for since spring is gone until next year at least.',
    ],
  ])('should read %s as "%s"', (file, expected) => {
    expect(excerpt(file)).toBe(expected);
  });
});

describe('the head-to-head', () => {
  it('should set apart the win both routes share and name it', () => {
    const a = findRoute(analysis, 'nonprofit');
    const b = findRoute(analysis, 'Routes/Tech');
    if (!('route' in a) || !('route' in b)) throw new Error('routes not found');
    const v = verdictOf(analysis, a.route, b.route);
    // Nonprofit: 2 wins of its own and Grant writing; Tech: Old done (January).
    expect(v.sides.map((s) => [s.shortName, s.advancement, s.recent])).toEqual([
      ['Nonprofit', { wins: 2, steps: 1, total: 3 }, { wins: 1, steps: 1, total: 2 }],
      ['Tech', { wins: 0, steps: 1, total: 1 }, { wins: 0, steps: 0, total: 0 }],
    ]);
    expect(v.leader).toBe('Routes/Nonprofit.md');
    expect(v.shared).toEqual([
      {
        kind: 'win',
        id: 'Journal/2026-06-05.md',
        name: '2026-06-05',
        date: '2026-06-05',
        through: ['Shared'],
        recent: true,
      },
    ]);
  });
});

describe('the revision note', () => {
  it('should group evidence by route, mark shared evidence and prompt after setbacks and shifts', () => {
    const note = buildRevisionNote({
      graph,
      analysis,
      settings: DEFAULT_SETTINGS,
      time: { hours: 9, minutes: 0 },
      template: null,
      previous: { date: '2026-06-01', snapshot: null },
      link: (to) => `[[${to.replace(/\.md$/, '').split('/').pop() ?? to}]]`,
      formatDate,
      readFrontmatter: parseFrontmatter,
    });
    if (!note.ok) throw new Error(note.message);
    expect(note.path).toBe('Work Model/Revisions/2026-06-30 revision.md');
    expect(note.content).toMatchSnapshot();
  });
});
