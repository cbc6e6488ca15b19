import { select } from 'd3-selection';
import { fitDrawing } from './input/fit-drawing';
import { MIN_ZOOM, toScreen, toWorld, topCamera, type Camera, type Point } from './input/camera';
import { bindCanvasEvents } from './input/canvas-events';
import { describeMap, describeNeighbours, describeNode } from './scene/describe';
import { drawMap, routeColors, type DrawPart } from './canvas/draw';
import { emphasis } from './scene/emphasis';
import { followFocus } from './input/follow-focus';
import { FrameCache, type Moving } from './canvas/frame-cache';
import type { Measure } from '../model/outputs/map/layout/geometry';
import type { OpenEvent } from './input/open-event';
import { bindStationDrag } from './input/station-drag';
import { EASE_MS, ZoomCamera } from './input/zoom-camera';
import { hitRadius, hitStation } from './input/hit-test';
import { labelCache } from './canvas/label-cache';
import type { PlacedLabel } from './canvas/label-placement';
import { MapLayout, type SavedPosition } from './layout/map-layout';
import { buildMapDom, type MapActions, type MapDom } from './panels/map-dom';
import { inspectMap } from './map-inspection';
import type { MapModel } from '../model/outputs/map/map-model';
import { renderPanels, renderSelection, type Panels } from './panels/render-panels';
import { buildScene, routeNotes, type Filters, type Scene } from '../model/outputs/map/scene';
import { firstMatch, matchCount, searchScene } from './scene/search';
import { textMeasure } from './canvas/text-measure';
import { readTheme, type Theme } from './canvas/theme';
import { showTooltip } from './panels/tooltip';

/** What a reader set up on a map, for the host to keep across sessions (see `getViewState`). */
export interface MapViewState {
  /** Where the reader moved the camera; null while the map fits itself to the pane. */
  camera: Camera | null;
  filters: Filters;
  selectedRoutes: string[];
  /** The next step selected in its panel, by its stone; null when none. */
  selectedStep: string | null;
  search: string;
}

/** What the map asks of whoever shows it: the Obsidian view or the standalone page. */
export interface MapHost {
  /** Open a note; `event` (null when none) carries the modifier keys that say where. */
  open(path: string, event: OpenEvent | null): void;
  /** A ghost node was clicked: create the missing note. */
  createNote(name: string): void;
  /** Start a work model from the empty map; without it, the map says how to start instead. */
  startModel?(): void;
  /**
   * The pinned positions after the user moved a note; `unpinned` names notes the user just let
   * go (double-click), so that a saved pin does not come back with the next layout.
   */
  savePositions(positions: Map<string, SavedPosition>, unpinned?: readonly string[]): void;
}

/**
 * Layout work per frame: a large map is laid out in slices, the pane stays responsive. The
 * layout pauses about every millisecond, so a slice ends near this; kept well below 50 ms, so
 * a collector pause on top cannot make one long.
 */
const SLICE_MS = 8;

/**
 * The work model map: a canvas that reads Now → stepping stones → outcomes like a transit map,
 * with the route list, legend, filters, search, problems and an accessible list of every note
 * beside it. It draws only when something changed, and nothing once it rests.
 *
 * This class holds the map's state and its loop (layout slices, frames, the frame cache); the
 * DOM around the canvas (map-dom, render-panels), the input (canvas-input, gestures, hit-test)
 * and what is emphasised, searched or described are worked out in their own files.
 */
export class WorkMap {
  private readonly abort: AbortController;
  private readonly dom: MapDom;
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly layout = new MapLayout();
  private readonly cache = new FrameCache();
  private readonly zoom: ZoomCamera;
  /** The station being dragged, if any: the frame cache draws everything else once. */
  private dragging: string | null = null;
  /** The dragged station as the frame cache's moving set, one set for the whole drag. */
  private dragged: ReadonlySet<string> = new Set();
  private readonly resize: ResizeObserver | null = null;

