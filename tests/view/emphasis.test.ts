import { describe, expect, it } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../src/model';
import { describeNeighbours } from '../../src/view/scene/describe';
import { emphasis } from '../../src/view/scene/emphasis';
import { NOW, toMapModel } from '../../src/model/outputs/map/map-model';
import {
  buildScene,
  initialFilters,
  neighbours,
  routeNotes,
} from '../../src/model/outputs/map/scene';

const note = (path: string, frontmatter: Record<string, unknown>): NoteInput => ({
  path,
  mtime: 0,
  frontmatter,
});
const route = (path: string, status: string, steps: string[]) =>
  note(path, { tags: 'work/route', status, outcomes: '[[Goal]]', steps });

/** Two routes to Goal (one through A and B, one dropped, through C) and a lone stone D. */
const scene = (() => {
  const graph = buildWorkGraph(
    [
      note('Goal.md', { tags: 'work/outcome' }),
      note('A.md', { tags: 'work/skill' }),
      note('B.md', { tags: 'work/skill' }),
      note('C.md', { tags: 'work/skill' }),
      note('D.md', { tags: 'work/skill' }),
      route('R1.md', 'active', ['[[A]]', '[[B]]']),
      route('R2.md', 'dropped', ['[[C]]']),
    ],
    [],
    DEFAULT_SETTINGS,
  );
  const model = toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-01-10'));
  return buildScene(model, initialFilters(DEFAULT_SETTINGS.view));
})();
const sorted = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);

describe("a scene's facts", () => {
  it("should give a visible route's notes: its line and its outcomes", () => {
    expect(routeNotes(scene, 'R1.md')).toEqual([NOW, 'R1.md', 'A.md', 'B.md', 'Goal.md']);
  });

  it('should give no notes for a hidden or unknown route', () => {
    expect(routeNotes(scene, 'R2.md')).toEqual([]);
    expect(routeNotes(scene, 'Nope.md')).toEqual([]);
  });

  it("should find a note's neighbours along route lines and links", () => {
    expect(sorted(neighbours(scene, 'A.md'))).toEqual(['B.md', 'R1.md']);
    expect(sorted(neighbours(scene, 'D.md'))).toEqual([]);
  });

  it('should announce a note and the titles it is linked to, or that it has none', () => {
    expect(describeNeighbours(scene, 'A.md')).toBe('A: linked to B, R1.');
    expect(describeNeighbours(scene, 'D.md')).toBe('D: no links.');
  });
});

describe('the emphasis', () => {
  const none = new Set<string>();

  it("should show a hovered or focused note, its neighbours and its routes' notes in full", () => {
    const e = emphasis(scene, 'A.md', [], none);
    expect(sorted(e.nodes)).toEqual([NOW, 'A.md', 'B.md', 'Goal.md', 'R1.md'].sort());
    expect(sorted(e.routes)).toEqual(['R1.md']);
    expect(e.focus).toBe('A.md');
  });

  it("should show the selected routes' notes when no note is pointed at", () => {
    const e = emphasis(scene, null, ['R1.md', 'R2.md'], none);
    expect(sorted(e.nodes)).toEqual([NOW, 'A.md', 'B.md', 'Goal.md', 'R1.md'].sort());
    expect(sorted(e.routes)).toEqual(['R1.md', 'R2.md']);
    expect(e.focus).toBeNull();
  });

  it('should show the search matches, or everything when there are none', () => {
    const matches = new Set(['B.md']);
    expect(sorted(emphasis(scene, null, [], matches).nodes)).toEqual(['B.md']);
    expect(emphasis(scene, null, [], none)).toEqual({
      nodes: null,
      routes: null,
      focus: null,
      matches: none,
    });
  });

  it('should keep the search matches ringed while a note is pointed at', () => {
    const matches = new Set(['B.md']);
    expect(emphasis(scene, 'D.md', [], matches).matches).toBe(matches);
  });
});
