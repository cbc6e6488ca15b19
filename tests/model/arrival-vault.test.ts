import { beforeAll, describe, expect, it } from 'vitest';
import { arrivalText, paceOf, type Report } from '../../src/model';
import { copyVault, fixture, loadVault } from '../helpers/vault';

// As of 2026-06-30, the advancement window of 180 days starts on 2026-01-02. One scenario
// per route: On time, Late, Paused, No pace (its one step done before the window), Arrived,
// Missing step (a step linked but not written), Dropped. Soon's horizon is 2026-09, Later's 2028.
let report: Report;
const R = (name: string) => `Routes/${name}.md`;
const route = (name: string) => report.routes.find((r) => r.id === R(name));
const title = (id: string) => id.replace(/^.*\/|\.md$/g, '');

beforeAll(async () => {
  const dir = await copyVault(fixture('arrival'), '2026-06-01');
  ({ report } = await loadVault(dir, '2026-06-30'));
});

describe('pace and arrival (at this pace, when do I get there?)', () => {
  it.each([
    // route, pace (steps a month), remaining, arrival, arrived
    ['On time', 2 / 6, 2, '2026-12-27', false],
    ['Late', 1 / 6, 2, '2027-06-25', false],
    ['Paused', null, 1, null, false],
    ['No pace', 0, 1, null, false],
    ['Arrived', 2 / 6, 0, '2026-04-15', true],
    ['Missing step', 1 / 6, 1, '2026-12-27', false],
    ['Dropped', null, 1, null, false],
  ])(
    'should give %s pace %s, %s steps to go, arrival %s',
    (name, pace, remaining, arrival, arrived) => {
      const r = route(name);
      if (pace === null) expect(r?.pace).toBeNull();
      else expect(r?.pace).toBeCloseTo(pace, 10);
      expect(r).toMatchObject({ remaining, arrival, arrived });
    },
  );

  it('should check each live outcome with a horizon against the arrival, late by days', () => {
    expect(route('On time')?.horizons).toEqual([
      { outcome: 'Outcomes/Later.md', horizon: '2028', onTime: true, daysLate: 0 },
    ]);
    expect(route('Late')?.horizons).toEqual([
      { outcome: 'Outcomes/Later.md', horizon: '2028', onTime: true, daysLate: 0 },
      // The horizon 2026-09 lasts until 2026-09-30.
      { outcome: 'Outcomes/Soon.md', horizon: '2026-09', onTime: false, daysLate: 268 },
    ]);
  });

  it('should never call a paused route late, nor one without a pace', () => {
    for (const name of ['Paused', 'No pace'])
      expect(route(name)?.horizons).toEqual([
        { outcome: 'Outcomes/Soon.md', horizon: '2026-09', onTime: null, daysLate: 0 },
      ]);
  });

  it('should find an outcome every live route with an arrival reaches late', () => {
    const late = report.health.filter((f) => f.finding === 'late-horizon');
    expect(late).toEqual([
      {
        question: 'rigid',
        finding: 'late-horizon',
        notes: ['Outcomes/Soon.md', R('Late')],
        message:
          'At this pace every live route to Soon arrives after its horizon (2026-09): Late 268 days late. Speed one up, map a faster one, or move the horizon.',
      },
    ]);
  });

  it('should count pace over the advancement window it is given', () => {
    // 90 days, 2026-04-02 to 2026-06-30: of 03-01 and 05-01 only the second is in it.
    const on = { live: true, steps: 4, remaining: 2, outcomes: [] };
    const pace = paceOf({ ...on, completed: ['2026-03-01', '2026-05-01'] }, '2026-06-30', 90);
    expect(pace.pace).toBeCloseTo(1 / 3, 10);
    expect(pace.arrival).toBe('2026-12-27'); // today + round(2 × 90 / 1) days
  });

  it.each([
    ['On time', "at 1 step every 3 months: about 2026-12, before Later's 2028 (2 steps to go)"],
    [
      'Late',
      "at 1 step every 6 months: about 2027-06, before Later's 2028, late for Soon's 2026-09 by 268 days (2 steps to go)",
    ],
    ['Paused', 'resting (paused): no pace, never late'],
    ['No pace', 'no step completed in 6 months: no arrival at this pace (1 step to go)'],
    ['Arrived', "arrived: every step done (the last on 2026-04-15), before Later's 2028"],
    ['Dropped', 'dropped: no pace or arrival'],
  ])('should say %s in words: "%s"', (name, words) => {
    const r = route(name);
    if (!r) throw new Error(`no route ${name}`);
    expect(arrivalText(r, title, report.windows.advancementDays)).toBe(words);
  });
});
