import type { MapModel } from '../map-model';
import { buildScene } from '../scene';
import type { Measure } from './geometry';
import { layeredLayoutSteps } from './layered-layout';

export interface Point {
  x: number;
  y: number;
}

/** Label widths without a canvas to measure them: an average glyph of a 13 px UI font. */
const ESTIMATE: Measure = { fontPx: 13, lineHeight: 16, width: (text) => text.length * 7.2 };

/**
 * Where the map's own layered layout puts every note of the model, left to right, for outputs
 * that show positions (the canvas export): every route shown, whatever the view's filters, and
 * one position per note (its first station).
 */
export function mapPositions(
  model: MapModel,
  pane = { width: 1600, height: 1000 },
  measure: Measure = ESTIMATE,
): Map<string, Point> {
  const scene = buildScene(model, {
    hiddenRouteStatuses: [],
    hiddenSkillCategories: [],
    showEvidence: false,
    showStale: false,
    nodeCap: Infinity,
  });
  const job = layeredLayoutSteps(scene, measure, pane, 'horizontal');
  let step = job.next();
  while (!step.done) step = job.next();
  const out = new Map<string, Point>();
  for (const s of step.value.stations)
    if (!out.has(s.node.id)) out.set(s.node.id, { x: s.x, y: s.y });
  return out;
}
