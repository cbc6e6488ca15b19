import fc from 'fast-check';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../src/model';

// Random but well-formed models: a few outcomes, stones and routes linking each other, and
// dated evidence with every signal, so the properties speak about the method, not bad input.
export const TODAY = '2026-06-30';
export const outcomes = ['O1', 'O2', 'O3'];
export const stones = ['S1', 'S2', 'S3', 'S4'];
export const routes = ['R1', 'R2', 'R3'];
export const day = fc
  .date({
    min: new Date('2025-11-01T00:00:00Z'),
    max: new Date('2026-07-15T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const pick = <T>(xs: T[]) => fc.subarray(xs, { minLength: 0 });
export const link = (n: string) => `[[${n}]]`;

export const model = fc
  .record({
    outcomeStatus: fc.array(fc.constantFrom('hoped', 'pursuing', 'reached', 'released'), {
      minLength: 3,
      maxLength: 3,
    }),
    horizons: fc.array(fc.constantFrom('2026-09', '2027', '2030-01-15', undefined), {
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
  .map(({ outcomeStatus, horizons, stones: ss, routes: rs, evidence }): NoteInput[] => [
    ...outcomes.map((o, i) => ({
      path: `${o}.md`,
      mtime: 0,
      frontmatter: { tags: 'work/outcome', status: outcomeStatus[i], horizon: horizons[i] },
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

export const run = (notes: NoteInput[]) => {
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  return { graph, analysis: analyze(graph, DEFAULT_SETTINGS, TODAY) };
};
export const withoutSetbacks = (notes: NoteInput[]) =>
  notes.filter((n) => (n.frontmatter as { signal?: string }).signal !== 'setback');
