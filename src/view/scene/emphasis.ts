import type { Emphasis } from '../canvas/draw';
import { neighbours, routeNotes, type Scene } from '../../model/outputs/map/scene';

/**
 * What the map shows in full, the rest faint: a note under the pointer, with keyboard focus or
 * in the touch sheet (`target`) brings its neighbours and its routes' notes; without one, the
 * selected routes' notes; without those, the search's matches. A pure function of the scene
 * and the map's state, so the drawing, the frame cache's key and the tests agree on it.
 */
export function emphasis(
  scene: Scene,
  target: string | null,
  selectedRoutes: readonly string[],
  matches: ReadonlySet<string>,
): Emphasis {
  if (target) {
    const routes = new Set(scene.byId.get(target)?.routes ?? []);
    const nodes = new Set([target, ...neighbours(scene, target)]);
    for (const r of routes) for (const id of routeNotes(scene, r)) nodes.add(id);
    return { nodes, routes, focus: target, matches };
  }
  if (selectedRoutes.length > 0) {
    const nodes = new Set(selectedRoutes.flatMap((r) => routeNotes(scene, r)));
    return { nodes, routes: new Set(selectedRoutes), focus: null, matches };
  }
  return { nodes: matches.size > 0 ? matches : null, routes: null, focus: null, matches };
}
