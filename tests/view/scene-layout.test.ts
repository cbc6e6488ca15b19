import { describe, expect, it } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../src/model';
import { MapLayout } from '../../src/view/layout';
import { NOW, toMapModel, type MapModel } from '../../src/view/map-model';
import { buildScene, initialFilters, type Filters } from '../../src/view/scene';

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
        status: 'paused',
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

  it('should hide paused routes and the stones only they use, and evidence notes, by default', () => {
    const ids = buildScene(model(), filters).nodes.map((n) => n.id);
    expect(ids).not.toContain('R3.md');
    expect(ids).not.toContain('C.md');
    expect(ids).not.toContain('J.md');
    expect(ids).toContain('ghost:Missing');
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

  it('should read left to right: Now, steps by position, outcomes last', () => {
    const scene = buildScene(model(), filters);
    const col = (id: string) => scene.byId.get(id)?.column;
    expect(col(NOW)).toBe(0);
    expect(col('A.md')).toBe(2); // first step of R1, second of R2: its deepest place
    expect(col('B.md')).toBe(2);
    expect(col('Goal.md')).toBe(3);
  });

  it('should give routes sharing a piece of line their own lanes, even in a cycle', () => {
    const scene = buildScene(model(), filters);
    const shared = scene.segments.filter((s) => [s.from, s.to].sort().join() === 'A.md,B.md');
    expect(shared.map((s) => [s.route, s.lane, s.lanes])).toEqual([
      ['R1.md', 0, 2],
      ['R2.md', 1, 2],
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

describe('the layout', () => {
  const settle = (m: MapModel, seed = 1, saved = new Map()) => {
    const layout = new MapLayout(seed);
    layout.update(buildScene(m, filters), saved);
    layout.tick(500);
    return layout;
  };

  it('should give the same positions for the same seed, and settle', () => {
    const a = settle(model());
    const b = settle(model());
    expect(a.settled).toBe(true);
    expect([...a.positions()]).toEqual([...b.positions()]);
  });

  it('should put Now left of every stepping stone and outcomes right of them', () => {
    const p = settle(model()).positions();
    const x = (id: string) => p.get(id)?.x ?? NaN;
    expect(x(NOW)).toBeLessThan(x('A.md'));
    expect(x('B.md')).toBeLessThan(x('Goal.md'));
  });

  it('should keep every known note in place when a note is added', () => {
    const layout = settle(model());
    const before = layout.positions();
    layout.update(
      buildScene(
        model([
          { path: 'D.md', mtime: 0, frontmatter: { tags: 'work/skill', supports: '[[Goal]]' } },
        ]),
        filters,
      ),
    );
    layout.tick(500);
    const after = layout.positions();
    for (const [id, p] of before) expect(after.get(id)).toEqual(p);
    expect(after.has('D.md')).toBe(true);
  });

  it('should show saved positions as they were saved, and keep pins', () => {
    const saved = new Map(
      Object.entries({ [NOW]: { x: 0, y: 0 }, 'A.md': { x: 500, y: 300, pinned: true } }),
    );
    const layout = settle(model(), 1, saved);
    expect(layout.positions().get('A.md')).toEqual({ x: 500, y: 300, pinned: true });
  });

  it('should pin a dragged note and let it go when unpinned', () => {
    const layout = settle(model());
    layout.drag('B.md', 900, 900);
    layout.tick(300);
    expect(layout.positions().get('B.md')).toEqual({ x: 900, y: 900, pinned: true });
    layout.unpin('B.md');
    layout.tick(300);
    expect(layout.positions().get('B.md')?.pinned).toBeUndefined();
    expect(layout.positions().get('B.md')?.x).not.toBe(900);
  });
});
