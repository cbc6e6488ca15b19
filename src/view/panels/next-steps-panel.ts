import { nextStepWhy, type NextStep } from '../../model';

/**
 * The next steps panel: the model's ranked next steps, each with why (the routes it is next
 * on, how many routes and outcomes it keeps open) and the routes it keeps open in their map
 * colours. A button selects one, which lights those routes; pressing it again, or Clear, lets
 * go.
 */
export function renderNextStepsPanel(
  el: HTMLElement,
  next: readonly NextStep[],
  opts: {
    titleOf: (id: string) => string;
    colorOf: (id: string) => string;
    selected: string | null;
    onSelect: (stone: string | null) => void;
  },
  signal: AbortSignal,
): void {
  // Redrawing replaces the buttons: the one that had the keyboard focus gets it back.
  const focused = el.ownerDocument.activeElement;
  const refocus = focused && el.contains(focused) ? focused.getAttribute('data-id') : null;
  el.empty();
  if (next.length === 0) {
    el.createDiv({
      text: 'None: no live route has a stepping stone left to do.',
      cls: 'work-model-map-muted',
    });
    return;
  }
  const head = el.createDiv({ cls: 'work-model-map-next-head' });
  head.createSpan({
    text: 'The stone that keeps the most routes open comes first. Select one to light its routes.',
    cls: 'work-model-map-muted',
  });
  // Clear hands the keyboard focus back to the step it let go of.
  if (opts.selected !== null)
    head
      .createEl('button', {
        text: 'Clear',
        cls: 'work-model-map-clear',
        attr: {
          type: 'button',
          'aria-label': 'Clear the next step: show every route again',
          'data-id': opts.selected,
        },
      })
      .addEventListener('click', () => opts.onSelect(null), { signal });
  const list = el.createEl('ol', {
    cls: 'work-model-map-next-list',
    attr: { 'aria-label': 'Next steps, ranked: select one to light the routes it keeps open' },
  });
  for (const s of next) {
    const b = list.createEl('li').createEl('button', {
      cls: 'work-model-map-next-step',
      attr: {
        type: 'button',
        'aria-pressed': String(opts.selected === s.stone),
        'data-id': s.stone,
      },
    });
    b.createDiv({ text: `${s.rank}. ${s.title}`, cls: 'work-model-map-next-name' });
    b.createDiv({ text: nextStepWhy(s, opts.titleOf), cls: 'work-model-map-next-why' });
    const routes = b.createDiv({ cls: 'work-model-map-next-routes' });
    for (const id of s.onRoutes) {
      const chip = routes.createSpan({ cls: 'work-model-map-next-route' });
      chip
        .createSpan({ cls: 'work-model-map-swatch', attr: { 'aria-hidden': 'true' } })
        .setCssProps({ '--work-model-route-color': opts.colorOf(id) });
      chip.appendText(opts.titleOf(id));
    }
    b.addEventListener('click', () => opts.onSelect(opts.selected === s.stone ? null : s.stone), {
      signal,
    });
    if (s.stone === refocus) b.focus({ preventScroll: true });
  }
}
