import { describe, expect, it } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../../src/model';
import type { Geometry, Measure } from '../../../src/model/outputs/map/layout/geometry';
import { MapLayout } from '../../../src/view/layout/map-layout';
import { toMapModel } from '../../../src/model/outputs/map/map-model';
import { buildScene, initialFilters } from '../../../src/model/outputs/map/scene';

const note = (path: string, frontmatter: Record<string, unknown>): NoteInput => ({
  path,
  mtime: 0,
  frontmatter,
});
const route = (name: string, outcome: string, steps: string[], status = 'active') =>
  note(`${name}.md`, {
    tags: 'work/route',
    status,
    outcomes: `[[${outcome}]]`,
    steps: steps.map((s) => `[[${s}]]`),
  });

/**
 * Five live routes, each to an outcome of its own; a reached route that shared its first stone
 * with the first of them, to an outcome it reached; an outcome released and linked with nothing.
 */
function model() {
  const stones = ['D', 'E', 'F', 'P', 'Q', 'S', 'T', 'U', 'V', 'W', 'X'];
  const notes: NoteInput[] = [
    ...['Goal 1', 'Goal 2', 'Goal 3', 'Goal 4', 'Goal 5'].map((o) =>
      note(`${o}.md`, { tags: 'work/outcome' }),
    ),
    note('Old goal.md', { tags: 'work/outcome', status: 'reached' }),
    note('Let go.md', { tags: 'work/outcome', status: 'released' }),
    ...stones.map((s) => note(`${s}.md`, { tags: 'work/skill' })),
    route('R1', 'Goal 1', ['D', 'E']),
    route('R2', 'Goal 2', ['P', 'Q']),
    route('R3', 'Goal 3', ['S', 'T']),
    route('R4', 'Goal 4', ['U', 'V']),
    route('R5', 'Goal 5', ['W', 'X']),
    route('R9', 'Old goal', ['E', 'F'], 'reached'),
  ];
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  return toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-01-10'));
}

const measure: Measure = { width: (t) => t.length * 7, lineHeight: 16, fontPx: 13 };
function lay(pane: { width: number; height: number }): Geometry {
  const layout = new MapLayout();
  // By default the map hides reached routes: R9 and its stone F are not drawn.
  layout.update(
    buildScene(model(), initialFilters(DEFAULT_SETTINGS.view)),
    measure,
    pane,
    new Map(),
  );
  expect(layout.step(Infinity)).toBe(true);
  return layout.geometry as Geometry;
}

describe('an outcome no shown route reaches', () => {
  it('should be anchored to the last stone of its hidden routes that the map shows', () => {
    const scene = buildScene(model(), initialFilters(DEFAULT_SETTINGS.view));
    expect(scene.anchors).toEqual([{ from: 'E.md', to: 'Old goal.md' }]);
    // With every route shown, its route's line leads to it: no anchor.
    const all = buildScene(model(), {
      ...initialFilters(DEFAULT_SETTINGS.view),
      hiddenRouteStatuses: [],
    });
    expect(all.anchors).toEqual([]);
  });

  it.each([
    ['left to right', { width: 1000, height: 600 }],
    ['top to bottom', { width: 600, height: 900 }],
  ])('should stand near what it is linked with, %s', (_, pane) => {
    const g = lay(pane);
    expect(g.orientation).not.toBe('strips');
    const horizontal = g.orientation === 'horizontal';
    const at = (id: string) => {
      const s = g.byId.get(`${id}.md`)?.[0];
      expect(s, id).toBeDefined();
      return {
        main: horizontal ? (s?.x ?? 0) : (s?.y ?? 0),
        cross: horizontal ? (s?.y ?? 0) : (s?.x ?? 0),
      };
    };
    expect(g.byId.has('F.md')).toBe(false);
    const outcomes = ['Goal 1', 'Goal 2', 'Goal 3', 'Goal 4', 'Goal 5', 'Old goal', 'Let go'];
    // Outcomes stand last, in one column; how far apart neighbours stand in it is the layout's
    // own pitch for this drawing.
    const column = outcomes.map((o) => at(o).cross).sort((a, b) => a - b);
    const pitch = Math.max(...column.slice(1).map((c, i) => c - (column[i] as number)));
    for (const o of outcomes) expect(at(o).main).toBe(at('Goal 1').main);

    // The reached outcome stands by E, the stone its reached route shares with R1: no farther
    // across from it than R1's own outcome is, and one place in the column beyond.
    const offset = (o: string) => Math.abs(at(o).cross - at('E').cross);
    expect(offset('Old goal')).toBeLessThanOrEqual(offset('Goal 1') + pitch);
    // The released outcome, linked with nothing, stands beside another outcome, within the
    // drawing: never farther out than one place beyond the column of linked outcomes.
    const linked = outcomes.slice(0, 6).map((o) => at(o).cross);
    expect(at('Let go').cross).toBeGreaterThanOrEqual(Math.min(...linked) - pitch);
    expect(at('Let go').cross).toBeLessThanOrEqual(Math.max(...linked) + pitch);
    const nearest = Math.min(...linked.map((c) => Math.abs(c - at('Let go').cross)));
    expect(nearest).toBeLessThanOrEqual(pitch);
  });
});
