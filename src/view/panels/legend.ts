import { KIND_STYLES, KINDS_IN_LIST_ORDER } from '../../model/outputs/map/kind-styles';

/** Every mark the map draws, in words: the legend behind the toolbar's "Legend" toggle. */
const MARKS = [
  ...KINDS_IN_LIST_ORDER.flatMap((kind) => KIND_STYLES[kind].legend),
  { mark: 'risky', text: 'Dashed line: a high-risk route' },
  {
    mark: 'resting',
    text: 'Faded: resting (a paused route, or a note whose resume day is still to come)',
  },
  { mark: 'stale', text: 'Orange ring: stale, no activity for longer than the stale threshold' },
];

/** Fills the legend: route colours with full names, then every mark. */
export function renderLegend(
  el: HTMLElement,
  routes: { id: string; title: string; color: string; risk: string | null }[],
): void {
  el.empty();
  if (routes.length > 0) {
    const list = el.createEl('ul', {
      cls: 'work-model-map-legend-routes',
      attr: { 'aria-label': 'Routes' },
    });
    for (const r of routes) {
      const li = list.createEl('li');
      const swatch = li.createSpan({
        cls: `work-model-map-legend-line${r.risk === 'high' ? ' mod-risky' : ''}`,
        attr: { 'aria-hidden': 'true' },
      });
      swatch.setCssProps({ '--work-model-route-color': r.color });
      li.appendText(r.risk === 'high' ? `${r.title} (high risk)` : r.title);
    }
  }
  const marks = el.createEl('ul', {
    cls: 'work-model-map-legend-marks',
    attr: { 'aria-label': 'Marks' },
  });
  for (const { mark, text } of MARKS) {
    const li = marks.createEl('li');
    li.createSpan({ cls: `work-model-map-mark mod-${mark}`, attr: { 'aria-hidden': 'true' } });
    li.appendText(text);
  }
}
