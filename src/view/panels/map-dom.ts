import { FactsSheet } from './facts-sheet';
import type { OpenEvent } from '../input/open-event';
import { buildFilters, buildStartSteps, showProblems } from './map-panels';
import { NodeList } from './node-list';
import type { PanelActions, PanelElements } from './render-panels';
import type { Filters } from '../../model/outputs/map/scene';

/** What the toolbar, the touch sheet and the note list ask of the map. */
export interface MapActions extends PanelActions {
  fit(): void;
  /** The search box changed. */
  search(): void;
  /** Enter in the search box. */
  firstMatch(): void;
  /** Open a note (a ghost creates its note); `event` carries the modifier keys, when any. */
  open(id: string, event: OpenEvent | null): void;
  /** The sheet's Close button. */
  closeSheet(): void;
  /** Space or N in the note list: announce the note's neighbours. */
  neighbours(id: string): void;
}

/** The map's elements; the component draws on the canvas and fills the rest. */
export interface MapDom extends PanelElements {
  root: HTMLElement;
  /** The canvas's box: measured for its size, observed for resizes. */
  stage: HTMLElement;
  canvas: HTMLCanvasElement;
  tooltip: HTMLElement;
  search: HTMLInputElement;
  count: HTMLElement;
  /** Where announcements (a note's neighbours) are read out. */
  live: HTMLElement;
  sheet: FactsSheet;
  nodeList: NodeList;
  /** Closes the route and note lists where they lie over the map (a narrow pane). */
  closeSide(): void;
  /** Ticks the Filters panel's checkboxes as the map's filters are now. */
  syncFilters(filters: Filters): void;
}

/** Maps built so far: each map's tooltip gets an id of its own. */
let mapCount = 0;

/**
 * Builds the map's DOM once: the toolbar (search, Fit, problems, next steps, legend, filters,
 * the side toggle), the notice lines, the stage (canvas, tooltip, touch sheet) and the side lists. The
 * controls that only change the DOM (side toggle, problem list) are wired here, the rest call
 * `act`; every listener goes with `signal`.
 */
export function buildMapDom(container: HTMLElement, act: MapActions, signal: AbortSignal): MapDom {
  const on = <K extends keyof HTMLElementEventMap>(
    el: HTMLElement,
    type: K,
    listener: (e: HTMLElementEventMap[K]) => void,
  ) => el.addEventListener(type, listener, { signal });
  const root = container.createDiv({ cls: 'work-model-map' });
  const toolbar = root.createDiv({ cls: 'work-model-map-toolbar' });
  const search = toolbar.createEl('input', {
    type: 'search',
    cls: 'work-model-map-search',
    placeholder: 'Search the map…',
    attr: { 'aria-label': 'Find a note on the map' },
  });
  const count = toolbar.createSpan({
    cls: 'work-model-map-count',
    attr: { 'aria-live': 'polite' },
  });
  const fit = toolbar.createEl('button', {
    text: 'Fit',
    cls: 'work-model-map-fit',
    attr: { type: 'button', 'aria-label': 'Fit the map to the pane' },
  });
  const problemsButton = toolbar.createEl('button', {
    cls: 'work-model-map-problems',
    attr: { type: 'button', 'aria-expanded': 'false' },
  });
  const legendDetails = toolbar.createEl('details', { cls: 'work-model-map-legend' });
  legendDetails.createEl('summary', { text: 'Legend' });
  const legend = legendDetails.createDiv({ cls: 'work-model-map-legend-body' });
  const syncFilters = buildFilters(
    toolbar.createEl('details', { cls: 'work-model-map-filters' }),
    () => act.filters(),
    (f) => act.setFilters(f),
    signal,
  );
  const sideToggle = toolbar.createEl('button', {
    text: 'Lists',
    cls: 'work-model-map-side-toggle',
    attr: {
      type: 'button',
      'aria-expanded': 'false',
      'aria-label': 'Show the route and note lists',
    },
  });
  // The next steps open under the toolbar's buttons, above the map: never over the map, its
  // tooltip or its touch sheet, in a wide pane as on a phone.
  const nextDetails = toolbar.createEl('details', { cls: 'work-model-map-next' });
  nextDetails.createEl('summary', { text: 'Next steps' });
  const next = nextDetails.createDiv({ cls: 'work-model-map-next-body' });
  const notice = root.createDiv({ cls: 'work-model-map-notice', attr: { role: 'status' } });
  const start = root.createDiv({ cls: 'work-model-map-start work-model-hidden' });
  buildStartSteps(start, () => act.startModel(), signal);
  const hiddenRoutes = root.createDiv({ cls: 'work-model-map-hidden-routes' });
  const body = root.createDiv({ cls: 'work-model-map-body' });
  const stage = body.createDiv({ cls: 'work-model-map-stage' });
  const canvas = stage.createEl('canvas', {
    cls: 'work-model-map-canvas',
    attr: { role: 'img', tabindex: '0' },
  });
  // Each open map has its own tooltip, so two maps never describe each other's canvas.
  const tooltip = stage.createDiv({
    cls: 'work-model-map-tooltip',
    attr: { role: 'tooltip', id: `work-model-map-tooltip-${++mapCount}` },
  });
  const sheet = new FactsSheet(
    stage,
    (id) => act.open(id, null),
    () => act.closeSheet(),
    signal,
  );
  const side = body.createDiv({ cls: 'work-model-map-side' });
  const problems = side.createDiv({ cls: 'work-model-map-problem-list work-model-hidden' });
  side.createEl('h4', { text: 'Routes by advancement' });
  side.createDiv({
    text: 'Select one route to focus its path, two to compare them. Bars: the last 6 months, wins up, setbacks down; a dot where a step was done.',
    cls: 'work-model-map-muted',
  });
  const card = side.createDiv({
    cls: 'work-model-map-h2h work-model-hidden',
    attr: { 'aria-live': 'polite' },
  });
  const routes = side.createEl('ol', {
    cls: 'work-model-map-routes',
    attr: {
      'aria-label': 'Routes ranked by advancement: select one to focus its path, two to compare',
    },
  });
  side.createEl('h4', { text: 'Health' });
  const health = side.createDiv({ cls: 'work-model-map-health' });
  side.createEl('h4', { text: 'Notes' });
  const nodeList = new NodeList(side, act, signal);
  const live = side.createDiv({ cls: 'work-model-map-live', attr: { 'aria-live': 'polite' } });

  on(fit, 'click', () => act.fit());
  const showSide = (open: boolean) => {
    root.toggleClass('is-side-open', open);
    sideToggle.setAttr('aria-expanded', String(open));
  };
  on(sideToggle, 'click', () => showSide(!root.hasClass('is-side-open')));
  on(problemsButton, 'click', () =>
    showProblems(problemsButton, problems, problemsButton.getAttribute('aria-expanded') !== 'true'),
  );
  on(nextDetails, 'keydown', (e) => {
    if (e.key === 'Escape') act.selectStep(null);
  });
  on(search, 'input', () => act.search());
  on(search, 'keydown', (e) => {
    if (e.key === 'Enter') act.firstMatch();
    if (e.key === 'Escape' && search.value !== '') {
      search.value = '';
      act.search();
    }
  });
  return {
    root,
    stage,
    canvas,
    tooltip,
    search,
    count,
    live,
    sheet,
    nodeList,
    closeSide: () => showSide(false),
    notice,
    start,
    hiddenRoutes,
    legend,
    routes,
    card,
    next,
    health,
    problemsButton,
    problems,
    syncFilters,
  };
}
