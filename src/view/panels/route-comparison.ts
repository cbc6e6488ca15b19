import { routeFigureRows } from '../../model';
import { routeStatusLine } from '../scene/describe';
import type { MapRoute } from '../../model/outputs/map/map-model';
import { renderRouteOutlook } from './route-outlook';
import { renderSparkline } from './sparkline';

/**
 * The route comparison: every route by rank, with its pace and arrival, its gauges, its
 * figures and a 6-month sparkline; a button selects it (two selected show their head-to-head).
 */
export function renderRouteComparison(
  el: HTMLElement,
  routes: readonly MapRoute[],
  opts: {
    colorOf: (id: string) => string;
    /** A note's title, for the outcomes an arrival is measured against. */
    titleOf: (id: string) => string;
    /** The day of the revision the gauges' changes count from. */
    gaugesSince: string | null;
    selected: readonly string[];
    /** Routes the filters hide: listed, but their path is not on the map. */
    hidden: ReadonlySet<string>;
    onSelect: (id: string) => void;
  },
  signal: AbortSignal,
): void {
  // Redrawing replaces the buttons: the one that had the keyboard focus gets it back.
  const focused = el.ownerDocument.activeElement;
  const refocus = focused && el.contains(focused) ? focused.getAttribute('data-id') : null;
  el.empty();
  const ranked = [...routes].sort((a, b) => a.rank - b.rank);
  for (const r of ranked) {
    const li = el.createEl('li', { cls: 'work-model-map-route-item' });
    const b = li.createEl('button', {
      cls: 'work-model-map-route',
      attr: {
        type: 'button',
        'aria-pressed': String(opts.selected.includes(r.id)),
        'data-id': r.id,
      },
    });
    const head = b.createDiv({ cls: 'work-model-map-route-head' });
    head
      .createSpan({ cls: 'work-model-map-swatch', attr: { 'aria-hidden': 'true' } })
      .setCssProps({ '--work-model-route-color': opts.colorOf(r.id) });
    head.createSpan({ text: `${r.rank}. ${r.title}`, cls: 'work-model-map-route-name' });
    const status = routeStatusLine(r) + (opts.hidden.has(r.id) ? ' · hidden on the map' : '');
    b.createDiv({ text: status, cls: 'work-model-map-route-status' });
    renderRouteOutlook(b, r, opts.titleOf, opts.gaugesSince);
    // The figures as a two-column table a person scans in a second: the window (or what is
    // counted), then its figures, one clause a line.
    const table = b.createDiv({ cls: 'work-model-map-figures' });
    for (const row of routeFigureRows(r, r.windows)) {
      table.createSpan({ text: row.label, cls: 'work-model-map-figures-label' });
      const cell = table.createSpan({ cls: 'work-model-map-figures-value' });
      for (const clause of row.value.split('; '))
        cell.createSpan({ text: clause, cls: 'work-model-map-figures-clause' });
    }
    renderSparkline(b, r.trend);
    b.addEventListener('click', () => opts.onSelect(r.id), { signal });
    if (r.id === refocus) b.focus({ preventScroll: true });
  }
  if (ranked.length === 0)
    el.createEl('li', { text: 'No routes yet.', cls: 'work-model-map-muted' });
}
