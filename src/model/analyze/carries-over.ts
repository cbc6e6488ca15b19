import { cmp } from '../problem';

/** A done stone of a route that live routes also use, named with those routes. */
export interface CarryOver {
  stone: string;
  /** The other live (not resting) routes using it, sorted. */
  routes: string[];
}

/**
 * What is not lost: a route's done stones that other live routes also use. For a closed or
 * resting route, what carries over to them; for a live route, its head start toward them.
 */
export function carriesOverOf(
  route: string,
  steps: readonly string[],
  isDone: (stone: string) => boolean,
  liveUsers: ReadonlyMap<string, ReadonlySet<string>>,
): CarryOver[] {
  const found: CarryOver[] = [];
  for (const stone of steps) {
    if (!isDone(stone)) continue;
    const routes = [...(liveUsers.get(stone) ?? [])].filter((r) => r !== route).sort(cmp);
    if (routes.length > 0) found.push({ stone, routes });
  }
  return found;
}
