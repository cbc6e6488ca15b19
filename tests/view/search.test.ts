import { describe, expect, it } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../src/model';
import { toMapModel } from '../../src/model/outputs/map/map-model';
import { buildScene, initialFilters } from '../../src/model/outputs/map/scene';
import { firstMatch, matchCount, searchScene } from '../../src/view/scene/search';
import { geometryOf, station } from './map-fakes';

const note = (path: string, frontmatter: Record<string, unknown>): NoteInput => ({
  path,
  mtime: 0,
  frontmatter,
});
const scene = (() => {
  const graph = buildWorkGraph(
    [
      note('Goal.md', { tags: 'work/outcome' }),
      note('A.md', { tags: 'work/skill', aliases: ['Alpha'] }),
      note('B.md', { tags: 'work/skill' }),
      note('R1.md', { tags: 'work/route', outcomes: '[[Goal]]', steps: ['[[A]]', '[[B]]'] }),
      note('J.md', { evidence: '[[B]]', date: '2026-01-02', signal: 'setback' }),
    ],
    [],
    DEFAULT_SETTINGS,
  );
  const model = toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-01-10'));
  return buildScene(model, initialFilters(DEFAULT_SETTINGS.view));
})();

describe('the map search', () => {
  it('should find notes by title or alias, whatever the case', () => {
    expect([...searchScene(scene, ' goal ')]).toEqual(['Goal.md']);
    expect([...searchScene(scene, 'ALPHA')]).toEqual(['A.md']);
    expect(searchScene(scene, '  ').size).toBe(0);
  });

  it('should find the notes with a signal, and the routes through them', () => {
    expect([...searchScene(scene, 'setback')].sort()).toEqual(['B.md', 'R1.md']);
  });

  it.each([
    ['', 0, ''],
    ['x', 0, 'no matches'],
    ['goal', 1, '1 match'],
    ['a', 3, '3 matches'],
  ])('should count %j with %i found as %j', (query, n, text) => {
    expect(matchCount(query, new Set(Array.from({ length: n }, (_, i) => `${i}`)))).toBe(text);
  });

  it("should go to the first match in the scene's order, centred and never zoomed out", () => {
    const g = geometryOf([station('A.md', 100, 50), station('B.md', 300, 80)]);
    const pane = { width: 400, height: 200 };
    const found = new Set(['B.md', 'A.md']);
    expect(firstMatch(scene, g, found, { k: 0.5, x: 0, y: 0 }, pane)).toEqual({
      id: 'A.md',
      camera: { k: 1, x: 100, y: 50 },
    });
    expect(firstMatch(scene, g, found, { k: 2, x: 0, y: 0 }, pane)?.camera.k).toBe(2);
  });

  it('should go nowhere when no match is drawn', () => {
    const g = geometryOf([station('A.md', 100, 50)]);
    const camera = { k: 1, x: 0, y: 0 };
    const pane = { width: 400, height: 200 };
    expect(firstMatch(scene, g, new Set(['B.md']), camera, pane)).toBeNull();
    expect(firstMatch(scene, null, new Set(['A.md']), camera, pane)).toBeNull();
    expect(firstMatch(scene, g, new Set(), camera, pane)).toBeNull();
  });
});
