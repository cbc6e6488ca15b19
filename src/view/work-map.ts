import { centreOn, fitCamera, toScreen, toWorld, topCamera, type Camera } from './camera';
import { describeNeighbours, describeNode } from './describe';
import { drawMap, routeColors, type DrawPart } from './draw';
import { emphasis } from './emphasis';
import { FactsSheet } from './facts-sheet';
import { FrameCache } from './frame-cache';
import { labelBox, TAP_PX, type Measure, type Station } from './geometry';
import { Gestures, type Intent, type OpenEvent, type Point } from './gestures';
import { placeLabels, type PlacedLabel } from './label-placement';
import { MapLayout, type SavedPosition } from './layout';
import { inspectMap } from './map-inspection';
import { renderLegend } from './legend';
import { renderHeadToHeadCard } from './head-to-head-card';
import { renderHealthPanel } from './health-panel';
import { buildFilters, noticeText, renderHiddenRoutes, renderProblems } from './map-panels';
import type { MapModel } from './map-model';
import { NodeList } from './node-list';
import { renderRouteComparison } from './route-comparison';
import { buildScene, routeNotes, type Filters, type Scene } from './scene';
import { searchScene } from './search';
import { readTheme, type Theme } from './theme';

/** What the map asks of whoever shows it: the Obsidian view or the standalone page. */
export interface MapHost {
  /** Open a note; `event` (null when none) carries the modifier keys that say where. */
  open(path: string, event: OpenEvent | null): void;
  /** A ghost node was clicked: create the missing note. */
  createNote(name: string): void;
  /** Node positions after the user moved a node. */
  savePositions(positions: Map<string, SavedPosition>): void;
}

/** The zoom Enter on a search goes to: labels and stations at their full size. */
const READABLE_ZOOM = 1;
/** Layout work per frame: a large map is laid out in slices, the pane stays responsive. */
const SLICE_MS = 30;

/**
 * The work model map: a canvas that reads Now → stepping stones → outcomes like a transit map,
 * with the route list, legend, filters, search, problems and an accessible list of every note
 * beside it. It draws only when something changed, and nothing once it rests.
 */
let mapCount = 0;

export class WorkMap {
  private readonly abort = new AbortController();
  private readonly root: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly stage: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly noticeEl: HTMLElement;
  private readonly hiddenEl: HTMLElement;
  private readonly legendEl: HTMLElement;
  private readonly routesEl: HTMLElement;
  private readonly cardEl: HTMLElement;
  private readonly healthEl: HTMLElement;
  private readonly problemsButton: HTMLButtonElement;
  private readonly problemsEl: HTMLElement;
  private readonly liveEl: HTMLElement;
  private readonly countEl: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly nodeList: NodeList;
  private readonly sheet: FactsSheet;
  private readonly layout = new MapLayout();
  private readonly cache = new FrameCache();
  private readonly gestures: Gestures;
  private readonly resize: ResizeObserver | null = null;

  private model: MapModel = {
    today: '',
    nodes: [],
    routes: [],
    links: [],
    problems: [],
    windowStart: '',
    health: [],
  };
  private scene: Scene;
  private saved: ReadonlyMap<string, SavedPosition> = new Map();
  private theme: Theme;
  private measureText: Measure;
  private colors = new Map<string, string>();
  private camera: Camera = { k: 1, x: 0, y: 0 };
  private size = { width: 0, height: 0, ratio: 1 };
  private laidOutFor = '';
  private frame = 0;
  /** The map refits to the pane while the user has not moved the camera. */
  private autoFit = true;
  private hover: string | null = null;
  private focus: string | null = null;
  /** Routes selected in the comparison: one focuses its path, two show their head-to-head. */
  private selectedRoutes: string[] = [];
  private matches = new Set<string>();
  private labels: Map<string, PlacedLabel> = new Map();
  private labelsKey = '';
  /** Bumped whenever what the drawing shows changes: positions, scene, theme. */
  private version = 0;
  private crispTimer = 0;
  /** Frames drawn; the benchmark and tests read it to see that an idle map draws nothing. */
  framesDrawn = 0;

