import { plural } from '../../model';
import { centreOn, type Camera } from '../input/camera';
import type { Geometry } from '../../model/outputs/map/layout/geometry';
import type { Scene } from '../../model/outputs/map/scene';

/**
 * The notes a search finds: by title, alias, the excerpt of their latest evidence, or a signal
 * ("setback" finds every note with setback evidence, and the routes through it).
 */
export function searchScene(scene: Scene, query: string): Set<string> {
  const q = query.trim().toLowerCase();
  const found = new Set<string>();
  if (!q) return found;
  for (const n of scene.nodes) {
    const texts = [n.title, ...n.aliases, n.latest?.excerpt ?? ''];
    const bySignal = n.signals.some((s) => s === q);
    if (bySignal || texts.some((t) => t.toLowerCase().includes(q))) {
      found.add(n.id);
      if (bySignal) for (const r of n.routes) found.add(r);
    }
  }
  return found;
}

/** What the count beside the search box says: nothing until something is typed. */
export function matchCount(query: string, found: ReadonlySet<string>): string {
  const n = found.size;
  return query.trim() ? (n === 0 ? 'no matches' : plural(n, 'match', 'matches')) : '';
}

/** The zoom Enter on a search goes to: labels and stations at their full size. */
const READABLE_ZOOM = 1;

/**
 * Where Enter in the search box goes: the first match in the scene's order, centred at a
 * readable zoom (never zoomed out). Null when no match is drawn.
 */
export function firstMatch(
  scene: Scene,
  geometry: Geometry | null,
  found: ReadonlySet<string>,
  camera: Camera,
  pane: { width: number; height: number },
): { id: string; camera: Camera } | null {
  const first = scene.nodes.find((n) => found.has(n.id));
  const s = first ? geometry?.byId.get(first.id)?.[0] : undefined;
  if (!first || !s) return null;
  const k = Math.max(camera.k, READABLE_ZOOM);
  return { id: first.id, camera: centreOn({ ...camera, k }, s.x, s.y, pane.width, pane.height) };
}
