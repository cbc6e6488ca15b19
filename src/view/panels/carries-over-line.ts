import type { Scene } from '../../model/outputs/map/scene';
import { carriesOverLine } from '../scene/describe';

/** What carries over from a closed or resting route, under its facts in the tooltip and sheet. */
export function renderCarriesOver(el: HTMLElement, scene: Scene, id: string): void {
  const text = carriesOverLine(scene, id);
  if (text) el.createDiv({ text, cls: 'work-model-map-carries-over' });
}
