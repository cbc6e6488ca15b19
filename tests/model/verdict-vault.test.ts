import { beforeAll, describe, expect, it } from 'vitest';
import {
  setbackLines,
  setbacksSentence,
  verdictOf,
  verdictSentence,
  type Analysis,
  type Report,
} from '../../src/model';
import { copyVault, fixture, loadVault } from '../helpers/vault';

// The `verdict` vault: one scenario per note of what makes an answer trustworthy, on
// 2026-11-20 with the default windows (activity from 2026-10-22, advancement from 2026-05-25);
// every file was last modified on 2026-03-01.
const TODAY = '2026-11-20';
let report: Report;
let analysis: Analysis;
const route = (name: string) => report.routes.find((r) => r.id === `Routes/${name}.md`);
const node = (id: string) => report.nodes.find((n) => n.id === id);
const versions = () => {
  const a = analysis.route.get('Routes/Work version - nonprofit.md');
  const b = analysis.route.get('Routes/Work version - tech.md');
  if (!a || !b) throw new Error('the two work versions are in the vault');
  return [a, b] as const;
};

beforeAll(async () => {
  const dir = await copyVault(fixture('verdict'), '2026-03-01');
  ({ report, analysis } = await loadVault(dir, TODAY));
});

describe('advancement over the season, own and shared', () => {
  it('should count a win through a shared stone and a shared completion for both, as shared', () => {
    expect(route('Work version - nonprofit')).toMatchObject({
      advancementWins: 3,
      sharedWins: 1,
      stepsCompleted: 2,
      sharedCompletions: 1,
      advancement: 5,
      ownAdvancement: 3,
    });
    expect(route('Work version - tech')).toMatchObject({
      advancementWins: 2,
      sharedWins: 1,
      stepsCompleted: 1,
      sharedCompletions: 1,
      advancement: 3,
      ownAdvancement: 1,
    });
  });

  it('should show a route moving over the season through a quiet month, and rank it first', () => {
    // No win and no step of its own in the last 30 days; the talk it shares is its only one.
    expect(route('Work version - nonprofit')).toMatchObject({ rank: 1, wins: 1, activity: 1 });
    expect(report.routes.map((r) => r.title)).toEqual([
      'Work version - nonprofit',
      'Work version - tech',
      'Freelance design',
      'Tutoring',
    ]);
  });
});

describe('the head-to-head verdict', () => {
  it('should set apart what both share and name it', () => {
    const v = verdictOf(analysis, ...versions());
    expect(v.shared.map((s) => [s.kind, s.name, s.through])).toEqual([
      ['step', 'Research methods', ['Research methods']],
      ['win', '2026-11-12 talk', ['Public speaking']],
    ]);
  });

  it('should give each window its own leader, with the figures it rests on', () => {
    const v = verdictOf(analysis, ...versions());
    expect(v.sides.map((s) => [s.shortName, s.advancement.total, s.recent.total])).toEqual([
      ['nonprofit', 3, 0],
      ['tech', 1, 1],
    ]);
    expect([v.leader, v.leaderLast30, v.windowDays, v.recentDays]).toEqual([
      'Routes/Work version - nonprofit.md',
      'Routes/Work version - tech.md',
      180,
      30,
    ]);
    expect(verdictSentence(v)).toBe(
      'nonprofit leads over 6 months, 3 to 1; tech leads the last 30 days, 1 to 0; both: 1 win through Public speaking and 1 step done on Research methods.',
    );
  });

  it('should list a setback with what it taught, and never score it', () => {
    const v = verdictOf(analysis, ...versions());
    expect(setbacksSentence(v)).toBe('Setbacks over 6 months, never scored: nonprofit 0; tech 1.');
    expect(setbackLines(v)).toEqual([
      'tech, 2026-10-05: Rejected again. The two interviews I did get came through people I knew. — Lesson: ask for an introduction before applying.',
    ]);
  });
});

describe('rest without penalty', () => {
  it.each([
    ['Routes/Tutoring.md'],
    ['Skills/Tutoring certificate.md'],
    ['Outcomes/Teach again.md'],
  ])('should let %s rest with the paused route: not stale, not a gap', (id) => {
    expect(node(id)).toMatchObject({ resting: true, stale: false });
    expect(report.gaps.map((g) => g.id)).not.toContain(id);
  });

  it('should never mark an outcome stale: it is a hope, not a task', () => {
    expect(node('Outcomes/Work during school hours.md')).toMatchObject({
      live: true,
      stale: false,
    });
    expect(node('Skills/Public speaking.md')?.stale).toBe(false);
    expect(node('Skills/Python.md')?.stale).toBe(false);
  });
});

describe('health', () => {
  it('should name a step that was named on a route but never created', () => {
    expect(report.health.find((f) => f.finding === 'named-not-created')).toEqual({
      question: 'unmapped',
      finding: 'named-not-created',
      notes: ['Routes/Freelance design.md'],
      message: 'You named Portfolio review on Freelance design; create it to map it.',
    });
  });

  it('should say an overdue revision is due without scolding', () => {
    expect(report.health.find((f) => f.finding === 'last-revision')?.message).toBe(
      'The last revision was 71 days ago (2026-09-10); a short one today keeps the model honest.',
    );
  });
});
