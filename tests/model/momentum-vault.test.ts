import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Report } from '../../src/model';
import { copyVault, fixture, loadVault } from '../helpers/vault';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';

let report: Report;
let dir: string;
const route = (id: string) => report.routes.find((r) => r.id === id);

beforeAll(async () => {
  dir = await copyVault(fixture('momentum'), '2026-03-01');
  const undated = new Date('2026-06-20T12:00:00Z');
  await utimes(join(dir, 'Journal/undated.md'), undated, undated);
  ({ report } = await loadVault(dir, '2026-06-30'));
});

describe('route progress, activity and last activity (SPEC §2)', () => {
  it('should measure progress as done steps over all steps', () => {
    expect(route('Routes/Fast.md')).toMatchObject({ progress: 0.5, stepsDone: 1, stepsTotal: 2 });
    expect(route('Routes/Paused.md')).toMatchObject({ progress: 0, stepsDone: 0, stepsTotal: 0 });
  });

  it('should count evidence inside the window, both ends included, once per note, split by signal', () => {
    // 06-01 win (first day), 06-10 insight (links route and step: once), 06-15 journal body
    // links (no signal), 06-30 setback (today). 05-31 is outside; 07-01 is in the future.
    expect(route('Routes/Fast.md')).toMatchObject({
      activity: 4,
      wins: 1,
      setbacks: 1,
      insights: 1,
      shifts: 0,
      lastActivity: '2026-06-30',
    });
  });

  it('should date evidence without a date or dated file name by its modification time', () => {
    expect(route('Routes/Slow.md')).toMatchObject({
      activity: 1,
      shifts: 1,
      lastActivity: '2026-06-20',
    });
  });

  it('should give null last activity to a route without evidence', () => {
    expect(route('Routes/Paused.md')?.lastActivity).toBeNull();
  });

  it('should move the activity window with its setting', async () => {
    const { report: wide } = await loadVault(dir, '2026-06-30', {
      ...DEFAULT_SETTINGS,
      activityDays: 31,
    });
    expect(wide.routes.find((r) => r.id === 'Routes/Fast.md')?.activity).toBe(5);
  });

  it('should count evidence of the future once its day has come, as the window slides', async () => {
    // Window 06-02..07-01: the 07-01 win comes in, the 06-01 win drops out.
    const { report: later } = await loadVault(dir, '2026-07-01');
    expect(later.routes.find((r) => r.id === 'Routes/Fast.md')).toMatchObject({
      lastActivity: '2026-07-01',
      activity: 4,
      wins: 1,
    });
  });
});

describe('journal body links', () => {
  it('should count body links of journal notes to model notes, ignoring code, embeds and other links', () => {
    const fromJournal = report.edges.filter((e) => e.from === 'Journal/Week/2026-06-15.md');
    expect(fromJournal.map((e) => e.to)).toEqual(['Skills/A.md', 'Skills/B.md']);
    expect(report.problems.filter((p) => p.file === 'Journal/Week/2026-06-15.md')).toEqual([]);
  });

  it('should ignore body links outside journal folders', () => {
    expect(report.edges.some((e) => e.from.startsWith('Notes/'))).toBe(false);
  });

  it('should ignore body links when the setting is off', async () => {
    const { report: off } = await loadVault(dir, '2026-06-30', {
      ...DEFAULT_SETTINGS,
      journalBodyLinks: false,
    });
    expect(off.edges.some((e) => e.from === 'Journal/Week/2026-06-15.md')).toBe(false);
  });
});

describe('staleness and gaps', () => {
  it('should mark nodes stale when their last activity is older than the threshold', () => {
    const stale = Object.fromEntries(report.nodes.map((n) => [n.id, n.stale]));
    expect(stale['Skills/C.md']).toBe(true); // modified 2026-03-01, no evidence
    expect(stale['Skills/A.md']).toBe(false); // evidence 2026-06-15
    expect(stale['Routes/Fast.md']).toBe(false);
  });

  it('should list every kind of gap, leaving out the paused route and the outcome only it targets', () => {
    expect(report.gaps).toEqual([{ kind: 'unused-stone', id: 'Skills/C.md' }]);
    expect(report.nodes.find((n) => n.id === 'Outcomes/Side goal.md')).toMatchObject({
      resting: true,
      stale: false,
    });
  });

  it('should match values case-insensitively', () => {
    expect(report.nodes.find((n) => n.id === 'Skills/B.md')?.status).toBe('building');
  });
});
