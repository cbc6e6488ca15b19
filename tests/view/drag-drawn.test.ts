import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../src/model';
import { toMapModel } from '../../src/model/outputs/map/map-model';
import { buildScene, initialFilters } from '../../src/model/outputs/map/scene';
import { drawMap, routeColors, type DrawPart } from '../../src/view/canvas/draw';
import { placeLabels } from '../../src/view/canvas/label-placement';
import { fitCamera } from '../../src/view/input/camera';
import { MapLayout } from '../../src/view/layout/map-layout';
import { measure, theme } from './map-fakes';
import { emphasis } from '../../src/view/scene/emphasis';

// While a station is dragged, the map is drawn in two parts: everything else once, and the
// dragged station with what touches it in every frame. Together they must draw the map as a
// whole drawing would: nothing left out, nothing twice, in the same places and styles.

/** A path that remembers its commands, as text, for the context to file under a style. */
class RecordingPath {
  commands: string[] = [];
  moveTo(x: number, y: number) {
    this.commands.push(`M ${x} ${y}`);
  }
  lineTo(x: number, y: number) {
    this.commands.push(`L ${x} ${y}`);
  }
  bezierCurveTo(...a: number[]) {
    this.commands.push(`C ${a.join(' ')}`);
  }
  closePath() {
    this.commands.push('Z');
  }
  arc(...a: number[]) {
    this.commands.push(`A ${a.join(' ')}`);
  }
  rect(...a: number[]) {
    this.commands.push(`R ${a.join(' ')}`);
  }
}

/** Every shape and text drawn, each with the style it was drawn in. */
class RecordingContext {
  globalAlpha = 1;
  strokeStyle = '';
  fillStyle = '';
  lineWidth = 1;
  lineCap = '';
  lineJoin = '';
  font = '';
  textAlign = '';
  textBaseline = '';
  private dash = '';
  drawn: string[] = [];
  setTransform() {}
  fillRect() {}
  setLineDash(d: number[]) {
    this.dash = d.join(',');
  }
  private style(op: string) {
    // A fill's line width and dashes are left from earlier strokes: they draw nothing.
    if (op === 'fill') return `fill|${this.fillStyle}|${this.globalAlpha}`;
    return `${op}|${this.strokeStyle}|${this.globalAlpha}|${this.lineWidth}|${this.dash}`;
  }
  stroke(p: RecordingPath) {
    for (const c of p.commands) this.drawn.push(`${this.style('stroke')}|${c}`);
  }
  fill(p: RecordingPath) {
    for (const c of p.commands) this.drawn.push(`${this.style('fill')}|${c}`);
  }
  strokeText(t: string, x: number, y: number) {
    this.drawn.push(`${this.style('halo')}|${this.font}|${this.textAlign}|${t} ${x} ${y}`);
  }
  fillText(t: string, x: number, y: number) {
    this.drawn.push(`${this.style('fill')}|${this.font}|${this.textAlign}|${t} ${x} ${y}`);
  }
}

// Two routes through a shared stone to two outcomes, one with a step that has no note yet, and
// a stone supporting an outcome and a note that does not exist: links as well as lines.
const notes: NoteInput[] = [
  { path: 'Goal.md', mtime: 0, frontmatter: { tags: 'work/outcome' } },
  { path: 'Other goal.md', mtime: 0, frontmatter: { tags: 'work/outcome' } },
  {
    path: 'First.md',
    mtime: 0,
    frontmatter: {
      tags: 'work/route',
      status: 'active',
      outcomes: '[[Goal]]',
      steps: ['[[Shared]]', '[[Own]]'],
    },
  },
  {
    path: 'Second.md',
    mtime: 0,
    frontmatter: {
      tags: 'work/route',
      status: 'active',
      outcomes: ['[[Goal]]', '[[Other goal]]'],
      steps: ['[[Shared]]', '[[Not written yet]]'],
    },
  },
  { path: 'Shared.md', mtime: 0, frontmatter: { tags: 'work/skill', status: 'building' } },
  {
    path: 'Own.md',
    mtime: 0,
    frontmatter: { tags: 'work/skill', status: 'done', supports: ['[[Goal]]', '[[Someday]]'] },
  },
];

