import type { Scene } from './scene';

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
