import { routeFigureText as say } from '../../model';
import type { MapRoute } from '../../model/outputs/map/map-model';
import { neighbours, type Scene, type SceneNode } from '../../model/outputs/map/scene';

const KIND_NAMES: Record<string, string> = {
  now: 'Where you are now',
  outcome: 'Outcome',
  skill: 'Stepping stone',
  route: 'Route',
  ghost: 'Missing note',
  evidence: 'Evidence',
};

/**
 * A route's figures in the report's words, a line each: the route comparison lists them, a
 * tooltip joins them. Colour never carries meaning alone.
 */
export function routeFigures(r: MapRoute): string[] {
  return [
    [r.status, r.risk ? `${r.risk} risk` : '', r.resting ? 'resting' : '']
      .filter(Boolean)
      .join(' · '),
    `progress ${say.steps(r)}`,
    say.advancement(r, r.windows),
    say.activity(r, r.windows),
    say.evidence(r),
  ];
}

/** The newest evidence of a note in one line: day, signal and what happened. */
const latestLine = (l: NonNullable<SceneNode['latest']>) =>
  `Latest: ${[l.date, l.signal, l.excerpt].filter(Boolean).join(' · ')}`;

/** The lines of a node's tooltip and accessible description. */
export function describeNode(n: SceneNode, routes: ReadonlyMap<string, MapRoute>): string[] {
  const lines = [KIND_NAMES[n.kind] ?? n.kind];
  if (n.kind === 'route') {
    const r = routes.get(n.id);
    if (r) lines.push(routeFigures(r).join(' · '));
    if (n.latest) lines.push(latestLine(n.latest));
    return lines;
  }
  if (n.kind === 'ghost') return [...lines, 'Does not exist yet: click to create it'];
  if (n.kind === 'now') return lines;
  if (n.kind === 'evidence')
    return [...lines, [n.status, n.lastActivity].filter(Boolean).join(' · ')];
  lines.push(
    [n.category, n.status, n.horizon ? `horizon ${n.horizon}` : ''].filter(Boolean).join(' · '),
  );
  lines.push(
    `${n.evidenceCount} evidence note${n.evidenceCount === 1 ? '' : 's'} · last activity ${n.lastActivity ?? 'none'}${n.stale ? ' · stale' : ''}`,
  );
  const on = n.routes.map((id) => routes.get(id)?.title).filter(Boolean);
  if (on.length > 0) lines.push(`On ${on.join(', ')}`);
  if (n.latest) lines.push(latestLine(n.latest));
  if (n.resting) lines.push('Resting');
  return lines;
}

/** The canvas's accessible name: what it shows, and where the same content is as text. */
export const describeMap = (scene: Scene) =>
  `Work model map: ${scene.nodes.length} notes, ${scene.routes.length} routes. The list of notes beside it holds the same content.`;

/** What the note list announces for Space or N: a note and the titles it is linked to. */
export function describeNeighbours(scene: Scene, id: string): string {
  const title = (x: string) => scene.byId.get(x)?.title ?? x;
  const list = [...neighbours(scene, id)].map(title).sort();
  return `${title(id)}: ${list.length > 0 ? `linked to ${list.join(', ')}` : 'no links'}.`;
}

/** A note's facts as the tooltip and the touch sheet show them: its title, then its lines. */
export function renderFacts(el: HTMLElement, n: SceneNode, routes: ReadonlyMap<string, MapRoute>) {
  el.createDiv({ text: n.title, cls: 'work-model-map-tooltip-title' });
  for (const line of describeNode(n, routes)) el.createDiv({ text: line });
}
