import { titleOf } from '../../model';
import type { OpenEvent } from '../input/open-event';
import { renderHeadToHeadCard } from './head-to-head-card';
import { renderHealthPanel } from './health-panel';
import { renderLegend } from './legend';
import { renderNextStepsPanel } from './next-steps-panel';
import type { MapModel } from '../../model/outputs/map/map-model';
import {
  isEmptyModel,
  noticeText,
  renderHiddenRoutes,
  renderProblems,
  showProblems,
} from './map-panels';
import { renderRouteComparison } from './route-comparison';
import type { Filters, Scene } from '../../model/outputs/map/scene';

/** The elements around the canvas that show the model: built once, filled by `renderPanels`. */
export interface PanelElements {
  notice: HTMLElement;
  /** The three steps that start a work model, shown instead of the notice on an empty map. */
  start: HTMLElement;
  hiddenRoutes: HTMLElement;
  legend: HTMLElement;
  routes: HTMLElement;
  card: HTMLElement;
  /** The ranked next steps. */
  next: HTMLElement;
  health: HTMLElement;
  problemsButton: HTMLButtonElement;
  problems: HTMLElement;
}

/** What the panels ask of the map. */
export interface PanelActions {
  selectRoutes(ids: readonly string[]): void;
  /** Select a next step (null lets go): the routes it keeps open light up. */
  selectStep(stone: string | null): void;
  /** Move the keyboard focus (and the camera) to a note on the map. */
  focus(id: string): void;
  /** Open a file as it is: a problem's note, a health finding's note. */
  openFile(path: string, event: OpenEvent): void;
  filters(): Filters;
  setFilters(changed: Partial<Filters>): void;
  startModel(): void;
}

/** Everything the panels are filled from: the map's state when they are drawn. */
export interface Panels {
  el: PanelElements;
  model: MapModel;
  scene: Scene;
  /** Each route's colour, by route id. */
  colors: ReadonlyMap<string, string>;
  /** The routes selected, at most two. */
  selected: readonly string[];
  /** The next step selected, by its stone's id. */
  selectedStep: string | null;
  act: PanelActions;
  /** Whether whoever shows the map can start a work model (the pane can, an exported page not). */
  canStart: boolean;
  /** Ends the panels' listeners when the map closes. */
  signal: AbortSignal;
}

/** Each note's title by id; a note the model does not hold is named after its file. */
function titlesOf(model: MapModel): (id: string) => string {
  const titles = new Map(model.nodes.map((n) => [n.id, n.title]));
  return (id) => titles.get(id) ?? titleOf(id);
}

/**
 * Fills the panels for a model and its scene: the route comparison and head-to-head (see
 * `renderSelection`), health, legend, problems, the notice line and the hidden routes. Called
 * when the model, the filters or the theme change, never per frame.
 */
export function renderPanels(panels: Panels): void {
  const { el, model, scene, colors, act, signal } = panels;
  renderSelection(panels);
  renderHealthPanel(
    el.health,
    model.health,
    titlesOf(model),
    (id, event) => {
      if (scene.byId.has(id)) act.focus(id);
      act.openFile(id, event);
    },
    signal,
  );
  renderLegend(
    el.legend,
    scene.routes.map((r) => ({
      id: r.id,
      title: r.title,
      risk: r.risk,
      color: colors.get(r.id) ?? '',
    })),
  );
  renderProblems(
    el.problemsButton,
    el.problems,
    model.problems,
    (file, event) => act.openFile(file, event),
    signal,
  );
  const start = panels.canStart && isEmptyModel(model);
  el.start.toggleClass('work-model-hidden', !start);
  const notice = start ? '' : noticeText(model, scene);
  el.notice.setText(notice);
  el.notice.toggleClass('work-model-hidden', notice === '');
  renderHiddenRoutes(
    el.hiddenRoutes,
    scene.hiddenRoutes,
    (statuses) =>
      act.setFilters({
        hiddenRouteStatuses: act.filters().hiddenRouteStatuses.filter((s) => !statuses.has(s)),
      }),
    signal,
  );
  // With nothing but problems to show, the problems are the map: open their list.
  if (model.problems.length > 0 && scene.nodes.length <= 1)
    showProblems(el.problemsButton, el.problems, true);
}

/**
 * The panels that follow what is selected: the next steps, the route comparison and the
 * head-to-head card. Selecting a route or a next step redraws only these.
 */
export function renderSelection(panels: Panels): void {
  const { el, model, scene, colors, selected, act, signal } = panels;
  const titleOf = titlesOf(model);
  const colorOf = (id: string) => colors.get(id) ?? '';
  renderNextStepsPanel(
    el.next,
    model.next,
    { titleOf, colorOf, selected: panels.selectedStep, onSelect: (s) => act.selectStep(s) },
    signal,
  );
  renderRouteComparison(
    el.routes,
    model.routes,
    {
      colorOf,
      titleOf,
      gaugesSince: model.gaugesSince,
      selected,
      hidden: new Set(scene.hiddenRoutes.map((r) => r.id)),
      // A route clicked: deselect it, or add it (a third replaces the oldest).
      onSelect: (id) =>
        act.selectRoutes(
          selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id].slice(-2),
        ),
    },
    signal,
  );
  renderHeadToHeadCard(el.card, model, selected, () => act.selectRoutes([]), signal);
}