  private model: MapModel = {
    today: '',
    nodes: [],
    routes: [],
    links: [],
    problems: [],
    windows: { activityDays: 0, activityStart: '', advancementDays: 0, advancementStart: '' },
    health: [],
    next: [],
    gaugesSince: null,
  };
  private scene: Scene;
  private saved: ReadonlyMap<string, SavedPosition> = new Map();
  private theme: Theme;
  private measureText: Measure;
  private colors = new Map<string, string>();
  private size = { width: 0, height: 0, ratio: 1 };
  private laidOutFor = '';
  private frame = 0;
  /** The map refits to the pane while the user has not moved the camera. */
  private autoFit = true;
  private hover: string | null = null;
  private focus: string | null = null;
  /** Routes selected in the comparison: one focuses its path, two show their head-to-head. */
  private selectedRoutes: string[] = [];
  /** The next step selected in its panel: the routes it keeps open are lit, like selected ones. */
  private selectedStep: string | null = null;
  private matches = new Set<string>();
  private readonly placeLabels = labelCache();
  /** Bumped whenever what the drawing shows changes: positions, scene, theme. */
  private version = 0;
  /** Bumped by each frame of a glide: the drawing moved, its labels' placement did not. */
  private moves = 0;
  /** What the layout under way was asked for: a changed model glides and keeps places. */
  private change: 'model' | 'pins' | 'pane' = 'pane';
  /** The glide running, so that one interrupted by the next cannot end the next. */
  private glideRun = 0;
  private crispTimer = 0;
  /** Frames drawn; the benchmark and tests read it to see that an idle map draws nothing. */
  framesDrawn = 0;

  /** What the toolbar, the panels, the touch sheet and the note list ask of the map. */
  private readonly act: MapActions = {
    fit: () => this.fit(),
    search: () => {
      // An empty box lets go of the match Enter went to as well: nothing stays dimmed.
      if (this.dom.search.value.trim() === '') this.focus = null;
      this.refreshMatches();
      this.renderNodeList();
      this.schedule();
    },
    firstMatch: () => {
      const to = firstMatch(this.scene, this.layout.geometry, this.matches, this.camera, this.size);
      if (!to) return;
      this.moveCamera(to.camera);
      this.dom.nodeList.select(to.id, true);
    },
    open: (id, event) => this.activate(id, event),
    openFile: (path, event) => this.host.open(path, event),
    closeSheet: () => this.select(null),
    focus: (id) => this.setFocus(id),
    neighbours: (id) => {
      this.dom.live.setText(describeNeighbours(this.scene, id));
      this.setFocus(id);
    },
    selectRoutes: (ids) => this.selectRoutes(ids),
    selectStep: (stone) => this.selectStep(stone),
    filters: () => this.filters,
    setFilters: (f) => this.setFilters(f),
    startModel: () => this.host.startModel?.(),
  };

  /** The map's own window: a pop-out window has its own timers, frames and observers. */
  private get win(): Window {
    return this.dom.root.ownerDocument.defaultView ?? window;
  }

