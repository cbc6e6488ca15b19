import type { MapModel, MapRoute } from './map-model';

/** A shown outcome that only hidden routes reach, and the shown stone it is drawn near. */
export interface OutcomeAnchor {
  from: string;
  to: string;
}

/**
 * Where an outcome that no shown route reaches belongs on the map: beside the last stone of its
 * hidden routes that is still shown (a dropped route's stone a live route also uses). Without
 * it, a reached or released outcome has no line to follow and lands wherever its layer has room.
 */
export function outcomeAnchors(
  model: MapModel,
  shownRoutes: readonly MapRoute[],
  shown: ReadonlyMap<string, unknown>,
): OutcomeAnchor[] {
  const reached = new Set(shownRoutes.flatMap((r) => r.outcomes));
  const shownRoute = new Set(shownRoutes.map((r) => r.id));
  const out: OutcomeAnchor[] = [];
  const seen = new Set<string>();
  for (const r of model.routes) {
    if (shownRoute.has(r.id)) continue;
    let stone: string | undefined;
    for (const id of r.steps) if (shown.has(id)) stone = id;
    if (stone === undefined) continue;
    for (const o of r.outcomes) {
      const key = `${stone}\u0000${o}`;
      if (!shown.has(o) || reached.has(o) || seen.has(key)) continue;
      seen.add(key);
      out.push({ from: stone, to: o });
    }
  }
  return out;
}