function map() {
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  const model = toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-01-10'));
  const scene = buildScene(model, initialFilters(DEFAULT_SETTINGS.view));
  const size = { width: 1000, height: 600, ratio: 1 };
  const layout = new MapLayout();
  layout.update(scene, measure, size);
  expect(layout.step(Infinity)).toBe(true);
  const g = layout.geometry;
  if (!g) throw new Error('no layout');
  const camera = fitCamera(g.bounds, size.width, size.height);
  const labels = placeLabels(g, camera, size, new Set());
  const colors = routeColors(theme, model.routes);
  /** What one part of the map draws, lit around `target` when one is given. */
  const draw = (target: string | null, part?: DrawPart) => {
    const geometry = layout.geometry;
    if (!geometry) throw new Error('no layout');
    const ctx = new RecordingContext();
    drawMap(
      ctx as unknown as CanvasRenderingContext2D,
      {
        size,
        scene,
        geometry,
        camera,
        theme,
        colors,
        emphasis: emphasis(scene, target, [], new Set()),
        labels,
        fontPx: 13,
      },
      part,
    );
    return ctx.drawn;
  };
  return { layout, scene, draw };
}

const sorted = (xs: string[]) => [...xs].sort();

beforeAll(() => {
  vi.stubGlobal('Path2D', RecordingPath);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('a dragged station drawn over the rest of the map', () => {
  it('should draw, with the rest, every shape and text of the whole map once, wherever it is dragged', () => {
    const { layout, scene, draw } = map();
    const keys = (layout.geometry?.stations ?? []).map((s) => s.key);
    expect(keys.length).toBeGreaterThan(6);
    for (const key of keys)
      for (const target of [null, layout.station(key)?.node.id ?? null]) {
        const moving = new Set([key]);
        // The same set in every frame of a drag, as the map passes it.
        for (const [dx, dy] of [
          [0, 0],
          [40, 25],
          [-15, 60],
        ] as const) {
          const s = layout.station(key);
          if (!s) throw new Error(key);
          layout.drag(key, s.x + dx, s.y + dy);
          const rest = draw(target, { except: moving });
          const dragged = draw(target, { clear: false, only: moving });
          expect(dragged.length, key).toBeGreaterThan(0);
          expect(sorted([...rest, ...dragged]), `${key} at +${dx},+${dy}`).toEqual(
            sorted(draw(target)),
          );
        }
      }
    expect(new Set(scene.links.map((l) => l.kind))).toEqual(new Set(['supports', 'missing']));
  });

  it('should take the points of its lines along, and no other station', () => {
    const { layout, draw } = map();
    const key = layout.geometry?.byId.get('Shared.md')?.[0]?.key ?? '';
    const s = layout.station(key);
    if (!s) throw new Error('no Shared station');
    const others = (layout.geometry?.stations ?? [])
      .filter((o) => o.key !== key)
      .map((o) => [o.key, o.x, o.y]);
    const { x, y } = s;
    const before = draw(null, { only: new Set([key]) });
    layout.drag(key, x + 30, y - 20);
    layout.drag(key, x + 10, y + 50);
    const after = draw(null, { only: new Set([key]) });
    expect(layout.station(key)).toMatchObject({ x: x + 10, y: y + 50 });
    expect(after.some((d) => d.includes(`A ${x + 10} ${y + 50} `))).toBe(true);
    // Its lines moved with it: none of what it drew is where it was.
    const lines = (xs: string[]) => xs.filter((d) => d.includes('|C ') || d.includes('|M '));
    expect(lines(after).length).toBe(lines(before).length);
    expect(lines(after)).not.toEqual(lines(before));
    expect(
      (layout.geometry?.stations ?? []).filter((o) => o.key !== key).map((o) => [o.key, o.x, o.y]),
    ).toEqual(others);
  });
});
