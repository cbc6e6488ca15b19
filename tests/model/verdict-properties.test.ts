import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verdictOf, type Analysis, type NoteInput, type Verdict } from '../../src/model';
import { day, link, model, run, withoutSetbacks } from '../helpers/random-model';

/** The verdict of R1 against R2 (or the other way round) in a random model. */
const verdictIn = (analysis: Analysis, a = 'R1.md', b = 'R2.md'): Verdict => {
  const x = analysis.route.get(a);
  const y = analysis.route.get(b);
  if (!x || !y) throw new Error('the random model always has R1, R2 and R3');
  return verdictOf(analysis, x, y);
};
const leaders = (v: Verdict) => [v.leader, v.leaderLast30];

/** A win that reaches both routes: it links both, or a stone both use. */
const sharedWin = fc
  .record({ date: day, viaStone: fc.boolean() })
  .map(
    ({ date, viaStone }) =>
      (notes: NoteInput[], stoneOnBoth: string | undefined): NoteInput => ({
        path: 'Journal/shared win.md',
        mtime: 0,
        frontmatter: {
          evidence: viaStone && stoneOnBoth ? [link(stoneOnBoth)] : [link('R1'), link('R2')],
          signal: 'win',
          date,
        },
      }),
  );

describe('the head-to-head verdict, on any model', () => {
  it('should be antisymmetric: swapping the routes swaps the sides and keeps the leaders', () => {
    fc.assert(
      fc.property(model, (notes) => {
        const { analysis } = run(notes);
        const ab = verdictIn(analysis);
        const ba = verdictIn(analysis, 'R2.md', 'R1.md');
        expect(leaders(ba)).toEqual(leaders(ab));
        expect(ba.sides).toEqual([ab.sides[1], ab.sides[0]]);
        expect(ba.shared.map((s) => s.id).sort()).toEqual(ab.shared.map((s) => s.id).sort());
      }),
    );
  });

  it('should never let what both share change who leads', () => {
    fc.assert(
      fc.property(model, sharedWin, (notes, win) => {
        const before = run(notes).analysis;
        const r1 = before.route.get('R1.md')?.steps ?? [];
        const onBoth = (before.route.get('R2.md')?.steps ?? []).find((s) => r1.includes(s));
        const stone = onBoth?.replace(/\.md$/, '');
        const after = run([...notes, win(notes, stone)]).analysis;
        expect(leaders(verdictIn(after))).toEqual(leaders(verdictIn(before)));
        expect(verdictIn(after).sides.map((s) => [s.advancement, s.recent])).toEqual(
          verdictIn(before).sides.map((s) => [s.advancement, s.recent]),
        );
      }),
    );
  });

  it('should never let a setback change who leads', () => {
    fc.assert(
      fc.property(model, (notes) => {
        const all = verdictIn(run(notes).analysis);
        const fewer = verdictIn(run(withoutSetbacks(notes)).analysis);
        expect(leaders(all)).toEqual(leaders(fewer));
      }),
    );
  });

  it("should never contradict the two windows' own figures", () => {
    fc.assert(
      fc.property(model, (notes) => {
        const { analysis } = run(notes);
        const v = verdictIn(analysis);
        const [x, y] = v.sides;
        // Each route's own figure plus what both share is its advancement in that window.
        for (const s of v.sides) {
          const r = analysis.route.get(s.id);
          const shared = (kind: string, recent: boolean) =>
            v.shared.filter((i) => i.kind === kind && (!recent || i.recent)).length;
          expect(s.advancement.wins + shared('win', false)).toBe(r?.advancementWins);
          expect(s.advancement.steps + shared('step', false)).toBe(r?.stepsCompleted);
          // The activity window is 30 days by default: the verdict's recent window.
          expect(s.recent.wins + shared('win', true)).toBe(r?.wins);
        }
        const lead = (a: number, b: number) => (a === b ? null : a > b ? x.id : y.id);
        expect(v.leader).toBe(lead(x.advancement.total, y.advancement.total));
        expect(v.leaderLast30).toBe(lead(x.recent.total, y.recent.total));
      }),
    );
  });
});
