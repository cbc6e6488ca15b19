import {
  ItemView,
  Keymap,
  Platform,
  type HoverParent,
  type HoverPopover,
  type ViewStateResult,
  type WorkspaceLeaf,
} from 'obsidian';
import type { SavedPosition } from '../view/layout/map-layout';
import { toMapModel } from '../model/outputs/map/map-model';
import { initialFilters } from '../model/outputs/map/scene';
import { WorkMap } from '../view/work-map';
import type { IndexProgress, LiveIndex } from './live-index';
import { clickRevisionDue, renderRevisionDue } from './status-bar';
import { hoverLink } from './native-links';
import { readSavedMapState, type SavedMapState } from './map-view-state';

export const VIEW_TYPE = 'work-model-graph';

/** What the pane needs of the plugin. */
export interface ViewHost {
  index: LiveIndex;
  today(): string;
  positions: Map<string, SavedPosition>;
  savePositions(positions: Map<string, SavedPosition>, unpinned?: readonly string[]): void;
  createMissingNote(name: string): Promise<void>;
  createRevision(): Promise<void>;
  startModel(): void;
}

/** The work model pane: a thin shell that feeds the live model to the map and wires it to Obsidian. */
export class WorkModelView extends ItemView implements HoverParent {
  hoverPopover: HoverPopover | null = null;
  override navigation = false;
  override icon = 'waypoints';
  private map: WorkMap | null = null;
  private dueEl: HTMLElement | null = null;
  /** The view settings the map's filters last came from. */
  private viewSettings = '';
  /** The map state the workspace gave, until the map has drawn the model and can take it. */
  private saved: SavedMapState = {};
  private drawn = false;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: ViewHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Work model';
  }

  /**
   * What the workspace keeps of the pane across restarts and moves (a pop-out window, another
   * split): the map's camera, filters, selected routes or next step, and search.
   */
  override getState(): Record<string, unknown> {
    const map = this.map && this.drawn ? this.map.getViewState() : this.saved;
    return { ...super.getState(), map };
  }

  /** The workspace hands back what `getState` gave; the map takes it once it has drawn. */
  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    this.saved = readSavedMapState((state as { map?: unknown } | null)?.map);
    if (this.map && this.drawn) this.map.setViewState(this.saved);
    await super.setState(state, result);
  }

  /** Opens at once: the map appears when the first index is done, with progress until then. */
  override async onOpen(): Promise<void> {
    const { index } = this.host;
    const el = this.contentEl;
    el.empty();
    el.addClass('work-model-view');
    if (Platform.isMobile) this.showRevisionDue(el);
    this.map = new WorkMap(
      el,
      {
        open: (path, event) => this.openNote(path, event),
        createNote: (name) => void this.host.createMissingNote(name),
        startModel: () => this.host.startModel(),
        savePositions: (positions, unpinned) => this.host.savePositions(positions, unpinned),
      },
      initialFilters(index.settings.view),
    );
    // SPEC §5's inspection contract, in the pane as in the exported page.
    const win = this.contentEl.ownerDocument.defaultView as
      (Window & { workModelMap?: WorkMap }) | null;
    const map = this.map;
    if (win) {
      win.workModelMap = map;
      this.register(() => {
        if (win.workModelMap === map) delete win.workModelMap;
      });
    }
    // The list of notes links to notes: Obsidian's page preview on hover, as for its own links.
    this.registerDomEvent(el, 'mouseover', (e) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>(
        '.work-model-map-nodes [data-id]',
      );
      const path = item?.dataset.id;
      if (item && path && this.app.vault.getFileByPath(path))
        hoverLink(this.app, e, this, item, path, '');
    });
    // A station is a link too: hovering one (with the modifier, if the user's page-preview
    // setting asks for it; Obsidian decides) shows its page preview. Pointer events reach the
    // map before the mouse event, so the map already knows which station is under it.
    let previewed: string | null = null;
    this.registerDomEvent(el, 'mousemove', (e) => {
      const id =
        (e.target as HTMLElement).tagName === 'CANVAS' ? (this.map?.hovered ?? null) : null;
      if (id === previewed) return;
      previewed = id;
      if (id && this.app.vault.getFileByPath(id))
        hoverLink(this.app, e, this, e.target as HTMLElement, id, '');
    });
    this.register(index.onChange(() => this.refresh()));
    this.registerEvent(this.app.workspace.on('css-change', () => this.map?.refreshTheme()));
    if (index.isReady) this.refresh();
    else this.showLoading(el);
  }

  /** Opens a note where the modifier keys of the click or key that asked for it say. */
  private openNote(path: string, event: MouseEvent | KeyboardEvent | null): void {
    void this.app.workspace.openLinkText(path, '', Keymap.isModEvent(event));
  }

  /** "Indexing… n of m" while the first index is built, then "Building the model…"; the map once it is done. */
  private showLoading(el: HTMLElement): void {
    const { index } = this.host;
    el.addClass('is-loading');
    const loading = el.createDiv({ cls: 'work-model-view-loading', attr: { role: 'status' } });
    const show = (p: IndexProgress | null) =>
      loading.setText(
        p?.stage === 'model'
          ? 'Building the model…'
          : p
            ? `Indexing… ${p.done} of ${p.total}`
            : 'Indexing…',
      );
    show(index.progress);
    const stop = index.onProgress(show);
    this.register(stop);
    // The index's change listeners draw the map when the first build is done; this only
    // takes the loading state away.
    void index.ready.then(() => {
      stop();
      loading.remove();
      el.removeClass('is-loading');
    });
  }

  /** Mobile has no status bar: the pane's header says when the next revision is due. */
  private showRevisionDue(el: HTMLElement): void {
    this.dueEl = el.createEl('button', {
      cls: 'work-model-view-due',
      attr: { type: 'button' },
    });
    this.registerDomEvent(this.dueEl, 'click', () =>
      clickRevisionDue(this.host.index, this.host.today(), this.host),
    );
  }

  /** Redraws with the current model; positions of notes seen before stay. */
  refresh(): void {
    const { index } = this.host;
    if (this.dueEl) renderRevisionDue(this.dueEl, index, this.host.today());
    if (!this.map || !index.isReady) return;
    // Changed view settings reach an open map at once, with the model they came with.
    const view = JSON.stringify(index.settings.view);
    const { hiddenSkillCategories: _, ...filters } = initialFilters(index.settings.view);
    const changed = view !== this.viewSettings;
    this.viewSettings = view;
    this.map.update(
      toMapModel(index.graph(), index.analysis(this.host.today())),
      this.host.positions,
      changed ? filters : undefined,
    );
    if (!this.drawn) {
      this.drawn = true;
      this.map.setViewState(this.saved);
    }
  }

  /** Brings a note into view on the map, focused. */
  showNote(path: string): void {
    this.map?.showNote(path);
  }

  /** Selects routes in the map's comparison (two show their head-to-head). */
  selectRoutes(ids: readonly string[]): void {
    this.map?.selectRoutes(ids);
  }

  override async onClose(): Promise<void> {
    this.map?.destroy();
    this.map = null;
  }
}
