import { centreOn, fitCamera, toScreen, toWorld, zoomAt, type Camera } from './camera';
import { describeNode } from './describe';
import { buildFilters, noticeText, renderProblems, renderRouteList } from './map-panels';
import { drawMap, routeColors, type Emphasis } from './draw';
import { MapLayout, type SavedPosition } from './layout';
import type { MapModel, MapRoute } from './map-model';
import { NodeList } from './node-list';
import { buildScene, routePath, type Filters, type Scene } from './scene';
import { readTheme, type Theme } from './theme';

/** What the map asks of whoever shows it: the Obsidian view or the standalone page. */
export interface MapHost {
  open(path: string, newTab: boolean): void;
  /** A ghost node was clicked: create the missing note. */
  createNote(name: string): void;
  /** Node positions after the layout settled or the user moved a node. */
  savePositions(positions: Map<string, SavedPosition>): void;
}

const PRE_LAYOUT_MS = 40;
const CLICK_SLOP = 4;

type Gesture =
  | { kind: 'drag'; id: string; sx: number; sy: number; moved: boolean }
  | { kind: 'pan'; sx: number; sy: number; camera: Camera }
  | { kind: 'pinch'; distance: number; cx: number; cy: number; camera: Camera };

/**
 * The work model map: a canvas that reads Now → stepping stones → outcomes, with the route
 * comparison, filters, search, problems and an accessible list of every note beside it. It
 * draws only when something changed and stops once the layout has settled.
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
  private readonly routesEl: HTMLElement;
  private readonly problemsButton: HTMLButtonElement;
  private readonly problemsEl: HTMLElement;
  private readonly liveEl: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly nodeList: NodeList;
  private readonly layout = new MapLayout(7);
  private readonly resize: ResizeObserver | null = null;

  private model: MapModel = { today: '', nodes: [], routes: [], links: [], problems: [] };
  private scene: Scene = buildScene(this.model, {
    hiddenRouteStatuses: [],
    hiddenSkillCategories: [],
    showEvidence: false,
    showStale: true,
    nodeCap: 2000,
  });
  private saved: ReadonlyMap<string, SavedPosition> = new Map();
  private theme: Theme;
  private colors = new Map<string, string>();
  private camera: Camera = { k: 1, x: 0, y: 0 };
  private size = { width: 0, height: 0, ratio: 1 };
  private frame = 0;
  /** The map refits to the pane while the user has not moved the camera. */
  private autoFit = true;
  /** The layout was fitted before it settled: fit once more when it does. */
  private refitOnSettle = false;
  private hover: string | null = null;
  private focus: string | null = null;
  private selectedRoute: string | null = null;
  private matches = new Set<string>();
  private pointers = new Map<number, { x: number; y: number }>();
  private gesture: Gesture | null = null;
  private wasSettled = true;
  /**
   * The last full drawing, kept while only the camera moves (zoom, pan: the bitmap is
   * scaled until a crisp drawing follows) or while one note is dragged (everything else).
   */
  private layer: {
    canvas: HTMLCanvasElement;
    ctx: CanvasRenderingContext2D;
    key: string;
    camera: Camera;
  } | null = null;
  /** Bumped whenever what the layer shows changes: positions, scene, theme. */
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
      placeholder: 'Find a note…',
      attr: { 'aria-label': 'Find a note on the map' },
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
    buildFilters(
      toolbar.createEl('details', { cls: 'work-model-map-filters' }),
      () => this.filters,
      (f) => this.setFilters(f),
      signal,
    );
    this.noticeEl = this.root.createDiv({ cls: 'work-model-map-notice', attr: { role: 'status' } });
    const body = this.root.createDiv({ cls: 'work-model-map-body' });
    this.stage = body.createDiv({ cls: 'work-model-map-stage' });
    this.canvas = this.stage.createEl('canvas', {
      cls: 'work-model-map-canvas',
      attr: { role: 'img' },
    });
    this.ctx = this.canvas.getContext('2d');
    this.tooltip = this.stage.createDiv({
      cls: 'work-model-map-tooltip',
      attr: { role: 'tooltip', id: this.tooltipId },
    });
    const side = body.createDiv({ cls: 'work-model-map-side' });
    this.problemsEl = side.createDiv({ cls: 'work-model-map-problem-list work-model-hidden' });
    side.createEl('h4', { text: 'Routes' });
    this.routesEl = side.createEl('ul', {
      cls: 'work-model-map-routes',
      attr: { 'aria-label': 'Routes: select one to focus its path' },
    });
    side.createEl('h4', { text: 'Notes' });
    this.nodeList = new NodeList(
      side,
      {
        focus: (id) => this.setFocus(id, true),
        open: (id, newTab) => this.activate(id, newTab),
        neighbours: (id) => this.announceNeighbours(id),
      },
      signal,
    );
    this.liveEl = side.createDiv({ cls: 'work-model-map-live', attr: { 'aria-live': 'polite' } });
    this.theme = readTheme(this.root);

    fit.addEventListener('click', () => this.fit(), { signal });
    this.problemsButton.addEventListener(
      'click',
      () => this.showProblems(this.problemsButton.getAttribute('aria-expanded') !== 'true'),
      { signal },
    );
    this.search.addEventListener('input', () => this.onSearch(), { signal });
    this.search.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter') return;
        const first = this.scene.nodes.find((n) => this.matches.has(n.id));
        if (first) this.nodeList.select(first.id, true);
      },
      { signal },
    );
    this.canvas.addEventListener('pointerdown', (e) => this.onPointerDown(e), { signal });
    this.canvas.addEventListener('pointermove', (e) => this.onPointerMove(e), { signal });
    this.canvas.addEventListener('pointerup', (e) => this.onPointerUp(e), { signal });
    this.canvas.addEventListener('pointercancel', (e) => this.onPointerUp(e), { signal });
    this.canvas.addEventListener('pointerleave', () => this.setHover(null), { signal });
    this.canvas.addEventListener('dblclick', (e) => this.onDoubleClick(e), { signal });
    this.canvas.addEventListener('wheel', (e) => this.onWheel(e), { signal, passive: false });
    const Observer = (this.win as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (typeof Observer !== 'undefined') {
      this.resize = new Observer(() => this.measure());
      this.resize.observe(this.stage);
    }
    this.measure();
  }

  /** Shows a new model; notes seen before keep their place. */
  update(model: MapModel, saved: ReadonlyMap<string, SavedPosition> = this.saved): void {
    this.model = model;
    this.saved = saved;
    this.rebuild();
  }

  private rebuild(): void {
    const start = performance.now();
    this.version++;
    this.scene = buildScene(this.model, this.filters);
    this.colors = routeColors(
      this.scene,
      this.theme,
      this.model.routes.map((r) => r.id),
    );
    this.layout.update(this.scene, this.saved);
    // Most of the layout happens before the first paint, within a small time budget.
    while (!this.layout.settled && performance.now() - start < PRE_LAYOUT_MS) this.layout.step();
    for (const id of [this.hover, this.focus, this.selectedRoute]) {
      if (id && !this.scene.byId.has(id)) {
        if (id === this.hover) this.setHover(null);
        if (id === this.focus) this.focus = null;
        if (id === this.selectedRoute) this.selectedRoute = null;
      }
    }
    this.renderPanels();
    if (this.autoFit) this.fitToPane();
    this.refitOnSettle = !this.layout.settled;
    this.wasSettled = this.layout.settled;
    this.schedule();
  }

  /** Reads the theme's colours again (Obsidian's `css-change`, or a light/dark switch). */
  refreshTheme(): void {
    this.version++;
    this.theme = readTheme(this.root);
    this.colors = routeColors(
      this.scene,
      this.theme,
      this.model.routes.map((r) => r.id),
    );
    this.schedule();
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
    if (this.size.width <= 0 || this.scene.nodes.length === 0) return;
    this.camera = fitCamera([...this.layout.nodes.values()], this.size.width, this.size.height);
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
    this.layer = null;
    this.resize?.disconnect();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.layout.stop();
    this.root.remove();
  }

  /** The map's state as a user sees it, for tests and the benchmark. */
  inspect() {
    return {
      camera: { ...this.camera },
      /** Nothing left to draw: the layout has settled and no redraw is pending. */
      settled: this.layout.settled && this.crispTimer === 0 && this.frame === 0,
      framesDrawn: this.framesDrawn,
      capped: this.scene.capped,
      hover: this.hover,
      focus: this.focus,
      selectedRoute: this.selectedRoute,
      emphasis: [...(this.emphasis().nodes ?? [])].sort(),
      colors: Object.fromEntries(this.colors),
      nodes: this.scene.nodes.map((n) => {
        const p = this.layout.nodes.get(n.id);
        const s = p ? toScreen(this.camera, p.x, p.y) : { x: NaN, y: NaN };
        return {
          id: n.id,
          kind: n.kind,
          title: n.title,
          x: p?.x ?? NaN,
          y: p?.y ?? NaN,
          sx: s.x,
          sy: s.y,
          pinned: p?.pinned ?? false,
        };
      }),
    };
  }

  // ---- drawing -------------------------------------------------------------------------

  private measure(): void {
    const rect = this.stage.getBoundingClientRect();
    const ratio = this.win.devicePixelRatio || 1;
    this.size = { width: rect.width, height: rect.height, ratio };
    this.canvas.width = Math.max(1, Math.round(rect.width * ratio));
    this.canvas.height = Math.max(1, Math.round(rect.height * ratio));
    if (this.autoFit) this.fitToPane();
    this.schedule();
  }

  private schedule(): void {
    if (this.frame || this.abort.signal.aborted) return;
    this.frame = this.win.requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.frame = 0;
    const moving = !this.layout.settled;
    this.layout.step();
    if (moving) this.version++;
    if (this.ctx && this.size.width > 0) {
      const g = this.gesture;
      if (moving) this.drawAll(this.ctx, this.camera);
      else if (g?.kind === 'drag' && g.moved) this.drawDragging(this.ctx, g.id);
      else this.drawFromLayer(this.ctx);
      this.framesDrawn++;
    }
    if (!this.layout.settled) this.schedule();
    else if (!this.wasSettled) {
      this.host.savePositions(this.layout.positions());
      // The first fit came from a pre-layout cut short by a time budget; fit the settled
      // layout once more so the camera never depends on how fast the machine is.
      if (this.autoFit && this.refitOnSettle) this.fitToPane();
      this.refitOnSettle = false;
    }
    this.wasSettled = this.layout.settled;
  }

  private drawAll(
    ctx: CanvasRenderingContext2D,
    camera: Camera,
    part?: Parameters<typeof drawMap>[8],
  ): void {
    drawMap(
      ctx,
      this.size,
      this.scene,
      this.layout,
      camera,
      this.theme,
      this.colors,
      this.emphasis(),
      part,
    );
  }

  private emphasisKey(): string {
    return `${this.version}|${this.hover}|${this.focus}|${this.selectedRoute}|${[...this.matches].join('\u0000')}`;
  }

  /** A canvas the size of the map's, for the layer. */
  private layerFor(key: string, camera: Camera) {
    if (
      !this.layer ||
      this.layer.canvas.width !== this.canvas.width ||
      this.layer.canvas.height !== this.canvas.height
    ) {
      const canvas = createEl('canvas');
      canvas.width = this.canvas.width;
      canvas.height = this.canvas.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      this.layer = { canvas, ctx, key: '', camera };
    }
    this.layer.key = key;
    this.layer.camera = { ...camera };
    return this.layer;
  }

  /** Zoom and pan: scale the last drawing, and draw crisply once the camera rests. */
  private drawFromLayer(ctx: CanvasRenderingContext2D): void {
    const key = this.emphasisKey();
    let layer = this.layer;
    const ratio = layer ? this.camera.k / layer.camera.k : 1;
    if (
      !layer ||
      layer.key !== key ||
      layer.canvas.width !== this.canvas.width ||
      ratio < 0.5 ||
      ratio > 2
    ) {
      layer = this.layerFor(key, this.camera);
      if (!layer) return this.drawAll(ctx, this.camera);
      this.drawAll(layer.ctx, this.camera);
    }
    const same =
      layer.camera.k === this.camera.k &&
      layer.camera.x === this.camera.x &&
      layer.camera.y === this.camera.y;
    const r = this.camera.k / layer.camera.k;
    const px = this.size.ratio;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = this.theme.background;
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.drawImage(
      layer.canvas,
      (this.camera.x - layer.camera.x * r) * px,
      (this.camera.y - layer.camera.y * r) * px,
      layer.canvas.width * r,
      layer.canvas.height * r,
    );
    if (!same) {
      this.win.clearTimeout(this.crispTimer);
      this.crispTimer = this.win.setTimeout(() => {
        this.crispTimer = 0;
        if (this.layer) this.layer.key = '';
        this.schedule();
      }, 150);
    }
  }

  /** Dragging one note: everything else is drawn once, then only the note and its lines. */
  private drawDragging(ctx: CanvasRenderingContext2D, id: string): void {
    const moving = new Set([id]);
    const key = `drag:${id}|${this.emphasisKey()}`;
    let layer = this.layer;
    if (!layer || layer.key !== key) {
      layer = this.layerFor(key, this.camera);
      if (!layer) return this.drawAll(ctx, this.camera);
      this.drawAll(layer.ctx, this.camera, { except: moving });
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.drawImage(layer.canvas, 0, 0);
    this.drawAll(ctx, this.camera, { clear: false, only: moving });
  }

  private neighbours(id: string): Set<string> {
    const out = new Set<string>();
    for (const s of this.scene.segments) {
      if (s.from === id) out.add(s.to);
      if (s.to === id) out.add(s.from);
    }
    for (const l of this.scene.links) {
      if (l.from === id) out.add(l.to);
      if (l.to === id) out.add(l.from);
    }
    return out;
  }

  private emphasis(): Emphasis {
    const routesById = new Map(this.scene.routes.map((r) => [r.id, r]));
    const target = this.hover ?? this.focus;
    if (target) {
      const node = this.scene.byId.get(target);
      const routes = new Set(node?.routes ?? []);
      const nodes = new Set([target, ...this.neighbours(target)]);
      for (const r of routes) for (const id of this.pathOf(routesById.get(r))) nodes.add(id);
      return { nodes, routes, focus: target, matches: this.matches };
    }
    if (this.selectedRoute) {
      const nodes = new Set(this.pathOf(routesById.get(this.selectedRoute)));
      return { nodes, routes: new Set([this.selectedRoute]), focus: null, matches: this.matches };
    }
    return {
      nodes: this.matches.size > 0 ? this.matches : null,
      routes: null,
      focus: null,
      matches: this.matches,
    };
  }

  private pathOf(r: MapRoute | undefined): string[] {
    return r ? [...routePath(r), ...r.outcomes] : [];
  }

  // ---- panels ----------------------------------------------------------------------------

  private renderPanels(): void {
    const signal = this.abort.signal;
    // Set here, not per frame: touching the DOM in every frame costs a style pass.
    this.canvas.setAttr(
      'aria-label',
      `Work model map: ${this.scene.nodes.length} notes, ${this.scene.routes.length} routes. The list of notes beside it holds the same content.`,
    );
    const allIds = this.model.routes.map((r) => r.id);
    renderRouteList(
      this.routesEl,
      this.scene.routes,
      (id) => allIds.indexOf(id),
      this.selectedRoute,
      (id) => {
        this.selectedRoute = this.selectedRoute === id ? null : id;
        this.renderPanels();
        this.schedule();
      },
      signal,
    );
    const routesById = new Map(this.scene.routes.map((r) => [r.id, r]));
    this.nodeList.render(this.scene.nodes, (n) => describeNode(n, routesById).join('. '));
    renderProblems(
      this.problemsButton,
      this.problemsEl,
      this.model.problems,
      (file, newTab) => this.host.open(file, newTab),
      signal,
    );
    const notice = noticeText(this.model, this.scene);
    this.noticeEl.setText(notice);
    this.noticeEl.toggleClass('work-model-hidden', notice === '');
    // With nothing but problems to show, the problems are the map: open their list.
    if (this.model.problems.length > 0 && this.scene.nodes.length <= 1) this.showProblems(true);
  }

  private showProblems(open: boolean): void {
    this.problemsButton.setAttr('aria-expanded', String(open));
    this.problemsEl.toggleClass('work-model-hidden', !open);
  }

  private onSearch(): void {
    const q = this.search.value.trim().toLowerCase();
    this.matches = new Set(
      q ? this.scene.nodes.filter((n) => n.title.toLowerCase().includes(q)).map((n) => n.id) : [],
    );
    this.schedule();
  }

  private announceNeighbours(id: string): void {
    const title = (x: string) => this.scene.byId.get(x)?.title ?? x;
    const list = [...this.neighbours(id)].map(title).sort();
    this.liveEl.setText(
      `${title(id)}: ${list.length > 0 ? `linked to ${list.join(', ')}` : 'no links'}.`,
    );
    this.setFocus(id, true);
  }

  // ---- pointer and keyboard ----------------------------------------------------------------

  private setHover(id: string | null): void {
    if (id === this.hover) return;
    this.hover = id;
    this.showTooltip(id);
    this.canvas.toggleClass('is-pointing', id !== null);
    this.schedule();
  }

  private setFocus(id: string, reveal: boolean): void {
    this.focus = id;
    const p = this.layout.nodes.get(id);
    if (reveal && p) {
      const s = toScreen(this.camera, p.x, p.y);
      if (s.x < 40 || s.y < 40 || s.x > this.size.width - 40 || s.y > this.size.height - 40) {
        this.moveCamera(centreOn(this.camera, p.x, p.y, this.size.width, this.size.height));
      }
    }
    this.schedule();
  }

  private showTooltip(id: string | null): void {
    const node = id ? this.scene.byId.get(id) : undefined;
    const p = id ? this.layout.nodes.get(id) : undefined;
    this.tooltip.empty();
    if (!node || !p) {
      this.tooltip.toggleClass('is-visible', false);
      this.canvas.removeAttribute('aria-describedby');
      return;
    }
    const routes = new Map(this.scene.routes.map((r) => [r.id, r]));
    this.tooltip.createDiv({ text: node.title, cls: 'work-model-map-tooltip-title' });
    for (const line of describeNode(node, routes)) this.tooltip.createDiv({ text: line });
    const s = toScreen(this.camera, p.x, p.y);
    this.tooltip.setCssProps({
      '--work-model-tip-x': `${Math.round(s.x)}px`,
      '--work-model-tip-y': `${Math.round(s.y + p.radius * this.camera.k + 8)}px`,
    });
    this.tooltip.toggleClass('is-visible', true);
    this.canvas.setAttr('aria-describedby', this.tooltipId);
  }

  private local(e: MouseEvent): { x: number; y: number } {
    const r = this.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private hit(sx: number, sy: number): string | null {
    const w = toWorld(this.camera, sx, sy);
    let best: string | null = null;
    let bestD = Infinity;
    for (const n of this.scene.nodes) {
      const p = this.layout.nodes.get(n.id);
      if (!p) continue;
      const d = Math.hypot(p.x - w.x, p.y - w.y);
      if (d <= p.radius + 6 / this.camera.k && d < bestD) {
        best = n.id;
        bestD = d;
      }
    }
    return best;
  }

  private onPointerDown(e: PointerEvent): void {
    // Once the user handles the map, the camera stays where they see it.
    this.refitOnSettle = false;
    const at = this.local(e);
    this.pointers.set(e.pointerId, at);
    try {
      this.canvas.setPointerCapture(e.pointerId);
    } catch {
      // A pointer already gone (or a synthetic one) cannot be captured; the gesture still works.
    }
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [
        { x: number; y: number },
        { x: number; y: number },
      ];
      this.gesture = {
        kind: 'pinch',
        distance: Math.hypot(a.x - b.x, a.y - b.y) || 1,
        cx: (a.x + b.x) / 2,
        cy: (a.y + b.y) / 2,
        camera: { ...this.camera },
      };
      return;
    }
    const id = this.hit(at.x, at.y);
    this.gesture = id
      ? { kind: 'drag', id, sx: at.x, sy: at.y, moved: false }
      : { kind: 'pan', sx: at.x, sy: at.y, camera: { ...this.camera } };
  }

  private onPointerMove(e: PointerEvent): void {
    const at = this.local(e);
    if (this.pointers.has(e.pointerId)) this.pointers.set(e.pointerId, at);
    const g = this.gesture;
    if (!g) {
      this.setHover(this.hit(at.x, at.y));
      return;
    }
    if (g.kind === 'pinch') {
      const [a, b] = [...this.pointers.values()] as [
        { x: number; y: number },
        { x: number; y: number },
      ];
      if (!a || !b) return;
      const cx = (a.x + b.x) / 2;
      const cy = (a.y + b.y) / 2;
      const zoomed = zoomAt(g.camera, g.cx, g.cy, Math.hypot(a.x - b.x, a.y - b.y) / g.distance);
      this.moveCamera({ k: zoomed.k, x: zoomed.x + cx - g.cx, y: zoomed.y + cy - g.cy });
    } else if (g.kind === 'pan') {
      this.moveCamera({ k: g.camera.k, x: g.camera.x + at.x - g.sx, y: g.camera.y + at.y - g.sy });
    } else {
      if (!g.moved && Math.hypot(at.x - g.sx, at.y - g.sy) < CLICK_SLOP) return;
      g.moved = true;
      const w = toWorld(this.camera, at.x, at.y);
      this.layout.drag(g.id, w.x, w.y);
      this.showTooltip(g.id);
    }
    this.schedule();
  }

  private onPointerUp(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    const g = this.gesture;
    this.gesture = null;
    if (g?.kind === 'drag') {
      if (!g.moved && e.type === 'pointerup') this.activate(g.id, e.ctrlKey || e.metaKey);
      else if (g.moved) {
        this.version++;
        this.layout.reheat(0.05);
        this.host.savePositions(this.layout.positions());
      }
    }
    this.schedule();
  }

  private onDoubleClick(e: MouseEvent): void {
    const at = this.local(e);
    const id = this.hit(at.x, at.y);
    if (id && this.layout.nodes.get(id)?.pinned) {
      this.version++;
      this.layout.unpin(id);
      this.host.savePositions(this.layout.positions());
      this.schedule();
    }
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const at = this.local(e);
    // Trackpad pinches arrive as wheel events with ctrlKey and small deltas: zoom faster.
    const factor = Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015));
    this.moveCamera(zoomAt(this.camera, at.x, at.y, factor));
    this.setHover(null);
    this.schedule();
  }

  /** Click or Enter on a note: open it; a ghost creates its note. */
  private activate(id: string, newTab: boolean): void {
    const node = this.scene.byId.get(id);
    if (!node || node.kind === 'now') return;
    if (node.kind === 'ghost') this.host.createNote(node.title);
    else this.host.open(node.id, newTab);
  }
}
