import { NOW, type MapKind, type MapModel, type MapNode, type MapRoute } from './map-model';

/** What the user chose to see. */
export interface Filters {
  hiddenRouteStatuses: readonly string[];
  hiddenSkillCategories: readonly string[];
  showEvidence: boolean;
  showStale: boolean;
  nodeCap: number;
}

export interface SceneNode extends MapNode {
  /** Target column, left (Now) to right (outcomes). */
  column: number;
  /** Ids of visible routes through this node. */
  routes: string[];
}

/** One piece of a route's line between two nodes; `lane` spreads routes sharing a piece. */
export interface Segment {
  from: string;
  to: string;
  route: string;
  lane: number;
  lanes: number;
}

export interface Scene {
  nodes: SceneNode[];
  byId: ReadonlyMap<string, SceneNode>;
  routes: MapRoute[];
  segments: Segment[];
  links: MapModel['links'];
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

/** Which notes are dropped first when there are more than the cap. */
const DROP_ORDER: MapKind[] = ['evidence', 'ghost', 'skill', 'outcome', 'route'];

/** A route's line, node by node: Now, the route's own note, its steps in order, each outcome. */
export function routePath(route: MapRoute): string[] {
  return [NOW, route.id, ...route.steps];
}

/**
 * The part of the model the map draws under the filters: visible notes with their column,
 * routes' lines cut into segments with lanes where routes share a piece, and other links.
 */
export function buildScene(model: MapModel, filters: Filters): Scene {
  const routes = model.routes.filter((r) => !filters.hiddenRouteStatuses.includes(r.status));
  const hiddenRoutes = new Set(model.routes.filter((r) => !routes.includes(r)).map((r) => r.id));
  const depth = new Map<string, number>();
  let deepest = 0;
  for (const r of routes) {
    r.steps.forEach((s, i) => {
      depth.set(s, Math.max(depth.get(s) ?? 0, i + 1));
      deepest = Math.max(deepest, i + 1);
    });
  }
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
  const visible = model.nodes.filter((n) => {
    if (n.kind === 'route') return !hiddenRoutes.has(n.id);
    if (n.kind === 'skill')
      return !filters.hiddenSkillCategories.includes(n.category ?? 'skill') && !onHiddenOnly(n.id);
    if (n.kind === 'evidence') return filters.showEvidence;
    return true;
  });
  const columnOf = (n: MapNode): number => {
    switch (n.kind) {
      case 'now':
        return 0;
      case 'route':
        return 0.55;
      case 'skill':
        return depth.get(n.id) ?? 1;
      case 'outcome':
        return deepest + 1;
      case 'ghost':
        return Math.max(1, deepest / 2);
      default:
        return deepest + 1.6;
    }
  };
  let kept = visible;
  let capped: Scene['capped'] = null;
  if (visible.length > filters.nodeCap) {
    const rank = (n: MapNode) =>
      n.kind === 'now' ? 99 : DROP_ORDER.indexOf(n.kind) + (through.has(n.id) ? 10 : 0);
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
    column: columnOf(n),
    routes: through.get(n.id) ?? [],
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));

  // Segments: consecutive visible nodes along each route; outcomes hang off the last step.
  const pieces = new Map<string, { from: string; to: string; route: string }[]>();
  for (const r of routes) {
    const path = routePath(r).filter((id) => byId.has(id));
    const pairs: [string, string][] = [];
    for (let i = 1; i < path.length; i++) pairs.push([path[i - 1] as string, path[i] as string]);
    const last = path[path.length - 1] ?? NOW;
    for (const o of r.outcomes) if (byId.has(o)) pairs.push([last, o]);
    for (const [from, to] of pairs) {
      if (from === to) continue;
      const key = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
      const list = pieces.get(key) ?? [];
      list.push({ from, to, route: r.id });
      pieces.set(key, list);
    }
  }
  const segments: Segment[] = [];
  for (const list of pieces.values())
    list.forEach((p, lane) => segments.push({ ...p, lane, lanes: list.length }));
  const links = model.links.filter((l) => byId.has(l.from) && byId.has(l.to));
  return { nodes, byId, routes, segments, links, capped };
}
