import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AnalysisMemo,
  analyze,
  buildWorkGraph,
  compareRank,
  DEFAULT_SETTINGS,
  toReport,
  WorkIndex,
  type NoteInput,
} from '../../src/model';

// Random but well-formed models: a few outcomes, stones and routes linking each other, and
// dated evidence with every signal, so the properties speak about the method, not bad input.
const TODAY = '2026-06-30';
const outcomes = ['O1', 'O2', 'O3'];
const stones = ['S1', 'S2', 'S3', 'S4'];
const routes = ['R1', 'R2', 'R3'];
const day = fc
  .date({
    min: new Date('2025-11-01T00:00:00Z'),
    max: new Date('2026-07-15T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const pick = <T>(xs: T[]) => fc.subarray(xs, { minLength: 0 });
const link = (n: string) => `[[${n}]]`;

const model = fc
  .record({
    outcomeStatus: fc.array(fc.constantFrom('hoped', 'pursuing', 'reached', 'released'), {
      minLength: 3,
      maxLength: 3,
    }),
    stones: fc.array(
      fc.record({
        status: fc.constantFrom('planned', 'building', 'done'),
        completed: fc.option(day, { nil: undefined }),
      }),
      { minLength: 4, maxLength: 4 },
    ),
    routes: fc.array(
      fc.record({
        status: fc.constantFrom('exploring', 'active', 'paused', 'dropped', 'reached'),
        risk: fc.constantFrom('low', 'medium', 'high', undefined),
        outcomes: pick(outcomes).filter((o) => o.length > 0),
        steps: fc.shuffledSubarray(stones),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    evidence: fc.array(
      fc.record({
        date: day,
        signal: fc.constantFrom('win', 'setback', 'insight', 'shift', undefined),
        targets: fc.subarray([...outcomes, ...stones, ...routes], { minLength: 1 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ outcomeStatus, stones: ss, routes: rs, evidence }): NoteInput[] => [
    ...outcomes.map((o, i) => ({
      path: `${o}.md`,
      mtime: 0,
      frontmatter: { tags: 'work/outcome', status: outcomeStatus[i] },
    })),
    ...stones.map((s, i) => ({
      path: `${s}.md`,
      mtime: 0,
      frontmatter: { tags: 'work/skill', status: ss[i]?.status, completed: ss[i]?.completed },
    })),
    ...routes.map((r, i) => ({
      path: `${r}.md`,
      mtime: 0,
      frontmatter: {
        tags: 'work/route',
        status: rs[i]?.status,
        risk: rs[i]?.risk,
        outcomes: (rs[i]?.outcomes ?? []).map(link),
        steps: (rs[i]?.steps ?? []).map(link),
      },
    })),
    ...evidence.map((e, i) => ({
      path: `Journal/e${i}.md`,
      mtime: 0,
      frontmatter: { evidence: e.targets.map(link), signal: e.signal, date: e.date },
    })),
  ]);

const run = (notes: NoteInput[]) => {
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  return { graph, analysis: analyze(graph, DEFAULT_SETTINGS, TODAY) };
};
const withoutSetbacks = (notes: NoteInput[]) =>
  notes.filter((n) => (n.frontmatter as { signal?: string }).signal !== 'setback');

describe('the analysis, on any model', () => {
  it('should never count a setback as advancement', () => {
    fc.assert(
      fc.property(model, (notes) => {
        const all = run(notes).analysis;
        const fewer = run(withoutSetbacks(notes)).analysis;
        for (const r of all.routes) {
          expect(fewer.route.get(r.id)?.advancement).toBe(r.advancement);
          expect(r.advancement).toBe(r.wins + r.stepsCompleted);
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