  /** Each open map has its own tooltip, so two maps never describe each other's canvas. */
  private readonly tooltipId = `work-model-map-tooltip-${++mapCount}`;

  /** The map's own window: a pop-out window has its own timers, frames and observers. */
  private get win(): Window {
    return this.root.ownerDocument.defaultView ?? window;
  }

  constructor(
    container: HTMLElement,
    private readonly host: MapHost,
    private filters: Filters,
  ) {
    const signal = this.abort.signal;
    this.root = container.createDiv({ cls: 'work-model-map' });
    const toolbar = this.root.createDiv({ cls: 'work-model-map-toolbar' });
    this.search = toolbar.createEl('input', {
      type: 'search',
      cls: 'work-model-map-search',
      placeholder: 'Search the map…',
      attr: { 'aria-label': 'Find a note on the map' },
    });
    this.countEl = toolbar.createSpan({
      cls: 'work-model-map-count',
      attr: { 'aria-live': 'polite' },
    });
    const fit = toolbar.createEl('button', {
      text: 'Fit',
      cls: 'work-model-map-fit',
      attr: { type: 'button', 'aria-label': 'Fit the map to the pane' },
    });
    this.problemsButton = toolbar.createEl('button', {
      cls: 'work-model-map-problems',
      attr: { type: 'button', 'aria-expanded': 'false' },
    });
    const legend = toolbar.createEl('details', { cls: 'work-model-map-legend' });
    legend.createEl('summary', { text: 'Legend' });
    this.legendEl = legend.createDiv({ cls: 'work-model-map-legend-body' });
    buildFilters(
      toolbar.createEl('details', { cls: 'work-model-map-filters' }),
      () => this.filters,
      (f) => this.setFilters(f),
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
    this.noticeEl = this.root.createDiv({ cls: 'work-model-map-notice', attr: { role: 'status' } });
    this.hiddenEl = this.root.createDiv({ cls: 'work-model-map-hidden-routes' });
    const body = this.root.createDiv({ cls: 'work-model-map-body' });
    this.stage = body.createDiv({ cls: 'work-model-map-stage' });
    this.canvas = this.stage.createEl('canvas', {
      cls: 'work-model-map-canvas',
      attr: { role: 'img', tabindex: '0' },
    });
    this.ctx = this.canvas.getContext('2d');
    this.tooltip = this.stage.createDiv({
      cls: 'work-model-map-tooltip',
      attr: { role: 'tooltip', id: this.tooltipId },
    });
    this.sheet = new FactsSheet(
      this.stage,
      (id) => this.activate(id, null),
      () => this.select(null),
      signal,
    );
    const side = body.createDiv({ cls: 'work-model-map-side' });
    this.problemsEl = side.createDiv({ cls: 'work-model-map-problem-list work-model-hidden' });
    side.createEl('h4', { text: 'Routes by advancement' });
    side.createDiv({
      text: 'Select one route to focus its path, two to compare them. Bars: the last 6 months, wins up, setbacks down; a dot where a step was done.',
      cls: 'work-model-map-muted',
    });
    this.cardEl = side.createDiv({
      cls: 'work-model-map-h2h work-model-hidden',
      attr: { 'aria-live': 'polite' },
    });
    this.routesEl = side.createEl('ol', {
      cls: 'work-model-map-routes',
      attr: {
        'aria-label': 'Routes ranked by advancement: select one to focus its path, two to compare',
      },
    });
    side.createEl('h4', { text: 'Health' });
    this.healthEl = side.createDiv({ cls: 'work-model-map-health' });
    side.createEl('h4', { text: 'Notes' });
    this.nodeList = new NodeList(
      side,
      {
        focus: (id) => this.setFocus(id, true),
        open: (id, event) => this.activate(id, event),
        neighbours: (id) => this.announceNeighbours(id),
      },
      signal,
    );
    this.liveEl = side.createDiv({ cls: 'work-model-map-live', attr: { 'aria-live': 'polite' } });
    this.theme = readTheme(this.root);
    this.measureText = this.makeMeasure();
    this.scene = buildScene(this.model, this.filters);
    this.gestures = new Gestures(
      (at, touch) => this.hit(at, touch),
      () => this.camera,
      (intent) => this.onIntent(intent),
    );

    fit.addEventListener('click', () => this.fit(), { signal });
    sideToggle.addEventListener(
      'click',
      () => {
        const open = !this.root.hasClass('is-side-open');
        this.root.toggleClass('is-side-open', open);
        sideToggle.setAttr('aria-expanded', String(open));
      },
      { signal },
    );
    this.problemsButton.addEventListener(
      'click',
      () => this.showProblems(this.problemsButton.getAttribute('aria-expanded') !== 'true'),
      { signal },
    );
    this.search.addEventListener('input', () => this.onSearch(), { signal });
    this.search.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter') this.goToFirstMatch();
      },
      { signal },
    );
    this.bindCanvas(signal);
    const Observer = (this.win as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (typeof Observer !== 'undefined') {
      this.resize = new Observer(() => this.measure());
      this.resize.observe(this.stage);
    }
    this.measure();
  }

