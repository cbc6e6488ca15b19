import { verdict, type Verdict } from '../../analyze/verdict';
import { titleOf } from '../../read/note-input';
import { KIND_STYLES } from './kind-styles';
import type { MapModel } from './map-model';

/**
 * The head-to-head of two of the map's routes: the same record `compare` prints, computed by
 * the model for the pair the user selects (every pair ahead of time would grow the exported
 * page with the square of the routes). Null unless both are routes of the map.
 */
export function mapVerdict(model: MapModel, a: string, b: string): Verdict | null {
  const ra = model.routes.find((r) => r.id === a);
  const rb = model.routes.find((r) => r.id === b);
  if (!ra || !rb) return null;
  // Titles of the model's notes, as the analysis has them: evidence is named by its own title.
  const titles = new Map(
    model.nodes.filter((n) => KIND_STYLES[n.kind].modelNote).map((n) => [n.id, n.title]),
  );
  return verdict(
    {
      today: model.today,
      advancementDays: model.windows.advancementDays,
      title: (id) => titles.get(id) ?? titleOf(id),
    },
    ra,
    rb,
  );
}