  constructor(
    container: HTMLElement,
    private readonly host: MapHost,
    private filters: Filters,
  ) {
    // The signal of the container's own window: a pop-out's listeners take only its own.
    const win = container.ownerDocument.defaultView ?? window;
    this.abort = new win.AbortController();
    const signal = this.abort.signal;
    this.dom = buildMapDom(container, this.act, signal);
    // Desynchronized: Chromium hands each frame to the screen from the canvas itself instead of
    // with the page's commit, which held the main thread about a millisecond a frame while the
    // map moves. Engines without the hint ignore it.
    this.ctx = this.dom.canvas.getContext('2d', { desynchronized: true });
    this.theme = readTheme(this.dom.root);
    this.measureText = textMeasure(this.theme);
    this.scene = buildScene(this.model, this.filters);
    const { canvas } = this.dom;
    // d3-drag first: a press on a station is its, and never reaches d3-zoom.
    const undrag = bindStationDrag(canvas, (at) => this.stationAt(at), {
      move: (key, at) => this.dragTo(key, at),
      drop: (key) => this.drop(key),
    });
    this.zoom = new ZoomCamera(
      canvas,
      (_, byUser) => this.cameraMoved(byUser),
      () => this.still(),
    );
    const unbind = bindCanvasEvents(
      canvas,
      {
        hover: (at) => this.setHover(at && this.noteOf(this.hit(at, false))),
        click: (at, touch, event) => this.click(at, touch, event),
        doubleClick: (at) => this.unpin(this.hit(at, false)),
        key: (key) => this.zoom.key(key, () => this.fit()),
      },
      this.zoom.zoomOnDoubleClick,
      (handler) => this.zoom.onDoubleClick(handler),
    );
    if (win !== window)
      window.document.addEventListener(
        'visibilitychange',
        () => {
          if (window.document.hidden) this.land();
        },
        { signal },
      );
    signal.addEventListener('abort', () => {
      undrag();
      unbind();
      this.zoom.destroy();
    });
    const Observer = (this.win as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (typeof Observer !== 'undefined') {
      this.resize = new Observer(() => this.measure());
      this.resize.observe(this.dom.stage);
    }
    this.measure();
  }

  /** The map's camera: d3-zoom's transform on the canvas. */
  private get camera(): Camera {
    return this.zoom.camera;
  }

  /** The station under a point on the canvas, by key. */
  private hit(at: Point, touch: boolean): string | null {
    return hitStation(
      this.layout.geometry,
      this.camera,
      at,
      touch,
      this.version * 1e6 + this.moves,
    );
  }

  /** The station under a point, with its centre on screen: what d3-drag takes hold of. */
  private stationAt(at: Point): { key: string; at: Point } | null {
    const key = this.hit(at, false);
    const s = key ? this.layout.station(key) : undefined;
    return key && s ? { key, at: toScreen(this.camera, s.x, s.y) } : null;
  }

  /** The camera moved: a move by the user stops the refitting; the tooltip would be astray. */
  private cameraMoved(byUser: boolean): void {
    if (byUser) {
      this.autoFit = false;
      this.setHover(null);
    }
    this.schedule();
  }

  /**
   * Whether nothing may ease: the system asks for reduced motion, or the map is in a pop-out
   * window while the main window is hidden. d3's timer runs on the main window's frames, which
   * stop while that window is minimised or covered: a glide would wait on them half done.
   */
  private still(): boolean {
    const win = this.win;
    return (
      (win !== window && window.document.hidden) ||
      (win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false)
    );
  }

  /** The main window was hidden during a glide or an eased move: both land at once. */
  private land(): void {
    select(this.dom.canvas).interrupt('glide');
    this.zoom.land();
  }

  /**
   * A station follows the pointer. What is lit stays as it was at the press, and the labels stay
   * where they were placed then (the dragged station's goes along with it), whenever the next
   * frame comes. The tooltip steps aside until the drop: moving it with the station would
   * restyle the page in every frame, which costs more than drawing the station.
   */
  private dragTo(key: string, at: Point): void {
    if (this.dragging !== key) {
      this.currentLabels();
      this.dragging = key;
      this.dragged = new Set([key]);
      this.showTooltip(null);
    }
    const w = toWorld(this.camera, at.x, at.y);
    this.layout.drag(key, w.x, w.y);
    this.schedule();
  }

  private drop(key: string): void {
    this.dragging = null;
    this.version++;
    this.host.savePositions(this.layout.positions());
    this.showTooltip(this.noteOf(key));
    this.schedule();
  }

  /** A click opens a note (a ghost creates it); a tap selects it and shows its facts. */
  private click(at: Point, touch: boolean, event: OpenEvent): void {
    const id = this.noteOf(this.hit(at, touch));
    if (!id) this.clearEmphasis();
    if (touch) this.select(id);
    else if (id) this.activate(id, event);
  }

  /** A click on the background: the search, the focus and the touch selection let go. */
  private clearEmphasis(): void {
    this.focus = null;
    if (this.dom.search.value !== '') {
      this.dom.search.value = '';
      this.act.search();
    }
    this.select(null);
  }

  /** Double-click on a pinned station lets it go; returns whether a station was there. */
  private unpin(key: string | null): boolean {
    if (!key) return false;
    if (this.layout.isPinned(key)) {
      this.layout.unpin(key);
      this.host.savePositions(this.layout.positions(), [key]);
      this.relayout('pins');
    }
    return true;
  }

  /**
   * Shows a new model; notes seen before keep their place. `filters` are changes the host's
   * settings made, shown with the model in one layout.
   */
  update(
    model: MapModel,
    saved: ReadonlyMap<string, SavedPosition> = this.saved,
    filters?: Partial<Filters>,
  ): void {
    this.model = model;
    this.saved = saved;
    if (filters) this.filters = { ...this.filters, ...filters };
    this.rebuild();
  }

  private rebuild(): void {
    this.scene = buildScene(this.model, this.filters);
    this.colors = routeColors(this.theme, this.model.routes);
    // A note gone from the scene is no longer hovered or focused.
    if (this.hover && !this.scene.byId.has(this.hover)) this.setHover(null);
    if (this.focus && !this.scene.byId.has(this.focus)) this.focus = null;
    // The touch sheet shows the note's facts as they are now, or closes when it has gone.
    this.dom.sheet.show(this.scene, this.dom.sheet.shown);
    // A route hidden by the filters stays selected: its head-to-head needs no path on the map.
    this.selectedRoutes = this.selectedRoutes.filter((id) =>
      this.model.routes.some((r) => r.id === id),
    );
    if (!this.model.next.some((s) => s.stone === this.selectedStep)) this.selectedStep = null;
    this.refreshMatches();
    // The Filters panel ticks what is shown, whoever changed it (the settings, "show", the user).
    this.dom.syncFilters(this.filters);
    // The panels first: a notice that comes or goes changes the stage's size, and the layout is
    // made for the size it will have, not laid out again when the resize is observed.
    this.renderPanels();
    this.readSize();
    this.relayout('model');
  }

  /** The notes of the scene the search box matches, and their count beside it. */
  private refreshMatches(): void {
    const query = this.dom.search.value;
    this.matches = searchScene(this.scene, query);
    this.dom.count.setText(matchCount(query, this.matches));
  }

  /**
   * Lays the scene out for the pane as it is now. After a change of the model or the filters,
   * the stations on screen keep their places and the rest glide to theirs (`change`).
   */
  private relayout(change: 'model' | 'pins' | 'pane' = 'pane'): void {
    if (this.size.width <= 0) return;
    this.change = change;
    this.layout.update(this.scene, this.measureText, this.size, this.saved, change === 'model');
    this.laidOutFor = `${this.size.width}x${this.size.height}`;
    this.continueLayout();
  }

  /** One slice of layout work; once it is done, the map is fitted (unless moved) and drawn. */
  private continueLayout(): void {
    if (!this.layout.step(SLICE_MS)) return this.schedule();
    this.version++;
    const glides = this.change !== 'pane' && this.layout.startGlide();
    if (glides) this.glide();
    if (this.autoFit) this.fitToPane(glides);
    this.schedule();
  }

  /**
   * d3-transition moves the stations and their lines from where they were to the new layout in
   * 250 ms; when nothing may ease (`still`) they are there at once.
   */
  private glide(): void {
    const run = ++this.glideRun;
    const frame = (t: number) => {
      if (run !== this.glideRun) return;
      this.layout.glideTo(t);
      this.moves++;
      if (t >= 1) this.version++;
      this.schedule();
    };
    if (this.still()) return frame(1);
    select(this.dom.canvas)
      .transition('glide')
      .duration(EASE_MS)
      .tween('glide', () => frame)
      .on('end interrupt cancel', () => frame(1));
  }

  /** Reads the theme's colours and font again (Obsidian's `css-change`, a light/dark switch). */
  refreshTheme(): void {
    this.theme = readTheme(this.dom.root);
    this.measureText = textMeasure(this.theme);
    this.colors = routeColors(this.theme, this.model.routes);
    this.relayout();
    this.renderPanels();
  }

  setFilters(filters: Partial<Filters>): void {
    this.filters = { ...this.filters, ...filters };
    this.rebuild();
  }

  /** The fit control: shows the whole map and refits on resize again. */
  fit(): void {
    this.autoFit = true;
    this.fitToPane(true);
  }

  /** Fits the drawing to the pane; `ease` for the Fit control, at once when the map refits. */
  private fitToPane(ease = false): void {
    const g = this.layout.target;
    if (this.size.width <= 0 || !g) return;
    const strips = g.orientation === 'strips';
    const to = strips
      ? topCamera(g.bounds, this.size.width)
      : fitDrawing(g, this.size.width, this.size.height);
    this.zoom.floor = strips ? to.k : MIN_ZOOM;
    this.zoom.moveTo(to, ease);
    this.schedule();
  }

  /** The map moves the camera for the user (search, keyboard focus): easing, and no refit after. */
  private moveCamera(camera: Camera): void {
    this.autoFit = false;
    this.zoom.moveTo(camera, true, true);
  }

  /** Whether stations glide or the camera eases right now (the benchmark times those frames). */
  get moving(): boolean {
    return this.layout.gliding || this.zoom.moving;
  }

  destroy(): void {
    this.abort.abort();
    this.win.clearTimeout(this.crispTimer);
    this.cache.clear();
    this.resize?.disconnect();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.dom.root.remove();
  }

  /**
   * What a reader set up on this map, as plain JSON: the camera, the filters, the routes or
   * the next step selected, and the search. The host keeps it with its pane and hands it back to
   * `setViewState` when the pane opens again.
   */
  getViewState(): MapViewState {
    return {
      camera: this.autoFit ? null : { ...this.camera },
      filters: { ...this.filters },
      selectedRoutes: [...this.selectedRoutes],
      selectedStep: this.selectedStep,
      search: this.dom.search.value,
    };
  }

  /** Restores what `getViewState` gave; a part left out (or a filter left out) stays as it is. */
  setViewState(
    state: Partial<Omit<MapViewState, 'filters'>> & { filters?: Partial<Filters> },
  ): void {
    if (state.search !== undefined) this.dom.search.value = state.search;
    if (state.filters) this.setFilters({ ...this.filters, ...state.filters });
    else if (state.search !== undefined) this.act.search();
    if (state.selectedRoutes) this.selectRoutes(state.selectedRoutes);
    // A step that is no longer next (done since, or its route closed) is let go.
    const step = state.selectedStep;
    if (step !== undefined)
      this.selectStep(this.model.next.some((n) => n.stone === step) ? step : null);
    if (state.camera) {
      this.autoFit = false;
      this.zoom.moveTo(state.camera, false);
    } else if (state.camera === null) this.fit();
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
      hit: (s) => hitRadius(s, this.camera.k),
      pinned: (key) => this.layout.isPinned(key),
      settled:
        this.layout.settled &&
        !this.layout.gliding &&
        this.crispTimer === 0 &&
        this.frame === 0 &&
        !this.zoom.moving,
      extra: {
        // For the behaviour tests and the benchmark.
        framesDrawn: this.framesDrawn,
        layoutMs: this.layout.timing.totalMs,
        layoutSliceMs: this.layout.timing.longestSliceMs,
        capped: this.scene.capped,
        hover: this.hover,
        focus: this.focus,
        selectedRoutes: [...this.selectedRoutes],
        selectedStep: this.selectedStep,
        litRoutes: [...(this.emphasis().routes ?? [])].sort(),
        emphasis: [...(this.emphasis().nodes ?? [])].sort(),
        matches: [...this.matches].sort(),
      },
    });
  }

  // ---- drawing -------------------------------------------------------------------------

  private measure(): void {
    const was = this.size;
    this.readSize();
    // The observer reports the stage once when it starts watching: the map was laid out and
    // fitted for that size already, and drawing it again would show the same frame.
    if (this.size === was && this.laidOutFor !== '') return;
    if (`${this.size.width}x${this.size.height}` !== this.laidOutFor) this.relayout();
    else if (this.autoFit) this.fitToPane();
    this.schedule();
  }

  /** The stage's size now, and the canvas's bitmap to match. */
  private readSize(): void {
    const rect = this.dom.stage.getBoundingClientRect();
    const ratio = this.win.devicePixelRatio || 1;
    if (rect.width === this.size.width && rect.height === this.size.height) return;
    this.size = { width: rect.width, height: rect.height, ratio };
    this.dom.canvas.width = Math.max(1, Math.round(rect.width * ratio));
    this.dom.canvas.height = Math.max(1, Math.round(rect.height * ratio));
  }

  private schedule(): void {
    if (this.frame || this.abort.signal.aborted) return;
    this.frame = this.win.requestAnimationFrame(() => this.draw());
  }

  /** The labels at camera `c`: the hovered, focused and selected notes' go first. */
  private currentLabels(c: Camera = this.camera): ReadonlyMap<string, PlacedLabel> {
    const g = this.layout.geometry;
    if (!g) return new Map();
    const first = new Set<string>();
    for (const id of [this.hover, this.focus, this.dom.sheet.shown]) if (id) first.add(id);
    for (const r of this.litRoutes()) for (const id of routeNotes(this.scene, r)) first.add(id);
    return this.placeLabels(g, this.version, c, this.size, first);
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
    if (!this.layout.settled) {
      this.continueLayout();
      // The layout ended in this frame, which draws it below: the frame it asked for would only
      // show the same drawing again. A glide or an eased fit asks for its own frames.
      if (this.layout.settled && this.frame) {
        this.win.cancelAnimationFrame(this.frame);
        this.frame = 0;
      }
    }
    if (!this.ctx || this.size.width <= 0) return;
    const screen = {
      canvas: this.dom.canvas,
      ctx: this.ctx,
      pixelRatio: this.size.ratio,
      background: this.theme.background,
    };
    const { key, moving } = this.motion();
    const blurry = this.cache.frame(screen, key, this.camera, moving, (ctx, cam, part) =>
      this.drawAll(ctx, cam, part),
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
    this.framesDrawn++;
  }

  /**
   * What moves in this frame, and the key of what stays (the drawing's version and what is
   * emphasised): a dragged station, or the stations a glide moves, are drawn each frame over
   * the rest, which is drawn once.
   */
  private motion(): { key: string; moving: Moving } {
    const still = `${this.version}|${this.hover}|${this.focus}|${this.selectedStep}|${this.selectedRoutes.join('\u0000')}|${this.dom.sheet.shown}|${[...this.matches].join('\u0000')}`;
    if (this.dragging) return { key: `drag:${this.dragging}|${still}`, moving: this.dragged };
    const gliders = this.layout.gliders;
    if (!gliders) return { key: still, moving: null };
    const all = gliders.size >= (this.layout.geometry?.stations.length ?? 0);
    return { key: `glide:${this.glideRun}|${still}`, moving: all ? 'all' : gliders };
  }

  /** What the map shows in full now: see `emphasis`. A selected next step's station is ringed. */
  private emphasis() {
    const target = this.hover ?? this.focus ?? this.dom.sheet.shown;
    const shown = emphasis(this.scene, target, this.litRoutes(), this.matches);
    return this.selectedStep && !target ? { ...shown, focus: this.selectedStep } : shown;
  }

  /** The routes lit by a selection: the routes selected, or those the next step keeps open. */
  private litRoutes(): readonly string[] {
    if (this.selectedStep === null) return this.selectedRoutes;
    const step = this.model.next.find((s) => s.stone === this.selectedStep);
    return (step?.onRoutes ?? []).filter((id) => this.scene.routeById.has(id));
  }

  // ---- panels ----------------------------------------------------------------------------

  private renderPanels(): void {
    // Set here, not per frame: touching the DOM in every frame costs a style pass.
    this.dom.canvas.setAttr('aria-label', describeMap(this.scene));
    renderPanels(this.panels());
    this.renderNodeList();
  }

  /** The state the panels are filled from. */
  private panels(): Panels {
    const { dom: el, model, scene, colors, selectedRoutes: selected, selectedStep, act } = this;
    const canStart = this.host.startModel !== undefined;
    const signal = this.abort.signal;
    return { el, model, scene, colors, selected, selectedStep, act, canStart, signal };
  }

  /** Selects routes by id (the Compare routes command selects two): the rest are dimmed. */
  /** Brings a note into view and gives it the keyboard focus, as choosing it in the list does. */
  showNote(id: string): void {
    this.dom.nodeList.select(id, true);
  }

  selectRoutes(ids: readonly string[]): void {
    this.selectedRoutes = ids.slice(0, 2);
    if (ids.length > 0) this.selectedStep = null;
    renderSelection(this.panels());
    this.schedule();
  }

  /** Selects a next step by its stone (null lets go): the routes it keeps open light up. */
  private selectStep(stone: string | null): void {
    this.selectedStep = stone;
    if (stone !== null) this.selectedRoutes = [];
    renderSelection(this.panels());
    this.schedule();
  }

  /** The note list: every visible note, or only the search's matches while there are any. */
  private renderNodeList(): void {
    const shown =
      this.matches.size > 0
        ? this.scene.nodes.filter((n) => this.matches.has(n.id))
        : this.scene.nodes;
    this.dom.nodeList.render(shown, (n) => describeNode(n, this.scene).join('. '));
  }

  // ---- pointer and keyboard ----------------------------------------------------------------

  private noteOf(key: string | null): string | null {
    return key ? (this.layout.station(key)?.node.id ?? null) : null;
  }

  /** The note under the pointer, if any: the host may show its own preview of it. */
  get hovered(): string | null {
    return this.hover;
  }

  private setHover(id: string | null): void {
    if (id === this.hover) return;
    this.hover = id;
    this.showTooltip(id);
    this.dom.canvas.toggleClass('is-pointing', id !== null);
    this.schedule();
  }

  private showTooltip(id: string | null): void {
    const { tooltip, canvas } = this.dom;
    showTooltip(tooltip, canvas, this.scene, this.layout.geometry, this.camera, id);
  }

  /** A tap on touch: select the note and show its facts with an Open button. */
  private select(id: string | null): void {
    this.dom.sheet.show(this.scene, id);
    // The lists lie over the stage in a narrow pane: they would cover the sheet.
    if (this.dom.sheet.shown) this.dom.closeSide();
    this.schedule();
  }

  /** The keyboard focus moved to a note: the camera follows when it is off screen. */
  private setFocus(id: string): void {
    this.focus = id;
    const s = this.layout.geometry?.byId.get(id)?.[0];
    const to = s && followFocus(this.camera, s, this.size);
    if (to) this.moveCamera(to);
    this.schedule();
  }

  /** Click or Enter on a note: open it; a ghost creates its note. */
  private activate(id: string, event: OpenEvent | null): void {
    const node = this.scene.byId.get(id);
    if (!node || node.kind === 'now') return;
    if (node.kind === 'ghost') this.host.createNote(node.title);
    else this.host.open(node.id, event);
  }
}
