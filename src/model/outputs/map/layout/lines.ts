import { LANE_GAP, type RouteLine, type Station } from './geometry';
import { CHUNK, edgeKey, type Item, type LayeredGraph } from './layered-graph';

/**
 * How far apart the step numbers of routes sharing a stone stand across the lines: a number's
 * line (the labels' size or less) with its halo, and room to spare at the zoom a fitted map of
 * up to 40 notes is read at.
 */
const NUMBER_PITCH = 18;

/** A route's items from Now to its last step, waypoints included. */
export function chainsOf(g: LayeredGraph): string[][] {
  return g.trunks.map(({ keys }) => {
    const chain: string[] = keys.slice(0, 1);
    for (let i = 1; i < keys.length; i++)
      chain.push(...expand(g, keys[i - 1] as string, keys[i] as string).slice(1));
    return chain;
  });
}

const expand = (g: LayeredGraph, a: string, b: string) => g.via.get(edgeKey(a, b)) ?? [a, b];

/**
 * Lines through a station take their lanes in the order they arrive from, then by where they go
 * (at Now, where lines only leave), so they do not cross inside it.
 */
export function orderLanes(g: LayeredGraph, chains: string[][]): void {
  const { items } = g;
  const order = new Map<string, number>();
  g.trunks.forEach(({ path }, t) => {
    const chain = chains[t] as string[];
    chain.forEach((key, i) => {
      const from = items.get(chain[i - 1] ?? key) as Item;
      const to = items.get(chain[i + 1] ?? key) as Item;
      order.set(`${key}\u0000${path.route.id}`, from.cross * 1000 + to.cross);
    });
  });
  for (const it of items.values())
    it.routes.sort(
      (a, b) => (order.get(`${it.key}\u0000${a}`) ?? 0) - (order.get(`${it.key}\u0000${b}`) ?? 0),
    );
}

/** The drawn stations and route lines, in world coordinates, from the items' places. */
export function* routeLines(
  g: LayeredGraph,
  chains: string[][],
  mainPos: number[],
  labels: ReadonlyMap<string, Station['label']>,
  horizontal: boolean,
): Generator<void, { stations: Station[]; lines: RouteLine[] }, void> {
  const { items } = g;
  const point = (main: number, cross: number): [number, number] =>
    horizontal ? [main, cross] : [cross, main];
  const stations: Station[] = [];
  for (const it of items.values()) {
    if (!it.node) continue;
    const [x, y] = point(mainPos[it.layer] as number, it.cross);
    stations.push({
      key: it.key,
      node: it.node,
      x,
      y,
      r: it.r,
      label: labels.get(it.key) as Station['label'],
      interchange: false,
    });
  }
  const laneOf = (key: string, route: string) => {
    const it = items.get(key) as Item;
    const i = it.routes.indexOf(route);
    return (i - (it.routes.length - 1) / 2) * LANE_GAP;
  };
  const polyline = (chain: string[], route: string) => {
    const out: [number, number][] = [];
    const owners: (string | null)[] = [];
    const add = (p: [number, number], owner: string | null) => {
      out.push(p);
      owners.push(owner);
    };
    chain.forEach((key, i) => {
      const it = items.get(key) as Item;
      const m = mainPos[it.layer] as number;
      const c = it.cross + laneOf(key, route);
      // Short straight stubs at stations keep lines level as they pass through, as on a transit map.
      const stub = it.node ? it.r + 4 : 0;
      const owner = it.node ? key : null;
      if (stub && i > 0) add(point(m - stub, c), owner);
      add(point(m, c), owner);
      if (stub && i < chain.length - 1) add(point(m + stub, c), owner);
    });
    return { out, owners };
  };
  yield;
  const lines: RouteLine[] = [];
  let work = 0;
  for (const [t, { path, keys }] of g.trunks.entries()) {
    if ((work += (chains[t] as string[]).length) > CHUNK) {
      work = 0;
      yield;
    }
    const route = path.route.id;
    const chain = chains[t] as string[];
    const last = keys[keys.length - 1] as string;
    const numbers = keys.slice(2).map((key, i) => {
      const it = items.get(key) as Item;
      // One route's number stands beside its line. Where routes share a stone, each stands on
      // its own line's side, in the lanes' order, a number's height and halo apart.
      const lane = it.routes.indexOf(route) - (it.routes.length - 1) / 2;
      const across = it.routes.length > 1 ? lane * NUMBER_PITCH : -8;
      const [x, y] = point((mainPos[it.layer] as number) - it.r - 9, it.cross + across);
      return { n: i + 1, key, x, y };
    });
    const trunk = polyline(chain, route);
    const branches = path.outcomes.map((o) => polyline(expand(g, last, o), route));
    lines.push({
      route: path.route,
      trunk: trunk.out,
      trunkOwners: trunk.owners,
      branches: branches.map((b) => b.out),
      branchOwners: branches.map((b) => b.owners),
      numbers,
    });
  }
  return { stations, lines };
}
