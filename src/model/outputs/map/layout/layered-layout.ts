import { assemble, type Geometry, type Measure } from './geometry';
import type { Scene } from '../scene';
import { layering } from './layering';
import { ordering } from './ordering';
import { sizes } from './sizes';
import { climb, coordinates } from './coordinates';
import { chainsOf, orderLanes, routeLines } from './lines';

/**
 * The transit-map layout, in the phases d3-dag names: layering (Now, routes, steps in order,
 * outcomes last), ordering (crossings reduced), coordinates (spacing from the measured labels,
 * wrapped to a width that lets the drawing fill a pane of the given size) and lines (each
 * route's line through its lanes).
 *
 * It runs in steps: it pauses within and between phases, so a map of thousands of notes is
 * laid out a slice at a time between frames and never blocks the pane for long.
 */
export function* layeredLayoutSteps(
  scene: Scene,
  measure: Measure,
  pane: { width: number; height: number },
  orientation: 'horizontal' | 'vertical',
): Generator<void, Geometry, void> {
  const horizontal = orientation === 'horizontal';
  const g = yield* layering(scene);
  yield;
  const layers = yield* ordering(g);
  const labels = yield* sizes(g, layers, measure, pane, horizontal);
  const place = yield* coordinates(g, layers, labels, pane, horizontal);
  yield;
  const chains = chainsOf(g);
  orderLanes(g, chains);
  yield;
  climb(g, place);
  const { stations, lines } = yield* routeLines(g, chains, place.mainPos, labels, horizontal);
  yield;
  return assemble(orientation, stations, lines);
}
