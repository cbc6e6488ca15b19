import { toScreen, type Camera } from './input/camera';
import type { Geometry, Station } from '../model/outputs/map/layout/geometry';
import { labelNow, type PlacedLabel } from './canvas/label-placement';

/** What the map knows of itself at this moment, for `inspectMap`. */
export interface InspectionInput<Extra> {
  geometry: Geometry | null;
  camera: Camera;
  size: { width: number; height: number };
  labels: ReadonlyMap<string, PlacedLabel>;
  fontPx: number;
  colors: ReadonlyMap<string, string>;
  hiddenRoutes: { id: string; title: string; status: string }[];
  hit(s: Station): number;
  pinned(key: string): boolean;
  settled: boolean;
  extra: Extra;
}

/**
 * SPEC §5's inspection contract: what is drawn, in CSS pixels from the canvas's top-left
 * corner, so tests can measure the map as a reader sees it.
 */
export function inspectMap<Extra extends object>(m: InspectionInput<Extra>) {
  const g = m.geometry;
  const screen = (p: readonly [number, number]) => {
    const s = toScreen(m.camera, p[0], p[1]);
    return [s.x, s.y] as [number, number];
  };
  return {
    settled: m.settled && g !== null,
    canvas: { width: m.size.width, height: m.size.height },
    camera: { ...m.camera },
    layout: g?.orientation ?? 'horizontal',
    nodes: (g?.stations ?? []).map((s) => {
      const at = toScreen(m.camera, s.x, s.y);
      const placed = m.labels.get(s.key);
      const box = placed && labelNow(placed, s, m.camera);
      return {
        id: s.node.id,
        kind: s.node.kind,
        title: s.node.title,
        x: at.x,
        y: at.y,
        r: s.r * m.camera.k,
        hit: m.hit(s),
        label: box
          ? {
              text: [...box.lines, ...(s.label.meta ? [s.label.meta] : [])].join('\n'),
              x: box.x,
              y: box.y,
              width: box.width,
              height: box.height,
              fontPx: m.fontPx,
            }
          : null,
        pinned: m.pinned(s.key),
        /** Drawn faded: a paused route's note, or one whose resume day is still to come. */
        resting: s.node.resting,
      };
    }),
    routes: (g?.lines ?? []).map((l) => ({
      id: l.route.id,
      title: l.route.title,
      color: m.colors.get(l.route.id) ?? '',
      steps: [...l.route.steps],
      resting: l.route.resting,
      points: l.trunk.map(screen),
      /** Lines from the last step to each outcome (tests check them for notes they cross). */
      branches: l.branches.map((b) => b.map(screen)),
      /** Step numbers where they are drawn, each with the note of the step it numbers. */
      numbers: l.numbers.map((n) => {
        const [x, y] = screen([n.x, n.y]);
        return { n: n.n, step: g?.byKey.get(n.key)?.node.id ?? n.key, x, y };
      }),
    })),
    hiddenRoutes: m.hiddenRoutes,
    ...m.extra,
  };
}
