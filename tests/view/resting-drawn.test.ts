import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../src/model';
import { toMapModel } from '../../src/model/outputs/map/map-model';
import { buildScene, initialFilters, type Filters } from '../../src/model/outputs/map/scene';
import { drawMap, routeColors } from '../../src/view/canvas/draw';
import { fitCamera } from '../../src/view/input/camera';
import { MapLayout } from '../../src/view/layout/map-layout';
import { measure, theme } from './map-fakes';
import { inspectMap } from '../../src/view/map-inspection';

// Whether a route rests is decided once, by the model; the canvas fades its line and its own
// station by that one answer, so the two are never drawn apart.

/** A path that keeps nothing: the recording context only needs to know a path was drawn. */
class NoPath {
  moveTo() {}
  lineTo() {}
  bezierCurveTo() {}
  closePath() {}
  arc() {}
  rect() {}
}

/** Each stroke and fill, with the colour and opacity it was drawn in. */
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
  drawn: { op: 'stroke' | 'fill'; style: string; alpha: number }[] = [];
  setTransform() {}
  fillRect() {}
  setLineDash() {}
  strokeText() {}
  fillText() {}
  stroke() {
    this.drawn.push({ op: 'stroke', style: this.strokeStyle, alpha: this.globalAlpha });
  }
  fill() {
    this.drawn.push({ op: 'fill', style: this.fillStyle, alpha: this.globalAlpha });
  }
}

const TODAY = '2026-01-10';

const route = (name: string, props: Record<string, unknown>): NoteInput[] => [
  {
    path: `${name}.md`,
    mtime: 0,
    frontmatter: {
      tags: 'work/route',
      outcomes: '[[Goal]]',
      steps: [`[[${name} step]]`],
      ...props,
    },
  },
  { path: `${name} step.md`, mtime: 0, frontmatter: { tags: 'work/skill' } },
];

const notes: NoteInput[] = [
  { path: 'Goal.md', mtime: 0, frontmatter: { tags: 'work/outcome' } },
  ...route('Live', { status: 'active' }),
  ...route('Dropped', { status: 'dropped' }),
  ...route('Resuming', { status: 'active', resume: '2026-03-01' }),
  ...route('Resumed', { status: 'active', resume: '2025-12-01' }),
];

/** The map of `notes` under `filters`, drawn: what its inspection reports, and what was drawn. */
function drawn(filters: Filters) {
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  const model = toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, TODAY));
  const scene = buildScene(model, filters);
  const size = { width: 1000, height: 600, ratio: 1 };
  const layout = new MapLayout();
  layout.update(scene, measure, size);
  expect(layout.step(Infinity)).toBe(true);
  const geometry = layout.geometry;
  if (!geometry) throw new Error('no layout');
  const camera = fitCamera(geometry.bounds, size.width, size.height);
  const colors = routeColors(theme, model.routes);
  const ctx = new RecordingContext();
  drawMap(ctx as unknown as CanvasRenderingContext2D, {
    size,
    scene,
    geometry,
    camera,
    theme,
    colors,
    emphasis: { nodes: null, routes: null, focus: null, matches: new Set() },
    labels: new Map(),
    fontPx: 13,
  });
  const state = inspectMap({
    geometry,
    camera,
    size,
    labels: new Map(),
    fontPx: 13,
    colors,
    hiddenRoutes: scene.hiddenRoutes,
    hit: () => 0,
    pinned: () => false,
    settled: true,
    extra: {},
  });
  /** A route as reported and as drawn: its line's opacity and its own station's. */
  const of = (id: string) => {
    const color = colors.get(id);
    const alphas = (op: 'stroke' | 'fill') => [
      ...new Set(ctx.drawn.filter((d) => d.op === op && d.style === color).map((d) => d.alpha)),
    ];
    return {
      reported: {
        line: state.routes.find((r) => r.id === id)?.resting,
        station: state.nodes.find((n) => n.id === id)?.resting,
      },
      line: alphas('stroke'),
      station: alphas('fill'),
    };
  };
  return { state, of };
}

beforeAll(() => {
  vi.stubGlobal('Path2D', NoPath);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const all: Filters = { ...initialFilters(DEFAULT_SETTINGS.view), hiddenRouteStatuses: [] };

describe("a route's line and its own station", () => {
  it('should leave a dropped route out by default, and say so', () => {
    const { state } = drawn(initialFilters(DEFAULT_SETTINGS.view));
    expect(state.routes.map((r) => r.id)).not.toContain('Dropped.md');
    expect(state.hiddenRoutes).toEqual([{ id: 'Dropped.md', title: 'Dropped', status: 'dropped' }]);
  });

  it('should draw a dropped route, once shown, unfaded: its line and its station alike', () => {
    const r = drawn(all).of('Dropped.md');
    expect(r.reported).toEqual({ line: false, station: false });
    expect(r.line).toEqual([1]);
    expect(r.station).toEqual(r.line);
  });

  it('should fade both the line and the station of a route whose resume day is to come', () => {
    const r = drawn(all).of('Resuming.md');
    expect(r.reported).toEqual({ line: true, station: true });
    expect(r.line).toHaveLength(1);
    expect(r.line[0]).toBeLessThan(1);
    expect(r.station).toEqual(r.line);
  });

  it('should fade neither for a route whose resume day has passed', () => {
    const r = drawn(all).of('Resumed.md');
    expect(r.reported).toEqual({ line: false, station: false });
    expect(r.line).toEqual([1]);
    expect(r.station).toEqual(r.line);
  });

  it('should draw a live route unfaded beside them', () => {
    const { of } = drawn(all);
    expect(of('Live.md').line).toEqual([1]);
    expect(of('Live.md').station).toEqual([1]);
  });
});
