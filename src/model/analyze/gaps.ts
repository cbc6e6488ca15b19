import { cmp } from '../problem';
import type { Analysis, Gap, GapKind } from './records';

/** What gaps and health read from the analysis. */
export type AnalysisBase = Pick<
  Analysis,
  'today' | 'nodes' | 'node' | 'routes' | 'route' | 'evidence'
>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The live routes each live outcome has and each live stone is on. */
export function liveRoutesOf(a: AnalysisBase): {
  to: Map<string, string[]>;
  through: Map<string, string[]>;
} {
  const to = new Map<string, string[]>();
  const through = new Map<string, string[]>();
  for (const r of a.routes) {
    if (!r.live) continue;
    for (const o of r.outcomes) push(to, o, r.id);
    for (const s of r.steps) push(through, s, r.id);
  }
  return { to, through };
}

/**
 * Gaps (SPEC §2): live outcomes no live route targets, live stones no live route uses, live
 * routes without steps, live stones on live routes without any evidence. Closed and resting
 * notes are never gaps.
 */
export function findGaps(a: AnalysisBase): Gap[] {
  const { to, through } = liveRoutesOf(a);
  // Notes and routes come sorted by id: one list per kind, joined in kind order, is sorted.
  const byKind = new Map<GapKind, Gap[]>();
  const add = (kind: GapKind, id: string) => push(byKind, kind, { kind, id });
  for (const n of a.nodes) {
    if (!n.live) continue;
    if (n.kind === 'outcome' && !to.has(n.id)) add('outcome-without-route', n.id);
    if (n.kind === 'skill' && !through.has(n.id)) add('unused-stone', n.id);
    if (n.kind === 'skill' && through.has(n.id) && n.evidenceCount === 0)
      add('stone-without-evidence', n.id);
  }
  for (const r of a.routes) if (r.live && r.steps.length === 0) add('route-without-steps', r.id);
  return [...byKind.keys()].sort(cmp).flatMap((kind) => byKind.get(kind) ?? []);
}
