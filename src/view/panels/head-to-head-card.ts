import { setbacksSentence, verdict, verdictSentence, verdictTitle } from '../../model';
import type { MapKind, MapModel } from '../../model/outputs/map/map-model';

const MODEL_KINDS = new Set<MapKind>(['outcome', 'skill', 'route']);

/** The head-to-head of the two selected routes, in the model's words, with a way to clear. */
export function renderHeadToHeadCard(
  el: HTMLElement,
  model: MapModel,
  selected: readonly string[],
  clear: () => void,
  signal: AbortSignal,
): void {
  el.empty();
  const [a, b] = selected.map((id) => model.routes.find((r) => r.id === id));
  el.toggleClass('work-model-hidden', selected.length === 0);
  if (selected.length === 0) return;
  if (a && b) {
    // Titles of the model's notes only, as the analysis has them: evidence is named by path.
    const titles = new Map(
      model.nodes.filter((n) => MODEL_KINDS.has(n.kind)).map((n) => [n.id, n.title]),
    );
    const v = verdict(
      {
        today: model.today,
        advancementDays: model.windows.advancementDays,
        title: (id) => titles.get(id) ?? id,
      },
      a,
      b,
    );
    el.createEl('h5', { text: verdictTitle(v), cls: 'work-model-map-h2h-title' });
    for (const line of [verdictSentence(v), setbacksSentence(v)])
      el.createEl('p', { text: line, cls: 'work-model-head-to-head' });
  } else {
    el.createEl('p', {
      text: 'Select a second route to see the two head to head.',
      cls: 'work-model-map-muted',
    });
  }
  el.createEl('button', {
    text: 'Clear selection',
    cls: 'work-model-map-clear',
    attr: { type: 'button' },
  }).addEventListener('click', clear, { signal });
}
