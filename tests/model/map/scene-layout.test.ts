import { describe, expect, it } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../../src/model';
import type { Measure } from '../../../src/model/outputs/map/layout/geometry';
import { MapLayout, orientationFor } from '../../../src/view/layout/map-layout';
import { NOW, toMapModel, type MapModel } from '../../../src/model/outputs/map/map-model';
import { buildScene, initialFilters, type Filters } from '../../../src/model/outputs/map/scene';

const fm = (o: Record<string, unknown>) => o;
function model(extra: NoteInput[] = []): MapModel {
  const notes: NoteInput[] = [
    { path: 'Goal.md', mtime: 0, frontmatter: fm({ tags: 'work/outcome' }) },
    { path: 'A.md', mtime: 0, frontmatter: fm({ tags: 'work/skill', category: 'experience' }) },
    { path: 'B.md', mtime: 0, frontmatter: fm({ tags: 'work/skill' }) },
    {
      path: 'R1.md',
      mtime: 0,
      frontmatter: fm({
        tags: 'work/route',
        status: 'active',
        outcomes: '[[Goal]]',
        steps: ['[[A]]', '[[B]]'],
      }),
    },
    {
      path: 'R2.md',
      mtime: 0,
      frontmatter: fm({
        tags: 'work/route',
        status: 'active',
        outcomes: '[[Goal]]',
        steps: ['[[B]]', '[[A]]'],
      }),
    },
    {
      path: 'R3.md',
      mtime: 0,
      frontmatter: fm({
        tags: 'work/route',
        status: 'dropped',
        outcomes: '[[Goal]]',
        steps: ['[[C]]'],
      }),
    },
    { path: 'C.md', mtime: 0, frontmatter: fm({ tags: 'work/skill' }) },
    {
      path: 'R4.md',
      mtime: 0,
      frontmatter: fm({ tags: 'work/route', outcomes: '[[Goal]]', steps: ['[[Missing]]'] }),
    },
    { path: 'J.md', mtime: 0, frontmatter: fm({ evidence: '[[A]]', date: '2026-01-01' }) },
    ...extra,
  ];
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  return toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-01-10'));
}
const filters: Filters = initialFilters(DEFAULT_SETTINGS.view);

describe('the map model and scene', () => {
  it('should have Now, every model note, ghosts and evidence notes', () => {
    const m = model();
    expect(m.nodes.map((n) => [n.id, n.kind])).toEqual([
      [NOW, 'now'],
      ['A.md', 'skill'],
      ['B.md', 'skill'],
      ['C.md', 'skill'],
      ['Goal.md', 'outcome'],
      ['R1.md', 'route'],
      ['R2.md', 'route'],
      ['R3.md', 'route'],
      ['R4.md', 'route'],
      ['ghost:Missing', 'ghost'],
      ['J.md', 'evidence'],
    ]);
  });

  it('should hide dropped routes and the stones only they use, and evidence notes, by default', () => {
    const ids = buildScene(model(), filters).nodes.map((n) => n.id);
    expect(ids).not.toContain('R3.md');
    expect(ids).not.toContain('C.md');
    expect(ids).not.toContain('J.md');
    expect(ids).toContain('ghost:Missing');
  });

  it('should draw a paused route by default, it and the stone only it uses resting', () => {
    const paused: NoteInput = {
      path: 'R8.md',
      mtime: 0,
      frontmatter: fm({
        tags: 'work/route',
        status: 'paused',
        resume: '2027-01-01',
        outcomes: '[[Goal]]',
        steps: ['[[D]]'],
      }),
    };
    const stone: NoteInput = { path: 'D.md', mtime: 0, frontmatter: fm({ tags: 'work/skill' }) };
    const scene = buildScene(model([paused, stone]), filters);
    expect(scene.paths.map((p) => p.route.id)).toContain('R8.md');
    expect(scene.byId.get('R8.md')?.resting).toBe(true);
    expect(scene.byId.get('D.md')?.resting).toBe(true);
    expect(scene.hiddenRoutes.map((r) => r.status)).toEqual(['dropped']);
  });

  it('should show what the filters let through', () => {
    const ids = buildScene(model(), {
      ...filters,
      hiddenRouteStatuses: [],
      showEvidence: true,
      hiddenSkillCategories: ['experience'],
    }).nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['R3.md', 'C.md', 'J.md']));
    expect(ids).not.toContain('A.md');
  });

  it("should list each visible route's stations in order, a missing step as its ghost", () => {
    const scene = buildScene(model(), filters);
    expect(scene.paths.map((p) => [p.route.id, p.stations, p.outcomes])).toEqual([
      ['R1.md', [NOW, 'R1.md', 'A.md', 'B.md'], ['Goal.md']],
      ['R2.md', [NOW, 'R2.md', 'B.md', 'A.md'], ['Goal.md']],
      ['R4.md', [NOW, 'R4.md', 'ghost:Missing'], ['Goal.md']],
    ]);
    expect(scene.hiddenRoutes).toEqual([{ id: 'R3.md', title: 'R3', status: 'dropped' }]);
  });

  it('should put a missing step in its slot, not after the last step', () => {
    const route = (path: string, steps: string[]): NoteInput => ({
      path,
      mtime: 0,
      frontmatter: fm({ tags: 'work/route', status: 'active', outcomes: '[[Goal]]', steps }),
    });
    const m = model([
      route('R5.md', ['[[A]]', '[[Gap]]', '[[B]]']),
      route('R6.md', ['[[First]]', '[[A]]', '[[Gap]]', '[[Gap]]', '[[Last]]']),
      { path: 'S.md', mtime: 0, frontmatter: fm({ tags: 'work/skill', supports: '[[Someday]]' }) },
    ]);
    // On its line, a missing step needs no extra dashed link; a missing outcome keeps one.
    expect(m.links.filter((l) => l.kind === 'missing')).toEqual([
      { from: 'S.md', to: 'ghost:Someday', kind: 'missing' },
    ]);
    const scene = buildScene(m, filters);
    const stations = (id: string) => scene.paths.find((p) => p.route.id === id)?.stations;
    expect(stations('R5.md')).toEqual([NOW, 'R5.md', 'A.md', 'ghost:Gap', 'B.md']);
    expect(stations('R6.md')).toEqual([
      NOW,
      'R6.md',
      'ghost:First',
      'A.md',
      'ghost:Gap',
      'ghost:Last',
    ]);
  });

  it('should hide a missing step only a hidden route names, and show it with the route', () => {
    const dropped: NoteInput = {
      path: 'R7.md',
      mtime: 0,
      frontmatter: fm({
        tags: 'work/route',
        status: 'dropped',
        outcomes: '[[Goal]]',
        steps: ['[[C]]', '[[Someday step]]'],
      }),
    };
    const m = model([dropped]);
    expect(buildScene(m, filters).byId.has('ghost:Someday step')).toBe(false);
    const all = buildScene(m, { ...filters, hiddenRouteStatuses: [] });
    expect(all.paths.find((p) => p.route.id === 'R7.md')?.stations).toEqual([
      NOW,
      'R7.md',
      'C.md',
      'ghost:Someday step',
    ]);
  });

  it('should keep the most important notes and say so when over the cap', () => {
    const scene = buildScene(model(), {
      ...filters,
      hiddenRouteStatuses: [],
      showEvidence: true,
      nodeCap: 6,
    });
    expect(scene.capped).toEqual({ shown: 6, total: 11 });
    expect(scene.nodes.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['now', 'route', 'outcome']),
    );
    expect(scene.nodes.some((n) => n.kind === 'evidence')).toBe(false);
  });
});

