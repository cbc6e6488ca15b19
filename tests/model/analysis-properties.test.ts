import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AnalysisMemo,
  analyze,
  compareRank,
  DEFAULT_SETTINGS,
  toReport,
  WorkIndex,
} from '../../src/model';
import {
  model,
  outcomes,
  routes,
  run,
  stones,
  TODAY,
  withoutSetbacks,
} from '../helpers/random-model';

describe('the analysis, on any model', () => {
  it('should never count a setback as advancement', () => {
    fc.assert(
      fc.property(model, (notes) => {
        const all = run(notes).analysis;
        const fewer = run(withoutSetbacks(notes)).analysis;
        for (const r of all.routes) {
          expect(fewer.route.get(r.id)?.advancement).toBe(r.advancement);
          expect(fewer.route.get(r.id)?.ownAdvancement).toBe(r.ownAdvancement);
          expect(r.advancement).toBe(r.advancementWins + r.stepsCompleted);
          expect(r.ownAdvancement).toBe(r.advancement - r.sharedWins - r.sharedCompletions);
          expect(r.ownAdvancement).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('should sum each trend month to the evidence dated in it', () => {
    fc.assert(
      fc.property(model, (notes) => {
        const { analysis } = run(notes);
        for (const r of analysis.routes) {
          for (const t of r.trend) {
            const inMonth = analysis.evidence.filter(
              (e) =>
                e.signal !== null &&
                e.date.startsWith(t.month) &&
                e.routes.some((x) => x.id === r.id),
            );
            expect(t.wins + t.setbacks + t.insights + t.shifts).toBe(inMonth.length);
            expect(t.setbacks).toBe(inMonth.filter((e) => e.signal === 'setback').length);
          }
          expect(r.trend).toHaveLength(6);
        }
      }),
    );
  });

  it('should rank routes in a total order', () => {
    fc.assert(
      fc.property(model, (notes) => {
        const { analysis } = run(notes);
        const rs = analysis.routes;
        expect(analysis.ranked.map((r) => r.rank)).toEqual(rs.map((_, i) => i + 1));
        for (const a of rs) {
          expect(compareRank(a, a)).toBe(0);
          for (const b of rs) {
            if (a !== b) expect(Math.sign(compareRank(a, b))).toBe(-Math.sign(compareRank(b, a)));
            if (a !== b) expect(compareRank(a, b)).not.toBe(0);
            for (const c of rs)
              if (compareRank(a, b) < 0 && compareRank(b, c) < 0)
                expect(compareRank(a, c)).toBeLessThan(0);
          }
        }
      }),
    );
  });

  it('should rank next steps by routes, then outcomes, then routes it is next on', () => {
    fc.assert(
      fc.property(model, (notes) => {
        const { analysis } = run(notes);
        const key = (s: (typeof analysis.next)[number]) => [
          s.onRoutes.length,
          s.outcomes.length,
          s.nextOn.length,
        ];
        analysis.next.forEach((s, i) => {
          expect(s.rank).toBe(i + 1);
          const before = analysis.next[i - 1];
          // Descending in (routes, outcomes, next on): the first difference favours `before`.
          const diff = before ? key(before).map((k, j) => k - (key(s)[j] ?? 0)) : [];
          expect(diff.find((d) => d !== 0) ?? 0).toBeGreaterThanOrEqual(0);
          for (const r of s.nextOn) {
            const route = analysis.route.get(r);
            expect(route?.live).toBe(true);
            // The first step of the route that is neither done nor resting.
            expect(route?.steps.find((x) => analysis.node.get(x)?.live)).toBe(s.stone);
          }
          expect(s.nextOn.every((r) => s.onRoutes.includes(r))).toBe(true);
        });
      }),
    );
  });

  it('should give a route that is not live no pace or arrival, and never call it late', () => {
    fc.assert(
      fc.property(model, (notes) => {
        for (const r of run(notes).analysis.routes) {
          if (!r.live) expect(r).toMatchObject({ pace: null, arrival: null, arrived: false });
          for (const h of r.horizons) {
            if (!r.live || r.arrival === null) expect(h.onTime).toBeNull();
            if (h.onTime !== false) expect(h.daysLate).toBe(0);
            else expect(h.daysLate).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('should give the same report for the notes in any order', () => {
    fc.assert(
      fc.property(model, fc.integer(), (notes, seed) => {
        const shuffled = [...notes]
          .map((n, i) => ({ n, k: (i * 7919 + seed) % 104729 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.n);
        const a = run(notes);
        const b = run(shuffled);
        expect(toReport(b.graph, b.analysis)).toEqual(toReport(a.graph, a.analysis));
      }),
    );
  });

  it('should give the same analysis, kept from change to change, as a fresh one', () => {
    // Each step brings some notes of another model (changed, new, renamed stones), and deletes
    // some; now and then the day moves. The kept analysis must equal a fresh one every time.
    const step = fc.record({
      notes: model.chain((m) => fc.subarray(m)),
      gone: fc.subarray([...outcomes, ...stones, ...routes, 'Journal/e0', 'Journal/e1']),
      renamed: fc.boolean(),
      today: fc.constantFrom(TODAY, TODAY, TODAY, '2026-03-15'),
    });
    fc.assert(
      fc.property(model, fc.array(step, { maxLength: 5 }), (start, steps) => {
        const index = new WorkIndex(DEFAULT_SETTINGS);
        const memo = new AnalysisMemo();
        for (const n of start) index.setNote(n);
        analyze(index.graph(), DEFAULT_SETTINGS, TODAY, memo);
        for (const s of steps) {
          for (const n of s.notes)
            index.setNote(s.renamed ? { ...n, path: n.path.replace('S', 'Stones/S') } : n);
          for (const g of s.gone) index.delete(`${g}.md`);
          const kept = analyze(index.graph(), DEFAULT_SETTINGS, s.today, memo);
          const fresh = analyze(index.fullGraph(), DEFAULT_SETTINGS, s.today);
          expect(kept).toEqual(fresh);
          expect(toReport(index.graph(), kept)).toEqual(toReport(index.fullGraph(), fresh));
        }
      }),
      { numRuns: 80 },
    );
  });
});
