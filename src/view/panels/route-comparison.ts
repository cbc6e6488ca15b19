import { routeFigures } from '../scene/describe';
import type { MapRoute } from '../../model/outputs/map/map-model';
import { renderSparkline } from './sparkline';

/**
 * The route comparison (SPEC §5): every route by rank, with its figures and a 6-month
 * sparkline; a button selects it (two selected show their head-to-head).
 */
export function renderRouteComparison(
  el: HTMLElement,
  routes: readonly MapRoute[],
  opts: {
    colorOf: (id: string) => string;
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
    const figures = routeFigures(r);
    if (opts.hidden.has(r.id)) figures[0] = `${figures[0] ?? ''} · hidden on the map`;
    for (const line of figures) {
      const facts = b.createDiv({ cls: 'work-model-map-route-facts' });
      // A day never breaks at its hyphens ("2026-" / "11-13") in a narrow panel.
      for (const part of line.split(/(\d{4}-\d{2}-\d{2})/)) {
        if (/^\d{4}-\d{2}-\d{2}$/.test(part))
          facts.createSpan({ text: part, cls: 'work-model-map-day' });
        else if (part) facts.appendText(part);
      }
    }
    renderSparkline(b, r.trend);
    b.addEventListener('click', () => opts.onSelect(r.id), { signal });
    if (r.id === refocus) b.focus({ preventScroll: true });
  }
  if (ranked.length === 0)
    el.createEl('li', { text: 'No routes yet.', cls: 'work-model-map-muted' });
}
