import { carriesOverText, titleOf } from '../../model';
import type { Scene } from '../../model/outputs/map/scene';

/**
 * What carries over from a closed or resting route, in the report's words, under its facts in
 * the tooltip and the touch sheet: a pivot is data, and this says what was not lost.
 */
export function renderCarriesOver(el: HTMLElement, scene: Scene, id: string): void {
  const r = scene.routeById.get(id);
  if (!r || (r.live && !r.resting) || r.carriesOver.length === 0) return;
  const name = (note: string) => scene.byId.get(note)?.title ?? titleOf(note);
  el.createDiv({ text: carriesOverText(r, name), cls: 'work-model-map-carries-over' });
}
