import { beforeAll, describe, expect, it } from 'vitest';
import { buildTable, carriesOverText, type Analysis, type Report } from '../../src/model';
import { copyVault, fixture, loadVault } from '../helpers/vault';

// One scenario per note: Bridge is the next step of Alpha and Beta (Beta's first stone is
// done); Lone is the next step of Gamma only (its first stone rests); Delta has every step
// done; Paused and Dropped are not live. Done first is done and used by live and closed routes.
let report: Report;
let analysis: Analysis;
const R = (name: string) => `Routes/${name}.md`;
const S = (name: string) => `Skills/${name}.md`;
const O = (name: string) => `Outcomes/${name}.md`;
const route = (name: string) => report.routes.find((r) => r.id === R(name));

beforeAll(async () => {
  const dir = await copyVault(fixture('next-steps'), '2026-06-01');
  ({ report, analysis } = await loadVault(dir, '2026-06-30'));
});

describe('next steps (what should I do next?)', () => {
  it('should rank a stone next on two routes above one next on one route', () => {
    expect(report.next).toEqual([
      {
        stone: S('Bridge'),
        rank: 1,
        nextOn: [R('Alpha'), R('Beta')],
        onRoutes: [R('Alpha'), R('Beta')],
        outcomes: [O('Goal A'), O('Goal B'), O('Goal C')],
      },
      {
        stone: S('Lone'),
        rank: 2,
        nextOn: [R('Gamma')],
        onRoutes: [R('Gamma')],
        outcomes: [O('Goal A')],
      },
    ]);
  });

  it('should skip done and resting stones, and never take a step of a paused or dropped route', () => {
    const stones = report.next.map((s) => s.stone);
    expect(stones).not.toContain(S('Done first'));
    expect(stones).not.toContain(S('Resting stone'));
    expect(stones).not.toContain(S('Paused only'));
    expect(stones).not.toContain(S('Later'));
  });

  it('should count the outcomes a stone supports, but only live ones', () => {
    expect(report.next[0]?.outcomes).toContain(O('Goal C'));
    expect(report.next[1]?.outcomes).not.toContain(O('Reached'));
  });

  it('should show the ranked next steps in a code block (show: next)', () => {
    const table = buildTable(analysis, { show: 'next', statuses: null, routes: [] });
    expect(table.headers).toEqual(['Rank', 'Stepping stone', 'Next on', 'Routes', 'Outcomes']);
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['1', 'Bridge', 'Alpha, Beta', '2', '3'],
      ['2', 'Lone', 'Gamma', '1', '1'],
    ]);
    expect(table.rows[0]?.[2]?.links?.map((l) => l.path)).toEqual([R('Alpha'), R('Beta')]);
  });
});

describe('what carries over (a pivot is not a dead end)', () => {
  it('should say which done stones of a dropped or paused route live routes still use', () => {
    expect(route('Dropped')?.carriesOver).toEqual([
      { stone: S('Done first'), routes: [R('Beta'), R('Delta')] },
    ]);
    expect(route('Paused')?.carriesOver).toEqual([
      { stone: S('Done first'), routes: [R('Beta'), R('Delta')] },
    ]);
  });

  it("should give a live route's shared done stones as its head start toward the others", () => {
    expect(route('Beta')?.carriesOver).toEqual([{ stone: S('Done first'), routes: [R('Delta')] }]);
    expect(route('Delta')?.carriesOver).toEqual([{ stone: S('Done first'), routes: [R('Beta')] }]);
    expect(route('Alpha')?.carriesOver).toEqual([]);
  });

  it('should say "carries over" for a resting route, even one whose status is live', () => {
    const carriesOver = [{ stone: S('Done first'), routes: [R('Beta')] }];
    const title = (id: string) => id.replace(/^.*\/|\.md$/g, '');
    // report --json: an active route resting until a resume day is live and resting.
    expect(carriesOverText({ live: true, resting: true, carriesOver }, title)).toBe(
      'carries over Done first (to Beta); the rest stays experience of this route',
    );
    expect(carriesOverText({ live: true, resting: false, carriesOver }, title)).toBe(
      'head start: Done first (to Beta)',
    );
  });
});
