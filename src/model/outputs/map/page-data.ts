import type { MapModel } from './map-model';
import type { Filters } from './scene';

/** What the CLI embeds in the exported page beside the model. */
export interface PageData {
  vault: string;
  model: MapModel;
  filters: Filters;
}