  private bindCanvas(signal: AbortSignal): void {
    const c = this.canvas;
    const input = (e: PointerEvent) => ({
      ...this.local(e),
      id: e.pointerId,
      touch: e.pointerType === 'touch',
      source: e,
    });
    c.addEventListener(
      'pointerdown',
      (e) => {
        try {
          c.setPointerCapture(e.pointerId);
        } catch {
          // A pointer already gone (or a synthetic one) cannot be captured; the gesture still works.
        }
        this.gestures.down(input(e));
      },
      { signal },
    );
    c.addEventListener('pointermove', (e) => this.gestures.move(input(e)), { signal });
    c.addEventListener('pointerup', (e) => this.gestures.up(input(e)), { signal });
    c.addEventListener('pointercancel', (e) => this.gestures.up(input(e), true), { signal });
    c.addEventListener('pointerleave', () => this.setHover(null), { signal });
    c.addEventListener('dblclick', (e) => this.gestures.doubleClick(this.local(e)), { signal });
    c.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        this.gestures.wheel(this.local(e), e.deltaY, e.ctrlKey);
      },
      { signal, passive: false },
    );
    c.addEventListener(
      'keydown',
      (e) => {
        if (this.gestures.key(e.key, this.size)) e.preventDefault();
      },
      { signal },
    );
  }

  private onIntent(i: Intent): void {
    switch (i.kind) {
      case 'handled':
        return;
      case 'hover':
        return this.setHover(this.noteOf(i.key));
      case 'camera':
        this.moveCamera(i.camera);
        break;
      case 'drag': {
        const w = toWorld(this.camera, i.at.x, i.at.y);
        this.layout.drag(i.key, w.x, w.y);
        this.showTooltip(this.noteOf(i.key));
        break;
      }
      case 'drop':
        this.version++;
        this.host.savePositions(this.layout.positions());
        break;
      case 'activate':
        if (i.touch) this.select(this.noteOf(i.key));
        else this.activate(this.noteOf(i.key) ?? '', i.source ?? null);
        break;
      case 'tap-background':
        this.select(null);
        break;
      case 'unpin':
        if (this.layout.isPinned(i.key)) {
          this.layout.unpin(i.key);
          this.host.savePositions(this.layout.positions());
          this.relayout();
        }
        break;
      case 'fit':
        this.fit();
        break;
    }
    this.schedule();
  }

  /** Shows a new model; notes seen before keep their place. */
  update(model: MapModel, saved: ReadonlyMap<string, SavedPosition> = this.saved): void {
    this.model = model;
    this.saved = saved;
    this.rebuild();
  }

  private rebuild(): void {
    this.scene = buildScene(this.model, this.filters);
    this.colors = routeColors(
      this.theme,
      this.model.routes.map((r) => r.id),
    );
    for (const id of [this.hover, this.focus]) {
      if (id && !this.scene.byId.has(id)) {
        if (id === this.hover) this.setHover(null);
        if (id === this.focus) this.focus = null;
      }
    }
    // A route hidden by the filters stays selected: its head-to-head needs no path on the map.
    this.selectedRoutes = this.selectedRoutes.filter((id) =>
      this.model.routes.some((r) => r.id === id),
    );
    this.matches = searchScene(this.scene, this.search.value);
    this.relayout();
    this.renderPanels();
  }

  /** Lays the scene out for the pane as it is now. */
  private relayout(): void {
    if (this.size.width <= 0) return;
    this.layout.update(this.scene, this.measureText, this.size, this.saved);
    this.laidOutFor = `${this.size.width}x${this.size.height}`;
    this.continueLayout();
  }

  /** One slice of layout work; once it is done, the map is fitted (unless moved) and drawn. */
  private continueLayout(): void {
    if (!this.layout.step(SLICE_MS)) return this.schedule();
    this.version++;
    if (this.autoFit) this.fitToPane();
    this.schedule();
  }

  /** Reads the theme's colours and font again (Obsidian's `css-change`, a light/dark switch). */
  refreshTheme(): void {
    this.theme = readTheme(this.root);
    this.measureText = this.makeMeasure();
    this.colors = routeColors(
      this.theme,
      this.model.routes.map((r) => r.id),
    );
    this.relayout();
    this.renderPanels();
  }

  private makeMeasure(): Measure {
    const ctx = createEl('canvas').getContext('2d');
    const fontPx = this.theme.fontPx;
    if (ctx) ctx.font = `${fontPx}px ${this.theme.fontFamily}`;
    const cache = new Map<string, number>();
    return {
      fontPx,
      lineHeight: Math.round(fontPx * 1.25),
      width: (text) => {
        let w = cache.get(text);
        if (w === undefined) {
          w = ctx ? ctx.measureText(text).width : text.length * fontPx * 0.6;
          cache.set(text, w);
        }
        return w;
      },
    };
  }

  setFilters(filters: Partial<Filters>): void {
    this.filters = { ...this.filters, ...filters };
    this.rebuild();
  }

  /** The fit control: shows the whole map and refits on resize again. */
  fit(): void {
    this.autoFit = true;
    this.fitToPane();
  }

  private fitToPane(): void {
    const g = this.layout.geometry;
    if (this.size.width <= 0 || !g) return;
    this.camera =
      g.orientation === 'strips'
        ? topCamera(g.bounds, this.size.width)
        : fitCamera(g.bounds, this.size.width, this.size.height);
    this.schedule();
  }

  /** The user moved the camera: stop refitting. */
  private moveCamera(camera: Camera): void {
    this.camera = camera;
    this.autoFit = false;
  }

  destroy(): void {
    this.abort.abort();
    this.win.clearTimeout(this.crispTimer);
    this.cache.clear();
    this.resize?.disconnect();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.root.remove();
  }

  /** The inspection contract of SPEC §5, in CSS pixels from the canvas's top-left corner. */
  inspect() {
    return inspectMap({
      geometry: this.layout.geometry,
      camera: this.camera,
      size: this.size,
      labels: this.currentLabels(),
      fontPx: this.measureText.fontPx,
      colors: this.colors,
      hiddenRoutes: this.scene.hiddenRoutes,
      hit: (s) => this.hitRadius(s),
      pinned: (key) => this.layout.isPinned(key),
      settled: this.layout.settled && this.crispTimer === 0 && this.frame === 0,
      extra: {
        // For the behaviour tests and the benchmark.
        framesDrawn: this.framesDrawn,
        layoutMs: this.layout.timing.totalMs,
        layoutSliceMs: this.layout.timing.longestSliceMs,
        capped: this.scene.capped,
        hover: this.hover,
        focus: this.focus,
        selectedRoute: this.selectedRoutes[0] ?? null,
        selectedRoutes: [...this.selectedRoutes],
        emphasis: [...(this.emphasis().nodes ?? [])].sort(),
        matches: [...this.matches].sort(),
      },
    });
  }

  // ---- drawing -------------------------------------------------------------------------

  private measure(): void {
    const rect = this.stage.getBoundingClientRect();
    const ratio = this.win.devicePixelRatio || 1;
    this.size = { width: rect.width, height: rect.height, ratio };
    this.canvas.width = Math.max(1, Math.round(rect.width * ratio));
    this.canvas.height = Math.max(1, Math.round(rect.height * ratio));
    if (`${rect.width}x${rect.height}` !== this.laidOutFor) this.relayout();
    else if (this.autoFit) this.fitToPane();
    this.schedule();
  }

  private schedule(): void {
    if (this.frame || this.abort.signal.aborted) return;
    this.frame = this.win.requestAnimationFrame(() => this.draw());
  }

  private currentLabels(c: Camera = this.camera): Map<string, PlacedLabel> {
    const g = this.layout.geometry;
    if (!g) return new Map();
    const first = new Set<string>();
    for (const id of [this.hover, this.focus, this.sheet.shown]) if (id) first.add(id);
    for (const r of this.selectedRoutes) for (const id of routeNotes(this.scene, r)) first.add(id);
    const key = `${this.version}|${c.k}|${c.x}|${c.y}|${this.size.width}|${this.size.height}|${[...first].join('\u0000')}`;
    if (key !== this.labelsKey) {
      this.labels = placeLabels(g, c, this.size, first);
      this.labelsKey = key;
    }
    return this.labels;
  }

  private drawAll(ctx: CanvasRenderingContext2D, camera: Camera, part?: DrawPart): void {
    const g = this.layout.geometry;
    if (!g) return;
    const labels = this.currentLabels(camera);
    drawMap(
      ctx,
      {
        size: this.size,
        scene: this.scene,
        geometry: g,
        camera,
        theme: this.theme,
        colors: this.colors,
        emphasis: this.emphasis(),
        labels,
        fontPx: this.measureText.fontPx,
      },
      part,
    );
  }

  private draw(): void {
    this.frame = 0;
    if (!this.layout.settled) this.continueLayout();
    if (!this.ctx || this.size.width <= 0) return;
    const dragging = this.gestures.dragging;
    const key = this.emphasisKey();
    if (dragging) {
      const moving = new Set([dragging]);
      this.cache.showDragging(
        this.canvas,
        this.ctx,
        `drag:${dragging}|${key}`,
        this.camera,
        (ctx, cam) => this.drawAll(ctx, cam, { except: moving }),
        (ctx, cam) => this.drawAll(ctx, cam, { clear: false, only: moving }),
      );
    } else {
      const blurry = this.cache.show(
        this.canvas,
        this.ctx,
        key,
        this.camera,
        this.size.ratio,
        this.theme.background,
        (ctx, cam) => this.drawAll(ctx, cam),
      );
      if (blurry) {
        // Labels keep their size on screen: draw crisply once the camera rests.
        this.win.clearTimeout(this.crispTimer);
        this.crispTimer = this.win.setTimeout(() => {
          this.crispTimer = 0;
          this.cache.invalidate();
          this.schedule();
        }, 150);
      }
    }
    this.framesDrawn++;
  }

  private emphasisKey(): string {
    return `${this.version}|${this.hover}|${this.focus}|${this.selectedRoutes.join('\u0000')}|${this.sheet.shown}|${[...this.matches].join('\u0000')}`;
  }

  /** What the map shows in full now: see `emphasis`. */
  private emphasis() {
    const target = this.hover ?? this.focus ?? this.sheet.shown;
    return emphasis(this.scene, target, this.selectedRoutes, this.matches);
  }

  // ---- panels ----------------------------------------------------------------------------

  private renderPanels(): void {
    const signal = this.abort.signal;
    // Set here, not per frame: touching the DOM in every frame costs a style pass.
    this.canvas.setAttr(
      'aria-label',
      `Work model map: ${this.scene.nodes.length} notes, ${this.scene.routes.length} routes. The list of notes beside it holds the same content.`,
    );
    const shown = new Set(this.scene.routes.map((r) => r.id));
    renderRouteComparison(
      this.routesEl,
      this.model.routes,
      {
        colorOf: (id) => this.colors.get(id) ?? '',
        selected: this.selectedRoutes,
        hidden: new Set(this.model.routes.map((r) => r.id).filter((id) => !shown.has(id))),
        onSelect: (id) => this.toggleRoute(id),
      },
      signal,
    );
    renderHeadToHeadCard(
      this.cardEl,
      this.model,
      this.selectedRoutes,
      () => this.selectRoutes([]),
      signal,
    );
    const titles = new Map(this.model.nodes.map((n) => [n.id, n.title]));
    renderHealthPanel(
      this.healthEl,
      this.model.health,
      (id) => titles.get(id),
      (id, event) => {
        if (this.scene.byId.has(id)) this.setFocus(id, true);
        this.host.open(id, event);
      },
      signal,
    );
    renderLegend(
      this.legendEl,
      this.scene.routes.map((r) => ({
        id: r.id,
        title: r.title,
        risk: r.risk,
        color: this.colors.get(r.id) ?? '',
      })),
    );
    this.renderNodeList();
    renderProblems(
      this.problemsButton,
      this.problemsEl,
      this.model.problems,
      (file, event) => this.host.open(file, event),
      signal,
    );
    const notice = noticeText(this.model, this.scene);
    this.noticeEl.setText(notice);
    this.noticeEl.toggleClass('work-model-hidden', notice === '');
    renderHiddenRoutes(
      this.hiddenEl,
      this.scene.hiddenRoutes,
      (statuses) =>
        this.setFilters({
          hiddenRouteStatuses: this.filters.hiddenRouteStatuses.filter((s) => !statuses.has(s)),
        }),
      signal,
    );
    // With nothing but problems to show, the problems are the map: open their list.
    if (this.model.problems.length > 0 && this.scene.nodes.length <= 1) this.showProblems(true);
  }

  /** Selects routes by id (the Compare routes command selects two): the rest are dimmed. */
  selectRoutes(ids: readonly string[]): void {
    this.selectedRoutes = ids.slice(0, 2);
    this.renderPanels();
    this.schedule();
  }

  /** A route clicked in the comparison: deselect it, or add it (a third replaces the oldest). */
  private toggleRoute(id: string): void {
    const s = this.selectedRoutes;
    this.selectRoutes(s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-2));
  }

  /** The note list: every visible note, or only the search's matches while there are any. */
  private renderNodeList(): void {
    const shown =
      this.matches.size > 0
        ? this.scene.nodes.filter((n) => this.matches.has(n.id))
        : this.scene.nodes;
    this.nodeList.render(shown, (n) => describeNode(n, this.scene.routeById).join('. '));
  }

  private showProblems(open: boolean): void {
    this.problemsButton.setAttr('aria-expanded', String(open));
    this.problemsEl.toggleClass('work-model-hidden', !open);
  }

  private onSearch(): void {
    this.matches = searchScene(this.scene, this.search.value);
    const q = this.search.value.trim();
    const n = [...this.matches].length;
    this.countEl.setText(q ? (n === 0 ? 'no matches' : `${n} match${n === 1 ? '' : 'es'}`) : '');
    this.renderNodeList();
    this.schedule();
  }

  /** Enter in the search box: focus the first match and zoom to it at a readable size. */
  private goToFirstMatch(): void {
    const first = this.scene.nodes.find((n) => this.matches.has(n.id));
    const s = first ? this.layout.geometry?.byId.get(first.id)?.[0] : undefined;
    if (!first || !s) return;
    const k = Math.max(this.camera.k, READABLE_ZOOM);
    this.moveCamera(centreOn({ ...this.camera, k }, s.x, s.y, this.size.width, this.size.height));
    this.nodeList.select(first.id, true);
  }

  private announceNeighbours(id: string): void {
    this.liveEl.setText(describeNeighbours(this.scene, id));
    this.setFocus(id, true);
  }

  // ---- pointer and keyboard ----------------------------------------------------------------

  private noteOf(key: string | null): string | null {
    return key ? (this.layout.station(key)?.node.id ?? null) : null;
  }

  private setHover(id: string | null): void {
    if (id === this.hover) return;
    this.hover = id;
    this.showTooltip(id);
    this.canvas.toggleClass('is-pointing', id !== null);
    this.schedule();
  }

  /** A tap on touch: select the note and show its facts with an Open button. */
  private select(id: string | null): void {
    const node = id ? this.scene.byId.get(id) : undefined;
    if (!id || !node) this.sheet.show(null);
    else
      this.sheet.show(
        id,
        node.title,
        describeNode(node, this.scene.routeById),
        node.kind !== 'now',
      );
    this.schedule();
  }

  /** The camera follows the keyboard focus: a focused note off screen is brought into view. */
  private setFocus(id: string, reveal: boolean): void {
    this.focus = id;
    const s = this.layout.geometry?.byId.get(id)?.[0];
    if (reveal && s) {
      const p = toScreen(this.camera, s.x, s.y);
      const box = labelBox(s, this.camera.k, p);
      const m = 16;
      if (
        p.x - s.r < m ||
        p.y - s.r < m ||
        box.x + box.width > this.size.width - m ||
        box.y + box.height > this.size.height - m
      ) {
        this.moveCamera(centreOn(this.camera, s.x, s.y, this.size.width, this.size.height));
      }
    }
    this.schedule();
  }

  private showTooltip(id: string | null): void {
    const node = id ? this.scene.byId.get(id) : undefined;
    const s = id ? this.layout.geometry?.byId.get(id)?.[0] : undefined;
    this.tooltip.empty();
    if (!node || !s) {
      this.tooltip.toggleClass('is-visible', false);
      this.canvas.removeAttribute('aria-describedby');
      return;
    }
    this.tooltip.createDiv({ text: node.title, cls: 'work-model-map-tooltip-title' });
    for (const line of describeNode(node, this.scene.routeById))
      this.tooltip.createDiv({ text: line });
    const p = toScreen(this.camera, s.x, s.y);
    this.tooltip.setCssProps({
      '--work-model-tip-x': `${Math.round(p.x)}px`,
      '--work-model-tip-y': `${Math.round(p.y + s.r * this.camera.k + 8)}px`,
    });
    this.tooltip.toggleClass('is-visible', true);
    this.canvas.setAttr('aria-describedby', this.tooltipId);
  }

  private local(e: MouseEvent): Point {
    const r = this.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  /** A station's tap radius: at least a 44 px target on touch screens. */
  private hitRadius(s: Station, touch = true): number {
    return Math.max(s.r * this.camera.k + 2, touch ? TAP_PX : 6);
  }

  private hit(at: Point, touch: boolean): string | null {
    const g = this.layout.geometry;
    if (!g) return null;
    let best: string | null = null;
    let bestD = Infinity;
    for (const s of g.stations) {
      const p = toScreen(this.camera, s.x, s.y);
      const d = Math.hypot(p.x - at.x, p.y - at.y);
      if (d <= this.hitRadius(s, touch) && d < bestD) {
        best = s.key;
        bestD = d;
      }
    }
    return best;
  }

  /** Click or Enter on a note: open it; a ghost creates its note. */
  private activate(id: string, event: OpenEvent | null): void {
    const node = this.scene.byId.get(id);
    if (!node || node.kind === 'now') return;
    if (node.kind === 'ghost') this.host.createNote(node.title);
    else this.host.open(node.id, event);
  }
}