/** Text as wide as 7 px a character: the layout needs widths, not a browser. */
const measure: Measure = { width: (t) => t.length * 7, lineHeight: 16, fontPx: 13 };
const lay = (m: MapModel, pane = { width: 1000, height: 600 }, saved = new Map()) => {
  const layout = new MapLayout();
  layout.update(buildScene(m, filters), measure, pane, saved);
  expect(layout.step(Infinity)).toBe(true);
  return layout;
};

describe('the layout', () => {
  it('should follow the pane: left to right when wide, top to bottom when tall, strips when narrow', () => {
    expect(orientationFor({ width: 1000, height: 600 })).toBe('horizontal');
    expect(orientationFor({ width: 600, height: 900 })).toBe('vertical');
    expect(orientationFor({ width: 390, height: 844 })).toBe('strips');
  });

  it('should give the same positions for the same notes', () => {
    const a = lay(model()).geometry?.stations.map((s) => [s.key, s.x, s.y]);
    expect(lay(model()).geometry?.stations.map((s) => [s.key, s.x, s.y])).toEqual(a);
  });

  it('should advance every route step by step, drawing a stone twice for routes that disagree on its order', () => {
    const g = lay(model()).geometry;
    const x = (key: string) => g?.byKey.get(key)?.x ?? NaN;
    // R1 takes A then B; R2 takes B then A: R2's A is a second station after its B.
    expect(x(NOW)).toBeLessThan(x('R1.md'));
    expect(x('R1.md')).toBeLessThan(x('A.md'));
    expect(x('A.md')).toBeLessThan(x('B.md'));
    expect(x('B.md')).toBeLessThan(x('A.md#R2.md'));
    expect(x('A.md#R2.md')).toBeLessThan(x('Goal.md'));
    expect(g?.byId.get('A.md')?.map((s) => s.key)).toEqual(['A.md', 'A.md#R2.md']);
    for (const line of g?.lines ?? [])
      for (const [a, b] of line.trunk.slice(1).map((p, i) => [line.trunk[i], p]))
        expect((b?.[0] ?? 0) - (a?.[0] ?? 0)).toBeGreaterThanOrEqual(0);
  });

  it('should show one strip per route in a narrow pane, numbering the steps and marking shared stones', () => {
    const g = lay(model(), { width: 390, height: 844 }).geometry;
    expect(g?.orientation).toBe('strips');
    expect(g?.lines.map((l) => l.numbers.map((n) => n.n))).toEqual([[1, 2], [1, 2], [1]]);
    expect(g?.byId.get('A.md')?.every((s) => s.interchange)).toBe(true);
    // Stations are a 44 px tap target apart.
    const ys = g?.stations.map((s) => s.y) ?? [];
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(44);
  });

  it('should keep saved pins, and pin a dragged note with its lines until unpinned', () => {
    const saved = new Map(Object.entries({ 'A.md': { x: 500, y: 300, pinned: true } }));
    const layout = lay(model(), undefined, saved);
    expect(layout.positions().get('A.md')).toEqual({ x: 500, y: 300, pinned: true });
    layout.drag('B.md', 900, 900);
    expect(layout.positions().get('B.md')).toEqual({ x: 900, y: 900, pinned: true });
    // Its line follows it, beside it in its own lane.
    expect(
      layout.geometry?.lines[0]?.trunk.some(([x, y]) => x === 900 && Math.abs(y - 900) < 10),
    ).toBe(true);
    layout.unpin('B.md');
    expect(layout.positions().has('B.md')).toBe(false);
  });
});
