import { carriesOverText, routeFigureRows, titleOf } from '../../model';
import type { MapRoute } from '../../model/outputs/map/map-model';
import { KIND_STYLES } from '../../model/outputs/map/kind-styles';
import { neighbours, type Scene, type SceneNode } from '../../model/outputs/map/scene';

/** A route's status, risk and rest in one line: "paused · low risk · resting". */
export const routeStatusLine = (r: MapRoute) =>
  [r.status, r.risk ? `${r.risk} risk` : '', r.resting ? 'resting' : '']
    .filter(Boolean)
    .join(' · ');

/**
 * A route's status, then its figures in the report's words, a line each, each saying its
 * window: a tooltip and the note list show them. Colour never carries meaning alone.
 */
export const routeFigures = (r: MapRoute): string[] => [
  routeStatusLine(r),
  ...routeFigureRows(r, r.windows).map((row) => `${row.label}: ${row.value}`),
];

/** The newest evidence of a note: day and signal, what happened, and what it taught. */
function latestLines(l: NonNullable<SceneNode['latest']>): { text: string; cls: string }[] {
  const lines = [
    {
      text: `Latest: ${[l.date, l.signal].filter(Boolean).join(' · ')}`,
      cls: 'work-model-map-latest',
    },
  ];
  if (l.happened) lines.push({ text: l.happened, cls: 'work-model-map-happened' });
  if (l.lesson) lines.push({ text: `Lesson: ${l.lesson}`, cls: 'work-model-map-lesson' });
  return lines;
}

/** A note's facts before its latest evidence. */
function factLines(n: SceneNode, routes: ReadonlyMap<string, MapRoute>): string[] {
  const lines = [KIND_STYLES[n.kind].name];
  if (n.kind === 'route') {
    const r = routes.get(n.id);
    return r ? [...lines, ...routeFigures(r)] : lines;
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
  if (n.resting) lines.push('Resting');
  return lines;
}

/**
 * What carries over from a closed or resting route, in the report's words; null for a live
 * route and any other note. A pivot is data, and this says what was not lost.
 */
function carriesOverLine(scene: Scene, id: string): string | null {
  const r = scene.routeById.get(id);
  if (!r || (r.live && !r.resting) || r.carriesOver.length === 0) return null;
  return carriesOverText(r, (note) => scene.byId.get(note)?.title ?? titleOf(note));
}

/** The lines of a node's accessible description: what its tooltip shows, in the same order. */
export function describeNode(n: SceneNode, scene: Scene): string[] {
  const latest = n.latest ? latestLines(n.latest).map((l) => l.text) : [];
  const carried = carriesOverLine(scene, n.id);
  return [...factLines(n, scene.routeById), ...latest, ...(carried ? [carried] : [])];
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
export function renderFacts(el: HTMLElement, n: SceneNode, scene: Scene) {
  el.createDiv({ text: n.title, cls: 'work-model-map-tooltip-title' });
  for (const line of factLines(n, scene.routeById)) el.createDiv({ text: line });
  for (const line of n.latest ? latestLines(n.latest) : []) el.createDiv(line);
  const carried = carriesOverLine(scene, n.id);
  if (carried) el.createDiv({ text: carried, cls: 'work-model-map-carries-over' });
}
