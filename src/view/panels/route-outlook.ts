import { arrivalText, gaugeReadings, type GaugeChange } from '../../model';
import type { MapRoute } from '../../model/outputs/map/map-model';

/** The arrows beside a gauge: up, down or level since the previous revision; nothing without one. */
const ARROWS: Record<NonNullable<GaugeChange>, string> = { up: '↑', down: '↓', same: '=' };
/** What the arrow says to a screen reader. */
const changeWords = (change: NonNullable<GaugeChange>, before: number | null) =>
  change === 'same' ? 'unchanged' : `${change} from ${before ?? '–'}`;
/** A gauge's scale: 1 (low) to 5 (high). */
const CELLS = 5;

/**
 * A route card's outlook: its pace and arrival against its outcomes' horizons in the report's
 * words (live and resting routes, as the report lists them), then its four gauges as small
 * bars of five cells, each with its change since the previous revision (`since`).
 */
export function renderRouteOutlook(
  parent: HTMLElement,
  r: MapRoute,
  titleOf: (id: string) => string,
  since: string | null,
): void {
  if (r.live || r.resting) {
    const late = r.horizons.some((h) => h.onTime === false);
    parent.createDiv({
      text: arrivalText(r, titleOf, r.windows.advancementDays),
      cls: `work-model-map-arrival${late ? ' is-late' : ''}`,
    });
  }
  if (!r.gauges && !r.gaugesBefore) return;
  const box = parent.createDiv({ cls: 'work-model-map-gauges' });
  box.createDiv({
    text: `Gauges, 1 to 5${r.gaugesBefore && since ? `, change since ${since}` : ''}`,
    cls: 'work-model-map-gauges-caption',
  });
  for (const g of gaugeReadings(r)) {
    const row = box.createDiv({ cls: 'work-model-map-gauge', attr: { 'data-gauge': g.gauge } });
    row.createSpan({ text: g.gauge, cls: 'work-model-map-gauge-name' });
    const bar = row.createSpan({
      cls: 'work-model-map-gauge-bar',
      attr: { 'aria-hidden': 'true' },
    });
    for (let i = 1; i <= CELLS; i++)
      bar.createSpan({
        cls: `work-model-map-gauge-cell${g.now !== null && i <= g.now ? ' is-filled' : ''}`,
      });
    row.createSpan({ text: String(g.now ?? '–'), cls: 'work-model-map-gauge-value' });
    const change = row.createSpan({ cls: 'work-model-map-gauge-change' });
    if (g.change) {
      change.setText(ARROWS[g.change]);
      change.setAttr('aria-label', changeWords(g.change, g.before));
    }
  }
}
