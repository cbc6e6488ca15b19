import type { RouteStatus } from '../../read/note-schemas';
import { KIND_STYLES } from './kind-styles';
import { ghostId, NOW, type MapModel, type MapNode, type MapRoute } from './map-model';
import { outcomeAnchors, type OutcomeAnchor } from './outcome-anchors';

/** What the user chose to see. */
export interface Filters {
  hiddenRouteStatuses: readonly string[];
  hiddenSkillCategories: readonly string[];
  showEvidence: boolean;
  showStale: boolean;
  nodeCap: number;
}

export interface SceneNode extends MapNode {
  /** Ids of visible routes through this node. */
  routes: string[];
}

/** One piece of a route's line between two nodes. */
export interface Segment {
  from: string;
  to: string;
  route: string;
}

/** A visible route's line: Now, the route's note, its steps in order (missing ones as ghosts). */
export interface ScenePath {
  route: MapRoute;
  stations: string[];
  outcomes: string[];
}

export interface Scene {
  nodes: SceneNode[];
  byId: ReadonlyMap<string, SceneNode>;
  routes: MapRoute[];
  /** The visible routes by id: a tooltip, a description and a highlight each look them up. */
  routeById: ReadonlyMap<string, MapRoute>;
  segments: Segment[];
  paths: ScenePath[];
  /** Routes the filters hide: the map says so, with a way to show them. */
  hiddenRoutes: { id: string; title: string; status: RouteStatus }[];
  links: MapModel['links'];
  /** Outcomes only hidden routes reach, each with the shown stone it is drawn near. */
  anchors: OutcomeAnchor[];
  /** Set when the node cap left notes out. */
  capped: { shown: number; total: number } | null;
}

/** The filters a map starts with, from the plugin's view settings. */
export function initialFilters(view: {
  hiddenRouteStatuses: readonly string[];
  showEvidence: boolean;
  showStale: boolean;
  nodeCap: number;
}): Filters {
  return {
    hiddenRouteStatuses: [...view.hiddenRouteStatuses],
    hiddenSkillCategories: [],
    showEvidence: view.showEvidence,
    showStale: view.showStale,
    nodeCap: view.nodeCap,
  };
}

/** A route's line, node by node: Now, the route's own note, its steps in order. */
export function routePath(route: MapRoute): string[] {
  // A missing step sits where it is listed: after the `after`-th step that exists.
  const stations = [
    ...route.steps.map((id, i) => ({ id, at: i })),
    ...route.missingSteps.map((m) => ({ id: ghostId(m.name), at: m.after - 0.5 })),
  ].sort((a, b) => a.at - b.at);
  return [NOW, route.id, ...stations.map((s) => s.id)];
}

/**
 * The part of the model the map draws under the filters: visible notes with their column,
 * routes' lines cut into segments with lanes where routes share a piece, and other links.
 */
export function buildScene(model: MapModel, filters: Filters): Scene {
  const routes = model.routes.filter((r) => !filters.hiddenRouteStatuses.includes(r.status));
  const hiddenRoutes = new Set(model.routes.filter((r) => !routes.includes(r)).map((r) => r.id));
  const through = new Map<string, string[]>();
  for (const r of routes) {
    for (const id of [...routePath(r), ...r.outcomes]) {
      const list = through.get(id) ?? [];
      if (!list.includes(r.id)) list.push(r.id);
      through.set(id, list);
    }
  }
  const onHiddenOnly = (id: string) =>
    !through.has(id) && model.routes.some((r) => hiddenRoutes.has(r.id) && r.steps.includes(id));
  const shown = (n: MapNode) => {
    if (n.kind === 'route') return !hiddenRoutes.has(n.id);
    if (n.kind === 'skill')
      return !filters.hiddenSkillCategories.includes(n.category ?? 'skill') && !onHiddenOnly(n.id);
    if (n.kind === 'evidence') return filters.showEvidence;
    return true;
  };
  const shownIds = new Set(
    model.nodes.filter((n) => n.kind !== 'ghost' && shown(n)).map((n) => n.id),
  );
  // A missing note shows where something shown names it: on a shown route's line, or at the end
  // of a link from a shown note. A missing step of a hidden route alone would float unexplained.
  const named = new Set(through.keys());
  for (const l of model.links) if (l.kind === 'missing' && shownIds.has(l.from)) named.add(l.to);
  const visible = model.nodes.filter((n) =>
    n.kind === 'ghost' ? named.has(n.id) : shownIds.has(n.id),
  );
  let kept = visible;
  let capped: Scene['capped'] = null;
  if (visible.length > filters.nodeCap) {
    // Dropped first: notes off every shown route's line, then by their kind's drop order.
    const rank = (n: MapNode) => KIND_STYLES[n.kind].dropOrder + (through.has(n.id) ? 10 : 0);
    kept = [...visible]
      .sort((a, b) => rank(b) - rank(a) || (a.id < b.id ? -1 : 1))
      .slice(0, filters.nodeCap);
    const keep = new Set(kept.map((n) => n.id));
    kept = visible.filter((n) => keep.has(n.id));
    capped = { shown: kept.length, total: visible.length };
  }
  const nodes: SceneNode[] = kept.map((n) => ({
    ...n,
    stale: filters.showStale && n.stale,
    routes: through.get(n.id) ?? [],
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));

  // Segments: consecutive visible nodes along each route; outcomes hang off the last step.
  const segments: Segment[] = [];
  const paths: ScenePath[] = [];
  for (const r of routes) {
    const stations = routePath(r).filter((id) => byId.has(id));
    const outcomes = r.outcomes.filter((id) => byId.has(id));
    paths.push({ route: r, stations, outcomes });
    for (let i = 1; i < stations.length; i++)
      segments.push({ from: stations[i - 1] as string, to: stations[i] as string, route: r.id });
    const last = stations[stations.length - 1] ?? NOW;
    for (const o of outcomes) segments.push({ from: last, to: o, route: r.id });
  }
  const links = model.links.filter((l) => byId.has(l.from) && byId.has(l.to));
  const hidden = model.routes
    .filter((r) => hiddenRoutes.has(r.id))
    .map((r) => ({ id: r.id, title: r.title, status: r.status }));
  const routeById = new Map(routes.map((r) => [r.id, r]));
  const anchors = outcomeAnchors(model, routes, byId);
  const scene = { nodes, byId, routes, routeById, segments, paths, hiddenRoutes: hidden, links };
  return { ...scene, anchors, capped };
}

/** A visible route's notes: its line and its outcomes (none for a hidden or unknown route). */
export function routeNotes(scene: Scene, id: string): string[] {
  // The path the scene already ordered: this runs for every frame while a route is selected.
  const p = scene.paths.find((x) => x.route.id === id);
  return p ? [...p.stations, ...p.outcomes] : [];
}

/** The notes one route segment or link away from a note. */
export function neighbours(scene: Scene, id: string): Set<string> {
  const out = new Set<string>();
  for (const edges of [scene.segments, scene.links])
    for (const e of edges) {
      if (e.from === id) out.add(e.to);
      if (e.to === id) out.add(e.from);
    }
  return out;
}
