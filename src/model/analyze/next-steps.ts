import { cmp } from '../problem';

/** What next steps read of a route and of a note. */
type RouteFacts = {
  id: string;
  live: boolean;
  steps: readonly string[];
  outcomes: readonly string[];
};
type NoteFacts = { live: boolean; title: string };

/** A stone that is the next step of at least one live route: a candidate for what to do next. */
export interface NextStep {
  stone: string;
  title: string;
  /** 1 for the stone that keeps the most routes open. */
  rank: number;
  /** The live routes it is the next step of, sorted. */
  nextOn: string[];
  /** Every live route that has it as a step, sorted. */
  onRoutes: string[];
  /** The live outcomes those routes lead to and it supports, sorted. */
  outcomes: string[];
}

/**
 * What to do next: the first step of each live route whose stone is neither done nor
 * resting. Ranked by the routes it is on, then the outcomes it serves, then the routes it is
 * next on, then title: a bridge that several futures need comes first.
 */
export function findNextSteps(
  routes: readonly RouteFacts[],
  node: ReadonlyMap<string, NoteFacts>,
  supports: (stone: string) => readonly string[],
): NextStep[] {
  const live = routes.filter((r) => r.live);
  const nextOn = new Map<string, string[]>();
  for (const r of live) {
    const next = r.steps.find((s) => node.get(s)?.live === true);
    if (next !== undefined) nextOn.set(next, [...(nextOn.get(next) ?? []), r.id]);
  }
  const isLive = (id: string) => node.get(id)?.live === true;
  const steps: NextStep[] = [...nextOn].map(([stone, on]) => {
    const onRoutes = live.filter((r) => r.steps.includes(stone));
    const outcomes = new Set([...onRoutes.flatMap((r) => r.outcomes), ...supports(stone)]);
    return {
      stone,
      title: node.get(stone)?.title ?? stone,
      rank: 0,
      nextOn: on.sort(cmp),
      onRoutes: onRoutes.map((r) => r.id).sort(cmp),
      outcomes: [...outcomes].filter(isLive).sort(cmp),
    };
  });
  steps.sort(
    (a, b) =>
      b.onRoutes.length - a.onRoutes.length ||
      b.outcomes.length - a.outcomes.length ||
      b.nextOn.length - a.nextOn.length ||
      cmp(a.title.toLowerCase(), b.title.toLowerCase()) ||
      cmp(a.stone, b.stone),
  );
  steps.forEach((s, i) => (s.rank = i + 1));
  return steps;
}
